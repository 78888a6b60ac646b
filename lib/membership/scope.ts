import { db } from "../server/db";
import { AppError } from "../server/errors";

// Every membership action derives its community from the resource it names —
// never from a community id sent beside it. Unknown resources are "not found".
// (A community named by its slug: lib/communities/scope.ts.)

async function found<T>(value: Promise<T | null>): Promise<T> {
  const resolved = await value;
  if (!resolved) throw new AppError("not_found");
  return resolved;
}

export async function communityOfApplication(applicationId: string): Promise<string> {
  return (await found(db.application.findUnique({ where: { id: applicationId }, select: { communityId: true } }))).communityId;
}

/** All the applications must belong to one community. */
export async function communityOfApplications(applicationIds: string[]): Promise<string> {
  const rows = await db.application.findMany({ where: { id: { in: applicationIds } }, select: { communityId: true } });
  const communities = new Set(rows.map((row) => row.communityId));
  const [only] = communities;
  if (rows.length !== new Set(applicationIds).size || communities.size !== 1 || !only) throw new AppError("not_found");
  return only;
}

export async function communityOfPayment(paymentId: string): Promise<string> {
  return (await found(db.payment.findUnique({ where: { id: paymentId }, select: { communityId: true } }))).communityId;
}

export async function communityOfInvitation(invitationId: string): Promise<string> {
  return (await found(db.invitation.findUnique({ where: { id: invitationId }, select: { communityId: true } }))).communityId;
}

export async function communityOfInvitationCode(code: string): Promise<string> {
  const invitation = await db.invitation.findUnique({ where: { code }, select: { communityId: true } });
  if (!invitation) throw AppError.field("invitation_invalid", "code");
  return invitation.communityId;
}

export async function communityOfMembership(membershipId: string): Promise<string> {
  return (await found(db.membership.findUnique({ where: { id: membershipId }, select: { communityId: true } }))).communityId;
}
