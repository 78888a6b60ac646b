import { db } from "../server/db";
import { AppError } from "../server/errors";
import { verifyPassword } from "./password";
import { accountIpKey, failuresByAccountAndIp, failuresByIp, isExhausted, consumePoint } from "./rate-limit";

export type AuthenticatedUser = { id: string; sessionVersion: number; locale: string };

/**
 * Checks an email and password. Limits are checked before any hashing; unknown and
 * known accounts fail with the same error after the same amount of work.
 */
export async function authenticateWithPassword(params: {
  email: string;
  password: string;
  ip: string;
}): Promise<AuthenticatedUser> {
  const accountKey = accountIpKey(params.email, params.ip);
  const [accountBlocked, ipBlocked] = await Promise.all([
    isExhausted(failuresByAccountAndIp, accountKey),
    isExhausted(failuresByIp, params.ip),
  ]);
  if (accountBlocked || ipBlocked) throw new AppError("rate_limited");

  const user = await db.user.findUnique({
    where: { email: params.email },
    select: { id: true, sessionVersion: true, locale: true, passwordHash: true },
  });
  const isValid = await verifyPassword(user?.passwordHash, params.password);
  if (!user || !isValid) {
    await Promise.all([consumePoint(failuresByAccountAndIp, accountKey), consumePoint(failuresByIp, params.ip)]);
    throw new AppError("invalid_credentials");
  }
  await failuresByAccountAndIp.delete(accountKey);
  return { id: user.id, sessionVersion: user.sessionVersion, locale: user.locale };
}
