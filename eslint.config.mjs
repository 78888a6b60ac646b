import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Next's recommended rules plus the dependency rule of docs/ARCHITECTURE.md:
// components never reach into server plumbing or the database, and pages/routes
// never talk to Prisma directly.
const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["lib/generated/**", ".next/**", "node_modules/**", "scratch/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/*", "!@/lib/server/authz"],
              message: "components/ must not import server plumbing (lib/server); the permission table (authz) is pure and shared.",
            },
            { group: ["@/lib/generated/*"], message: "components/ must not import the Prisma client." },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/server/db", "@/lib/server/prisma", "@/lib/generated/*"], message: "Pages and routes read through lib/<domain>/queries, not Prisma." },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.ts", "prisma/**/*.ts", "tests/**/*.ts", "playwright.config.ts"],
    rules: { "no-console": "off" },
  },
];

export default config;
