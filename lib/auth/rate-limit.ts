import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../server/db";

// Failed sign-ins are limited per account+IP and per IP, stored in Postgres through
// rate-limiter-flexible's Prisma store, so limits hold across app instances.

const HOUR = 60 * 60;

/** Consecutive failures for one account from one address. */
export const failuresByAccountAndIp = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "signin_account_ip",
  points: 10,
  duration: HOUR,
  blockDuration: HOUR,
});

/** All failures from one address, whatever account they try. */
export const failuresByIp = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "signin_ip",
  points: 100,
  duration: 24 * HOUR,
  blockDuration: 24 * HOUR,
});

/** Accounts created from one address (each costs a password hash). */
export const signUpsByIp = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "signup_ip",
  points: 20,
  duration: HOUR,
});

export function accountIpKey(email: string, ip: string): string {
  return `${email}_${ip}`;
}

/** True when the key has used up its points. */
export async function isExhausted(limiter: RateLimiterPrisma, key: string): Promise<boolean> {
  const state = await limiter.get(key);
  return state !== null && state.consumedPoints >= limiter.points;
}

/** Uses one point (one failure, one sign-up); resolves false when the limit is now exceeded. */
export async function consumePoint(limiter: RateLimiterPrisma, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (result) {
    if (result instanceof RateLimiterRes) return false;
    throw result;
  }
}
