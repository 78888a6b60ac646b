import { z } from "zod";
import { locales } from "../i18n/locales";
import { checkbox, jsonField } from "../shared/form-fields";
import { communityName, communityPurpose } from "./schemas";
import { slugParam } from "./schemas";

// Inputs of the owner console. Every bound matches a CHECK constraint in the
// database, so a value the form lets through the database also accepts.

const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** An optional number field: empty means "none". */
const optionalWholeNumber = (min: number, max: number) =>
  z.preprocess((value) => (value === "" || value === undefined ? null : value), wholeNumber(min, max).nullable());

export const profileInput = z.object({
  slug: slugParam,
  name: communityName,
  purpose: communityPurpose,
  description: z.string().trim().max(10_000).default(""),
  language: z.enum(locales),
  visibility: z.enum(["LISTED", "UNLISTED"]),
  inactiveAfterDays: wholeNumber(1, 365),
});
export type ProfileInput = z.infer<typeof profileInput>;

export const currencies = ["CNY", "USD", "EUR", "HKD", "GBP", "SGD"] as const;

/** "1", "1.5", "1.50" → 150 (minor units). More than two decimals or a huge amount is refused. */
export const feeAmount = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: "fee_format" })
  .transform((value) => Math.round(Number(value) * 100))
  .pipe(z.number().int().min(1).max(100_000_000, { message: "fee_too_large" }));

export const thresholdInput = z
  .object({
    slug: slugParam,
    entryMode: z.enum(["OPEN", "APPLICATION", "INVITATION"]),
    feeEnabled: checkbox,
    feeAmount: z.string().max(40).optional(),
    feeCurrency: z.enum(currencies).default("CNY"),
    inviterPolicy: z.enum(["OWNER", "ADMINS", "NODE_LEADERS", "MEMBERS"]),
    invitationQuota: optionalWholeNumber(0, 10_000),
    reapplyCooldownDays: wholeNumber(0, 3650),
  })
  .transform((input, context) => {
    if (!input.feeEnabled) return { ...input, feeAmountMinor: 0 };
    const parsed = feeAmount.safeParse(input.feeAmount ?? "");
    if (!parsed.success) {
      for (const issue of parsed.error.issues) context.addIssue({ ...issue, path: ["feeAmount"] });
      return z.NEVER;
    }
    return { ...input, feeAmountMinor: parsed.data };
  });
export type ThresholdInput = z.infer<typeof thresholdInput>;

export const capacityInput = z.object({
  slug: slugParam,
  // Empty means "no cap".
  memberCap: optionalWholeNumber(1, 1_000_000),
  waitlistEnabled: checkbox,
  waitlistOfferHours: wholeNumber(1, 720),
});
export type CapacityInput = z.infer<typeof capacityInput>;

const questionDraft = z
  .object({
    id: z.uuid().optional(),
    prompt: z.string().trim().min(1).max(500),
    kind: z.enum(["SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE"]),
    options: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
    required: z.boolean().default(true),
  })
  .refine((question) => question.kind !== "SINGLE_CHOICE" || question.options.length >= 2, { message: "choices_needed", path: ["options"] })
  .refine((question) => new Set(question.options).size === question.options.length, { message: "choices_duplicate", path: ["options"] });

/** The question editor posts the whole ordered list as JSON. */
export const questionsInput = z.object({
  slug: slugParam,
  questions: jsonField(z.array(questionDraft).max(20), 200_000),
});
export type QuestionsInput = z.infer<typeof questionsInput>;

export const cultureInput = z.object({
  slug: slugParam,
  vision: z.string().trim().max(2000),
  mission: z.string().trim().max(2000),
  // One value per line in the form.
  values: z
    .string()
    .max(20_000, { message: "input_too_large" })
    .transform((text) =>
      text
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(200)).max(20)),
});
export type CultureInput = z.infer<typeof cultureInput>;

export const restoreCultureInput = z.object({ versionId: z.uuid({ message: "not_found" }) });
export type RestoreCultureInput = z.infer<typeof restoreCultureInput>;

export const setAdminInput = z.object({
  membershipId: z.uuid({ message: "not_found" }),
  isAdmin: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type SetAdminInput = z.infer<typeof setAdminInput>;

/** Handing over a community is confirmed by typing its web address. */
export const transferOwnershipInput = z
  .object({
    slug: slugParam,
    newOwnerMembershipId: z.uuid({ message: "not_found" }),
    confirmation: z.string().trim().max(60),
  })
  .refine((input) => input.confirmation === input.slug, { message: "confirmation_mismatch", path: ["confirmation"] });
export type TransferOwnershipInput = z.infer<typeof transferOwnershipInput>;
