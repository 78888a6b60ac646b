import "server-only";
import type { EntryMode, InviterPolicy, MemberRole, Visibility } from "../generated/prisma/enums";
import { db } from "../server/db";

// Reads for Server Components. Each returns a DTO with only what the page shows.

export type CommunityPublicView = {
  id: string;
  slug: string;
  name: string;
  purpose: string;
  description: string;
  language: string;
  visibility: Visibility;
  entryMode: EntryMode;
  feeAmountMinor: number;
  feeCurrency: string;
  memberCap: number | null;
  memberCount: number;
  seatsHeld: number;
  waitlistEnabled: boolean;
  reapplyCooldownDays: number;
  inviterPolicy: InviterPolicy;
  createdAt: Date;
  ownerName: string | null;
  viewerRole: MemberRole | null;
};

export async function findCommunityBySlug(slug: string, viewerId: string | null): Promise<CommunityPublicView | null> {
  const community = await db.community.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      purpose: true,
      description: true,
      language: true,
      visibility: true,
      entryMode: true,
      feeAmountMinor: true,
      feeCurrency: true,
      memberCap: true,
      memberCount: true,
      seatsHeld: true,
      waitlistEnabled: true,
      reapplyCooldownDays: true,
      inviterPolicy: true,
      createdAt: true,
      memberships: {
        // The owner, and the viewer's own active membership (at most two rows).
        where: {
          status: "ACTIVE",
          OR: [{ role: "OWNER" }, ...(viewerId ? [{ userId: viewerId }] : [])],
        },
        select: { role: true, userId: true, user: { select: { name: true } } },
      },
    },
  });
  if (!community) return null;
  const { memberships, ...rest } = community;
  const owner = memberships.find((membership) => membership.role === "OWNER");
  const viewerMembership = viewerId ? memberships.find((membership) => membership.userId === viewerId) : undefined;
  return { ...rest, ownerName: owner?.user.name ?? null, viewerRole: viewerMembership?.role ?? null };
}

export type CommunityCard = {
  slug: string;
  name: string;
  purpose: string;
  memberCount: number;
  memberCap: number | null;
  entryMode: EntryMode;
};

const cardSelect = {
  slug: true,
  name: true,
  purpose: true,
  memberCount: true,
  memberCap: true,
  entryMode: true,
} as const;

export async function listRecentListedCommunities(limit = 6): Promise<CommunityCard[]> {
  return db.community.findMany({
    where: { visibility: "LISTED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: cardSelect,
  });
}

export type MyCommunity = CommunityCard & { role: MemberRole };

export async function listMyCommunities(userId: string): Promise<MyCommunity[]> {
  const memberships = await db.membership.findMany({
    where: { userId, status: "ACTIVE" },
    orderBy: [{ joinedAt: "desc" }],
    select: { role: true, community: { select: cardSelect } },
  });
  return memberships.map(({ role, community }) => ({ ...community, role }));
}

export async function isSlugTaken(slug: string): Promise<boolean> {
  const found = await db.community.findUnique({ where: { slug }, select: { id: true } });
  return found !== null;
}
