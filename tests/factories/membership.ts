import type { ApplicationStatus, WaitlistStatus } from "../../lib/generated/prisma/enums";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { uniqueToken } from "./unique";
import { createUser, type TestUser } from "./users";

// Rows the joining flows produce, made directly so a test can start mid-flow.
const db = () => sharedPrismaClient();

export async function createApplication(
  community: { id: string },
  options: { applicant?: TestUser; status?: ApplicationStatus; invitationId?: string } = {},
): Promise<{ id: string; applicant: TestUser }> {
  const applicant = options.applicant ?? (await createUser());
  const status = options.status ?? "PENDING";
  const application = await db().application.create({
    data: {
      communityId: community.id,
      applicantId: applicant.id,
      status,
      invitationId: options.invitationId,
      decidedAt: status === "APPROVED" || status === "REJECTED" ? new Date() : null,
    },
    select: { id: true },
  });
  return { id: application.id, applicant };
}

/** An entry request waiting for its fee, with its pending payment. */
export async function createPendingPayment(community: { id: string }, options: { payer?: TestUser; amountMinor?: number } = {}) {
  const { id: applicationId, applicant } = await createApplication(community, { applicant: options.payer, status: "AWAITING_PAYMENT" });
  const payment = await db().payment.create({
    data: {
      communityId: community.id,
      payerId: applicant.id,
      applicationId,
      provider: "manual",
      amountMinor: options.amountMinor ?? 100,
      currency: "CNY",
      idempotencyKey: `entry:${applicationId}`,
    },
    select: { id: true },
  });
  return { paymentId: payment.id, applicationId, payer: applicant };
}

export async function createInvitationFor(
  community: { id: string },
  creator: { id: string },
  options: { maxUses?: number | null; expiresAt?: Date | null } = {},
): Promise<{ id: string; code: string }> {
  return db().invitation.create({
    data: {
      communityId: community.id,
      code: `inv${uniqueToken()}${uniqueToken()}`,
      createdById: creator.id,
      maxUses: options.maxUses === undefined ? 1 : options.maxUses,
      expiresAt: options.expiresAt ?? null,
    },
    select: { id: true, code: true },
  });
}

/** A waitlist place; an OFFERED one also holds a seat, as fillFreeSeats does. */
export async function createWaitlistEntry(community: { id: string }, user: { id: string }, status: WaitlistStatus = "WAITING") {
  const now = new Date();
  return db().$transaction(async (tx) => {
    if (status === "OFFERED") await tx.community.update({ where: { id: community.id }, data: { seatsHeld: { increment: 1 } } });
    return tx.waitlistEntry.create({
      data: {
        communityId: community.id,
        userId: user.id,
        status,
        offeredAt: status === "OFFERED" ? now : null,
        offerExpiresAt: status === "OFFERED" ? new Date(now.getTime() + 48 * 3600_000) : null,
      },
      select: { id: true },
    });
  });
}

export async function membershipOf(community: { id: string }, user: { id: string }) {
  return db().membership.findUniqueOrThrow({ where: { communityId_userId: { communityId: community.id, userId: user.id } } });
}
