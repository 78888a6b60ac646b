import "server-only";
import { z } from "zod";
import { Prisma } from "../generated/prisma/client";
import { locales } from "../i18n/locales";
import { db } from "../server/db";
import type { CommunityCard } from "./queries";

// The directory of listed communities: text search (Chinese or English), filters
// and pages. Filters come from the URL, so anything malformed falls back to "any".

export const directoryParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  mode: z.enum(["OPEN", "APPLICATION", "INVITATION"]).optional().catch(undefined),
  seats: z.enum(["available"]).optional().catch(undefined),
  language: z.enum(locales).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type DirectoryParams = z.infer<typeof directoryParams>;

const PAGE_SIZE = 12;

/** LIKE wildcards in what someone typed are matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export async function searchDirectory(params: DirectoryParams): Promise<{ total: number; pages: number; communities: CommunityCard[] }> {
  const conditions = [Prisma.sql`visibility = 'LISTED'`];
  if (params.q) {
    const pattern = likePattern(params.q);
    conditions.push(Prisma.sql`(name ILIKE ${pattern} OR purpose ILIKE ${pattern} OR description ILIKE ${pattern})`);
  }
  if (params.mode) conditions.push(Prisma.sql`entry_mode = ${params.mode}::"EntryMode"`);
  if (params.language) conditions.push(Prisma.sql`language = ${params.language}`);
  if (params.seats === "available") conditions.push(Prisma.sql`(member_cap IS NULL OR member_count + seats_held < member_cap)`);
  const where = Prisma.join(conditions, " AND ");
  const [counted, rows] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM communities WHERE ${where}`,
    db.$queryRaw<{ slug: string; name: string; purpose: string; member_count: number; member_cap: number | null; entry_mode: CommunityCard["entryMode"] }[]>`
      SELECT slug, name, purpose, member_count, member_cap, entry_mode::text AS entry_mode
        FROM communities WHERE ${where}
       ORDER BY member_count DESC, created_at DESC, id DESC
       LIMIT ${PAGE_SIZE} OFFSET ${(params.page - 1) * PAGE_SIZE}`,
  ]);
  const total = Number(counted[0]?.total ?? 0);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    communities: rows.map((row) => ({
      slug: row.slug,
      name: row.name,
      purpose: row.purpose,
      memberCount: row.member_count,
      memberCap: row.member_cap,
      entryMode: row.entry_mode,
    })),
  };
}
