// Stand-in for the `server-only` guard package: in tests, server modules are
// imported directly by Node, which is exactly where they are meant to run.
export {};
