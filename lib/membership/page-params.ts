import { z } from "zod";

// Search parameters of the management pages: anything unexpected falls back to the default.
export const reviewParams = z.object({
  tab: z.enum(["PENDING", "AWAITING_PAYMENT", "decided"]).catch("PENDING"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const memberListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
