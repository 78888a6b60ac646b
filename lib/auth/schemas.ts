import { z } from "zod";
import { locales } from "../i18n/locales";

// Emails are compared lower-cased; passwords are bounded so hashing cost is bounded.
export const emailSchema = z
  .string()
  .trim()
  .min(1)
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

export const passwordSchema = z.string().min(10, { message: "password_too_short" }).max(200);

export const signInInput = z.object({
  email: emailSchema,
  // Sign-in never tells which rule a wrong password breaks.
  password: z.string().min(1).max(200),
  callbackUrl: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInInput>;

export const signUpInput = z.object({
  name: z.string().trim().min(1).max(80),
  email: emailSchema,
  password: passwordSchema,
  // The interface language at sign-up becomes the account's language.
  locale: z.enum(locales).default("en"),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const setLocaleInput = z.object({ locale: z.enum(locales) });
export type SetLocaleInput = z.infer<typeof setLocaleInput>;

export const noInput = z.object({}).strict();
