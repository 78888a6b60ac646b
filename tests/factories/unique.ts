import { randomBytes } from "node:crypto";

let counter = 0;

/** A short token unique within and across test runs. */
export function uniqueToken(): string {
  counter += 1;
  return `${counter.toString(36)}${randomBytes(3).toString("hex")}`;
}
