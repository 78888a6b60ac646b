import { createCommunity } from "../../lib/communities/create-community";
import type { EntryPath, MemberRole } from "../../lib/generated/prisma/enums";
import type { Prisma } from "../../lib/generated/prisma/client";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { uniqueToken } from "./unique";
import { createUser, type TestUser } from "./users";

export type TestCommunity = { id: string; slug: string; owner: TestUser };

/** A community created through the real domain function, then adjusted as asked. */
export async function createTestCommunity(
  options: { owner?: TestUser; name?: string; language?: "en" | "zh-CN"; settings?: Prisma.CommunityUpdateInput } = {},
): Promise<TestCommunity> {
  const owner = options.owner ?? (await createUser());
  const token = uniqueToken();
  const community = await createCommunity({
    ownerId: owner.id,
    name: options.name ?? `Community ${token}`,
    purpose: `We test things together (${token}).`,
    language: options.language ?? "en",
    slug: `c-${token}`,
  });
  if (options.settings) {
    await sharedPrismaClient().community.update({ where: { id: community.id }, data: options.settings });
  }
  return { ...community, owner };
}

/**
 * Adds an active member directly (the joining flows have their own tests) and keeps
 * the guarded member counter in step, as every admission path must.
 */
export async function addMember(
  community: { id: string },
  options: { user?: TestUser; role?: MemberRole; entryPath?: EntryPath; invitedById?: string; isPaid?: boolean; joinedAt?: Date } = {},
): Promise<TestUser> {
  const user = options.user ?? (await createUser());
  const db = sharedPrismaClient();
  await db.$transaction(async (tx) => {
    await tx.community.update({ where: { id: community.id }, data: { memberCount: { increment: 1 } } });
    await tx.membership.create({
      data: {
        communityId: community.id,
        userId: user.id,
        role: options.role ?? "MEMBER",
        entryPath: options.entryPath ?? "OPEN",
        invitedById: options.invitedById,
        isPaid: options.isPaid ?? false,
        joinedAt: options.joinedAt,
        firstJoinedAt: options.joinedAt,
      },
    });
  });
  return user;
}
