import { describe, expect, it } from "vitest";
import { authenticateWithPassword } from "../../lib/auth/authenticate";
import { signInMutation, signOutEverywhereMutation, signUpMutation } from "../../lib/auth/mutations";
import { registerUser } from "../../lib/auth/register-user";
import { revokeAllSessions } from "../../lib/auth/revoke-sessions";
import { AppError } from "../../lib/server/errors";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { createSessionUserLoader, resolveViewer } from "../../lib/server/resolve-viewer";
import type { DbClient } from "../../lib/server/prisma";
import { uniqueToken } from "../factories/unique";
import { createUser, DEFAULT_PASSWORD } from "../factories/users";
import { databaseFingerprint } from "../support/fingerprint";
import { runMutation } from "../support/run-mutation";

const db = sharedPrismaClient();

async function failure(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "succeeded";
}

describe("sign-up", () => {
  it("stores an argon2id hash with OWASP parameters, never the password", async () => {
    const email = `argon-${uniqueToken()}@example.test`;
    const { state } = await runMutation(signUpMutation, { name: "Ada", email: email.toUpperCase(), password: "a long enough password" }, null);
    expect(state.status).toBe("success");
    const stored = await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true, locale: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored.passwordHash).not.toContain("a long enough password");
    expect(JSON.stringify(state)).not.toContain("a long enough password");
  });

  it("refuses a taken email at the email field and writes nothing", async () => {
    const existing = await createUser();
    const before = await databaseFingerprint();
    const { state } = await runMutation(signUpMutation, { name: "Twin", email: existing.email, password: "a long enough password" }, null);
    expect(state).toMatchObject({ status: "error", fieldErrors: { email: [{ code: "email_taken" }] } });
    expect(await databaseFingerprint()).toBe(before);
  });

  it("refuses a short password and an invalid email with field errors", async () => {
    const { state } = await runMutation(signUpMutation, { name: "Shorty", email: "not-an-email", password: "tiny-pw" }, null);
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { email: [{ code: "invalid_email" }], password: [{ code: "password_too_short" }] },
    });
    expect(JSON.stringify(state)).not.toContain("tiny-pw");
  });

  it("limits how many accounts one address can create", async () => {
    const ip = `signup-${uniqueToken()}`;
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await registerUser({ name: "Many", email: `many-${uniqueToken()}@example.test`, password: "a long enough password", locale: "en", ip });
    }
    expect(
      await failure(() => registerUser({ name: "One more", email: `more-${uniqueToken()}@example.test`, password: "a long enough password", locale: "en", ip })),
    ).toBe("rate_limited");
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one or an unknown account alike", async () => {
    const user = await createUser();
    const ip = `signin-${uniqueToken()}`;
    await expect(authenticateWithPassword({ email: user.email, password: DEFAULT_PASSWORD, ip })).resolves.toMatchObject({ id: user.id });
    expect(await failure(() => authenticateWithPassword({ email: user.email, password: "wrong password", ip }))).toBe("invalid_credentials");
    expect(await failure(() => authenticateWithPassword({ email: "nobody@example.test", password: "wrong password", ip }))).toBe("invalid_credentials");
  });

  it("spends about the same time on unknown and known accounts", async () => {
    const user = await createUser();
    const time = async (email: string) => {
      const samples: number[] = [];
      for (let run = 0; run < 7; run += 1) {
        const started = performance.now();
        await failure(() => authenticateWithPassword({ email, password: "wrong password", ip: `timing-${uniqueToken()}` }));
        samples.push(performance.now() - started);
      }
      return samples.sort((a, b) => a - b)[3] ?? 0;
    };
    const known = await time(user.email);
    const unknown = await time(`ghost-${uniqueToken()}@example.test`);
    // Both paths run one argon2id verification; without the dummy hash the unknown
    // path would be an order of magnitude faster.
    expect(unknown / known).toBeGreaterThan(0.4);
    expect(unknown / known).toBeLessThan(2.5);
  });

  it("locks an account+address pair after 10 failures, before checking the password", async () => {
    const user = await createUser();
    const ip = `brute-${uniqueToken()}`;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(await failure(() => authenticateWithPassword({ email: user.email, password: `guess ${attempt}`, ip }))).toBe("invalid_credentials");
    }
    // Even the right password is refused now, from this address…
    expect(await failure(() => authenticateWithPassword({ email: user.email, password: DEFAULT_PASSWORD, ip }))).toBe("rate_limited");
    // …while the owner can still sign in from elsewhere.
    await expect(authenticateWithPassword({ email: user.email, password: DEFAULT_PASSWORD, ip: `home-${uniqueToken()}` })).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("locks an address after 100 failures across accounts", async () => {
    const ip = `spray-${uniqueToken()}`;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      await failure(() => authenticateWithPassword({ email: `spray-${attempt}-${uniqueToken()}@example.test`, password: "guess", ip }));
    }
    const user = await createUser();
    expect(await failure(() => authenticateWithPassword({ email: user.email, password: DEFAULT_PASSWORD, ip }))).toBe("rate_limited");
  });

  it("stores limiter state in the database (so it holds across app instances)", async () => {
    const ip = `shared-${uniqueToken()}`;
    await failure(() => authenticateWithPassword({ email: "whoever@example.test", password: "guess", ip }));
    const rows = await db.rateLimit.findMany({ where: { key: { contains: ip } }, select: { key: true, points: true } });
    expect(rows.map((row) => row.points)).toEqual([1, 1]);
  });

  it("answers through the action with a form error that names no account detail", async () => {
    const user = await createUser();
    const { state } = await runMutation(signInMutation, { email: user.email, password: "wrong password" }, null, { clientIp: `form-${uniqueToken()}` });
    expect(state).toMatchObject({ status: "error", formError: { code: "invalid_credentials" } });
    expect(JSON.stringify(state)).not.toContain("wrong password");
  });
});

describe("sessions", () => {
  it("resolve to the viewer only while the session version matches", async () => {
    const user = await createUser();
    await expect(resolveViewer({ userId: user.id, sessionVersion: user.sessionVersion })).resolves.toMatchObject({ id: user.id });
    await expect(resolveViewer({ userId: user.id, sessionVersion: user.sessionVersion + 1 })).resolves.toBeNull();
    await revokeAllSessions({ userId: user.id });
    await expect(resolveViewer({ userId: user.id, sessionVersion: user.sessionVersion })).resolves.toBeNull();
  });

  it("end everywhere when the user asks, and only for a signed-in user", async () => {
    const user = await createUser();
    const viewer = await resolveViewer({ userId: user.id, sessionVersion: user.sessionVersion });
    expect((await runMutation(signOutEverywhereMutation, {}, null)).state).toMatchObject({ formError: { code: "unauthenticated" } });
    expect((await runMutation(signOutEverywhereMutation, {}, viewer)).state.status).toBe("success");
    await expect(resolveViewer({ userId: user.id, sessionVersion: user.sessionVersion })).resolves.toBeNull();
  });

  it("are checked together when they arrive together, each against its own user", async () => {
    const [kept, revoked, deleted] = await Promise.all([createUser(), createUser(), createUser()]);
    await revokeAllSessions({ userId: revoked.id });
    await db.user.delete({ where: { id: deleted.id } });
    const viewers = await Promise.all([
      resolveViewer({ userId: kept.id, sessionVersion: kept.sessionVersion }),
      resolveViewer({ userId: revoked.id, sessionVersion: revoked.sessionVersion }),
      resolveViewer({ userId: deleted.id, sessionVersion: deleted.sessionVersion }),
      // Not a uuid: refused without a query, so it cannot fail the others' shared one.
      resolveViewer({ userId: "not-a-uuid", sessionVersion: 0 }),
      resolveViewer({ userId: kept.id.toUpperCase(), sessionVersion: kept.sessionVersion }),
    ]);
    expect(viewers.map((viewer) => viewer?.id ?? null)).toEqual([kept.id, null, null, null, kept.id]);

    // One query for all of them (counted on the real client), and none remembered after.
    const lookups: unknown[] = [];
    const counted = db.$extends({
      query: {
        user: {
          findMany({ args, query }) {
            lookups.push(args.where);
            return query(args);
          },
        },
      },
    }) as unknown as DbClient;
    const loader = createSessionUserLoader(counted);
    const users = await Promise.all([kept.id, revoked.id, deleted.id].map((id) => loader.load(id)));
    expect(users.map((user) => user?.id ?? null)).toEqual([kept.id, revoked.id, null]);
    expect(users[1]?.sessionVersion).toBe(revoked.sessionVersion + 1);
    expect(lookups).toHaveLength(1);
    await loader.load(kept.id);
    expect(lookups).toHaveLength(2);
  });

  it("are refused for a deleted user", async () => {
    const user = await createUser();
    await db.user.delete({ where: { id: user.id } });
    await expect(resolveViewer({ userId: user.id, sessionVersion: user.sessionVersion })).resolves.toBeNull();
  });
});
