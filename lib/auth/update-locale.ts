import type { Locale } from "../i18n/locales";
import { db } from "../server/db";

/** Remembers a signed-in user's language on their account. */
export async function updateUserLocale(params: { userId: string; locale: Locale }): Promise<void> {
  await db.user.update({ where: { id: params.userId }, data: { locale: params.locale } });
}
