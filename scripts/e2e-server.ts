import { spawn } from "node:child_process";
import path from "node:path";
import { recreateDatabase } from "./lib/databases";

// Playwright's web server: a fresh, empty database, then exactly what `npm start`
// does (migrate, seed the demo, build if needed, serve).

await recreateDatabase(process.env.DATABASE_URL ?? "");

const root = path.resolve(import.meta.dirname, "..");
const server = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", path.join(root, "scripts", "start.ts")], {
  cwd: root,
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
