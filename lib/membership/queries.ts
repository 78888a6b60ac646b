import "server-only";
import type { ApplicationStatus, MemberRole, WaitlistStatus } from "../generated/prisma/enums";
import { db } from "../server/db";
import { committedInvitationUses } from "./invitation-quota";

// Reads for the joining pages. Each returns only what the page shows.

export type EntryState =
  | { kind: "member"; role: MemberRole; acceptedRulesVersion: number | null }
  | { kind: "banned" }
  | { kind: "application"; applicationId: string; status: ApplicationStatus; submittedAt: Date; payment: { id: string; reference: string | null } | null }
  | { kind: "waitlisted"; status: WaitlistStatus; position: number; offerExpiresAt: Date | null }
  | { kind: "rejected"; reason: string | null; reapplyFrom: Date | null }
  | { kind: "none" };

const DAY = 24 * 60 * 60 * 1000;

/** Where the viewer stands with a community, for the join panel. */
export async function findEntryState(communityId: string, userId: string, cooldownDays: number, now = new Date()): Promise<EntryState> {
  const [membership, ban, application, waitlist, lastRejection] = await Promise.all([
    db.membership.findUnique({
      where: { communityId_userId: { communityId, userId } },
      select: { status: true, role: true, acceptedRuleSetVersion: { select: { version: true } } },
    }),
    db.ban.findUnique({ where: { communityId_userId: { communityId, userId } }, select: { id: true } }),
    db.application.findFirst({
      where: { communityId, applicantId: userId, status: { in: ["PENDING", "AWAITING_PAYMENT"] } },
      select: { id: true, status: true, submittedAt: true, payments: { where: { status: "PENDING" }, select: { id: true, reference: true }, take: 1 } },
    }),
    db.waitlistEntry.findFirst({ where: { communityId, userId, status: { in: ["WAITING", "OFFERED"] } }, select: { id: true, status: true, seq: true, offerExpiresAt: true } }),
    db.application.findFirst({
      where: { communityId, applicantId: userId, status: "REJECTED" },
      orderBy: { decidedAt: "desc" },
      select: { decisionReason: true, decidedAt: true },
    }),
  ]);
  if (membership?.status === "ACTIVE") {
    return { kind: "member", role: membership.role, acceptedRulesVersion: membership.acceptedRuleSetVersion?.version ?? null };
  }
  if (ban) return { kind: "banned" };
  if (application) {
    return { kind: "application", applicationId: application.id, status: application.status, submittedAt: application.submittedAt, payment: application.payments[0] ?? null };
  }
  if (waitlist) {
    const position = await db.waitlistEntry.count({ where: { communityId, status: "WAITING", seq: { lte: waitlist.seq } } });
    return { kind: "waitlisted", status: waitlist.status, position, offerExpiresAt: waitlist.offerExpiresAt };
  }
  if (lastRejection?.decidedAt) {
    const reapplyFrom = new Date(lastRejection.decidedAt.getTime() + cooldownDays * DAY);
    if (reapplyFrom > now) return { kind: "rejected", reason: lastRejection.decisionReason, reapplyFrom };
  }
  return { kind: "none" };
}

export type PublishedRules = { version: number; rules: { position: number; title: string; explanation: string; severity: "WARN" | "BLOCK" }[] };

export async function findCurrentRules(communityId: string): Promise<PublishedRules | null> {
  const version = await db.ruleSetVersion.findFirst({
    where: { communityId },
    orderBy: { version: "desc" },
    select: { version: true, rules: { orderBy: { position: "asc" }, select: { position: true, title: true, explanation: true, severity: true } } },
  });
  return version;
}

export async function listEntryQuestions(communityId: string) {
  return db.entryQuestion.findMany({
    where: { communityId, archivedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, prompt: true, kind: true, options: true, required: true },
  });
}

export type ReviewTab = "PENDING" | "AWAITING_PAYMENT" | "decided";
const PAGE = 20;

export async function listApplicationsForReview(communityId: string, tab: ReviewTab, page: number) {
  const where =
    tab === "decided"
      ? { communityId, status: { in: ["APPROVED", "REJECTED", "WITHDRAWN"] as ApplicationStatus[] } }
      : { communityId, status: tab };
  const [total, applications] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: tab === "decided" ? [{ decidedAt: "desc" }, { id: "desc" }] : [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE,
      take: PAGE,
      select: {
        id: true,
        status: true,
        submittedAt: true,
        decidedAt: true,
        decisionReason: true,
        reviewerNote: true,
        applicant: { select: { name: true, email: true } },
        decidedBy: { select: { name: true } },
        invitation: { select: { createdBy: { select: { name: true } } } },
        answers: { select: { id: true, prompt: true, answer: true }, orderBy: { id: "asc" } },
        payments: { select: { status: true, reference: true, amountMinor: true, currency: true }, orderBy: { createdAt: "desc" }, take: 1 },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PAGE)), applications };
}

export async function listMembers(communityId: string, params: { query?: string; page: number }) {
  const query = params.query?.trim();
  const where = {
    communityId,
    status: "ACTIVE" as const,
    ...(query ? { user: { OR: [{ name: { contains: query, mode: "insensitive" as const } }, { email: { contains: query, mode: "insensitive" as const } }] } } : {}),
  };
  const [total, members] = await Promise.all([
    db.membership.count({ where }),
    db.membership.findMany({
      where,
      orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
      skip: (params.page - 1) * PAGE,
      take: PAGE,
      select: { id: true, role: true, entryPath: true, isPaid: true, joinedAt: true, user: { select: { name: true, email: true } }, invitedBy: { select: { name: true } } },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PAGE)), members };
}

export async function listPendingPayments(communityId: string) {
  return db.payment.findMany({
    where: { communityId, status: "PENDING", application: { status: "AWAITING_PAYMENT" } },
    orderBy: { createdAt: "asc" },
    select: { id: true, amountMinor: true, currency: true, reference: true, createdAt: true, payer: { select: { name: true, email: true } } },
  });
}

export async function listWaitlist(communityId: string) {
  return db.waitlistEntry.findMany({
    where: { communityId, status: { in: ["WAITING", "OFFERED"] } },
    orderBy: { seq: "asc" },
    select: { id: true, status: true, createdAt: true, offerExpiresAt: true, user: { select: { name: true } } },
  });
}

export async function listMyInvitations(communityId: string, userId: string) {
  return db.invitation.findMany({
    where: { communityId, createdById: userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, code: true, maxUses: true, useCount: true, expiresAt: true, revokedAt: true, createdAt: true },
  });
}

export async function findInvitation(code: string) {
  return db.invitation.findUnique({
    where: { code },
    select: {
      id: true,
      maxUses: true,
      useCount: true,
      expiresAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
      community: { select: { id: true, slug: true } },
    },
  });
}

export async function listMyApplications(userId: string) {
  return db.application.findMany({
    where: { applicantId: userId },
    orderBy: { submittedAt: "desc" },
    take: 100,
    select: {
      id: true,
      status: true,
      submittedAt: true,
      decidedAt: true,
      decisionReason: true,
      community: { select: { name: true, slug: true } },
      answers: { select: { id: true, prompt: true, answer: true }, orderBy: { id: "asc" } },
    },
  });
}

export async function isActiveNodeLeader(communityId: string, userId: string): Promise<boolean> {
  const count = await db.nodeLeadership.count({ where: { status: "ACTIVE", membership: { communityId, userId } } });
  return count > 0;
}

/** People the viewer may still invite, or null when the community sets no quota. */
export async function invitationsLeft(communityId: string, userId: string): Promise<number | null> {
  const community = await db.community.findUniqueOrThrow({ where: { id: communityId }, select: { invitationQuota: true } });
  if (community.invitationQuota === null) return null;
  return Math.max(0, community.invitationQuota - (await committedInvitationUses(db, communityId, userId, new Date())));
}
