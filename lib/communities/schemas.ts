import { z } from "zod";
import { locales } from "../i18n/locales";
import { SLUG_PATTERN } from "./slug";

export const communityName = z.string().trim().min(1).max(80);
export const communityPurpose = z.string().trim().min(1).max(280);
export const communitySlug = z
  .string()
  .trim()
  .toLowerCase()
  .max(48)
  .regex(SLUG_PATTERN, { message: "slug_format" });

export const createCommunityInput = z.object({
  name: communityName,
  // Empty means "derive it from the name".
  slug: z.union([z.literal("").transform(() => undefined), communitySlug]).optional(),
  purpose: communityPurpose,
  language: z.enum(locales).default("en"),
});
export type CreateCommunityInput = z.infer<typeof createCommunityInput>;

/** A slug taken from a URL: anything else is simply "not found". */
export const slugParam = z.string().max(48).regex(SLUG_PATTERN);
