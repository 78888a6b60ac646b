import type { MemberRole } from "../generated/prisma/enums";
import { db } from "./db";

/** The user's role in the community if they are an active member, else null. Read per request. */
export async function findActiveRole(communityId: string, userId: string): Promise<MemberRole | null> {
  const membership = await db.membership.findUnique({
    where: { communityId_userId: { communityId, userId } },
    select: { role: true, status: true },
  });
  return membership?.status === "ACTIVE" ? membership.role : null;
}
