import { hashPassword } from "../../lib/auth/password";
import type { Locale } from "../../lib/i18n/locales";
import { sharedPrismaClient } from "../../lib/server/prisma";
import type { Viewer } from "../../lib/server/viewer";
import { uniqueToken } from "./unique";

export const DEFAULT_PASSWORD = "correct horse battery staple";

let defaultHash: Promise<string> | undefined;

export type TestUser = Viewer & { password: string; sessionVersion: number };

/** A real user row (argon2id hash included); the password is DEFAULT_PASSWORD unless given. */
export async function createUser(overrides: { name?: string; email?: string; password?: string; locale?: Locale } = {}): Promise<TestUser> {
  const token = uniqueToken();
  const password = overrides.password ?? DEFAULT_PASSWORD;
  defaultHash ??= hashPassword(DEFAULT_PASSWORD);
  const passwordHash = overrides.password ? await hashPassword(password) : await defaultHash;
  const user = await sharedPrismaClient().user.create({
    data: {
      name: overrides.name ?? `Tester ${token}`,
      email: (overrides.email ?? `user-${token}@example.test`).toLowerCase(),
      locale: overrides.locale ?? "en",
      passwordHash,
    },
    select: { id: true, name: true, email: true, locale: true, sessionVersion: true },
  });
  return { ...user, locale: user.locale as Locale, password };
}

/** Many users at once (one multi-row insert), for concurrency tests and benchmarks. */
export async function createUsers(count: number): Promise<{ id: string; email: string; name: string }[]> {
  defaultHash ??= hashPassword(DEFAULT_PASSWORD);
  const passwordHash = await defaultHash;
  const batch = uniqueToken();
  const rows = Array.from({ length: count }, (_, index) => ({
    name: `Crowd ${batch}-${index}`,
    email: `crowd-${batch}-${index}@example.test`,
    passwordHash,
  }));
  const db = sharedPrismaClient();
  for (let offset = 0; offset < rows.length; offset += 1000) await db.user.createMany({ data: rows.slice(offset, offset + 1000) });
  return db.user.findMany({ where: { email: { startsWith: `crowd-${batch}-` } }, select: { id: true, email: true, name: true }, orderBy: { email: "asc" } });
}
