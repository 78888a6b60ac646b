import type { Locale } from "../i18n/locales";
import { isUniqueViolation } from "../server/db-errors";
import { db } from "../server/db";
import { AppError } from "../server/errors";
import type { AuthenticatedUser } from "./authenticate";
import { hashPassword } from "./password";
import { isExhausted, consumePoint, signUpsByIp } from "./rate-limit";

export async function registerUser(params: {
  name: string;
  email: string;
  password: string;
  locale: Locale;
  ip: string;
}): Promise<AuthenticatedUser> {
  if (await isExhausted(signUpsByIp, params.ip)) throw new AppError("rate_limited");
  const passwordHash = await hashPassword(params.password);
  try {
    const user = await db.user.create({
      data: { name: params.name, email: params.email, passwordHash, locale: params.locale },
      select: { id: true, sessionVersion: true, locale: true },
    });
    await consumePoint(signUpsByIp, params.ip);
    return user;
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw AppError.field("email_taken", "email");
    throw error;
  }
}
