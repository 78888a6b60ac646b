import { randomUUID } from "node:crypto";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { addMember } from "../factories/communities";
import { createApplication, createInvitationFor, createPendingPayment, createWaitlistEntry } from "../factories/membership";
import type { Role, World } from "../support/world";
import { adminsAndOwner, type MatrixRow } from "./types";

const db = () => sharedPrismaClient();
const newcomers: readonly Role[] = ["nonMember", "otherCommunityMember"];
const alreadyIn = { member: "already_member", admin: "already_member", owner: "already_member" } as const;

function userOf(world: World, role: Role) {
  return role === "anonymous" ? world.users.nonMember : world.users[role];
}

/** The caller's own open application (created when there is none). */
async function openApplicationOf(world: World, role: Role) {
  const user = userOf(world, role);
  const existing = await db().application.findFirst({
    where: { communityId: world.community.id, applicantId: user.id, status: { in: ["PENDING", "AWAITING_PAYMENT"] } },
    select: { id: true },
  });
  return existing ?? createApplication(world.community, { applicant: user });
}

export const membershipRows: Record<string, MatrixRow> = {
  "membership.join": {
    allowed: newcomers,
    refusals: alreadyIn,
    input: (world) => ({ slug: world.community.slug }),
    unknownResource: () => ({ slug: "no-such-community" }),
  },
  "membership.apply": {
    allowed: newcomers,
    refusals: alreadyIn,
    setup: async (world) => {
      await db().community.update({ where: { id: world.community.id }, data: { entryMode: "APPLICATION" } });
      await db().entryQuestion.create({ data: { communityId: world.community.id, position: 0, prompt: "Why us?", required: true } });
    },
    input: async (world) => {
      const question = await db().entryQuestion.findFirstOrThrow({ where: { communityId: world.community.id }, select: { id: true } });
      return { slug: world.community.slug, [`answer.${question.id}`]: "Because we like it." };
    },
    unknownResource: () => ({ slug: "no-such-community" }),
  },
  "membership.accept-invitation": {
    allowed: newcomers,
    refusals: alreadyIn,
    input: async (world) => ({ code: (await createInvitationFor(world.community, world.users.owner)).code }),
  },
  "membership.withdraw-application": {
    // Only the applicant; anyone else is told there is no such application.
    allowed: ["nonMember"],
    input: async (world) => ({ applicationId: (await openApplicationOf(world, "nonMember")).id }),
    unknownResource: () => ({ applicationId: randomUUID() }),
  },
  "membership.review": {
    allowed: adminsAndOwner,
    input: async (world) => ({ applicationId: (await createApplication(world.community)).id, decision: "approve", reason: "Welcome" }),
    unknownResource: () => ({ applicationId: randomUUID(), decision: "approve" }),
  },
  "membership.review-bulk": {
    allowed: adminsAndOwner,
    input: async (world) => ({
      applicationIds: [(await createApplication(world.community)).id, (await createApplication(world.community)).id],
      decision: "reject",
      reason: "Not this time",
    }),
    unknownResource: () => ({ applicationIds: [randomUUID()], decision: "approve" }),
  },
  "membership.confirm-payment": {
    allowed: adminsAndOwner,
    setup: async (world) => {
      await db().community.update({ where: { id: world.community.id }, data: { feeAmountMinor: 100 } });
    },
    input: async (world) => ({ paymentId: (await createPendingPayment(world.community)).paymentId }),
    unknownResource: () => ({ paymentId: randomUUID() }),
  },
  "membership.payment-reference": {
    // Only the payer.
    allowed: ["nonMember"],
    setup: async (world) => {
      await createPendingPayment(world.community, { payer: world.users.nonMember });
    },
    input: async (world) => {
      const payment = await db().payment.findFirstOrThrow({ where: { payerId: world.users.nonMember.id }, select: { id: true } });
      return { paymentId: payment.id, reference: "WeChat transfer 0412" };
    },
    unknownResource: () => ({ paymentId: randomUUID(), reference: "x" }),
  },
  "membership.create-invitation": {
    allowed: ["member", "admin", "owner"],
    input: (world) => ({ slug: world.community.slug, maxUses: "2", expiresInDays: "7" }),
    unknownResource: () => ({ slug: "no-such-community" }),
  },
  "membership.revoke-invitation": {
    // The member who made it, and the admins above them.
    allowed: ["member", "admin", "owner"],
    input: async (world) => ({ invitationId: (await createInvitationFor(world.community, world.users.member)).id }),
    unknownResource: () => ({ invitationId: randomUUID() }),
  },
  "membership.leave": {
    allowed: ["member", "admin"],
    refusals: { owner: "owner_cannot_leave" },
    input: (world) => ({ slug: world.community.slug }),
    unknownResource: () => ({ slug: "no-such-community" }),
  },
  "membership.remove": {
    allowed: adminsAndOwner,
    input: async (world) => {
      const target = await addMember(world.community);
      const membership = await db().membership.findUniqueOrThrow({
        where: { communityId_userId: { communityId: world.community.id, userId: target.id } },
        select: { id: true },
      });
      return { membershipId: membership.id, reason: "Repeated spam", ban: "on" };
    },
    unknownResource: () => ({ membershipId: randomUUID(), reason: "x" }),
  },
  "membership.accept-offer": {
    allowed: newcomers,
    refusals: { member: "not_found", admin: "not_found", owner: "not_found" },
    input: async (world, role) => {
      if (role === "nonMember" || role === "otherCommunityMember") await createWaitlistEntry(world.community, world.users[role], "OFFERED");
      return { slug: world.community.slug };
    },
    unknownResource: () => ({ slug: "no-such-community" }),
  },
  "membership.leave-waitlist": {
    allowed: newcomers,
    refusals: { member: "not_found", admin: "not_found", owner: "not_found" },
    input: async (world, role) => {
      if (role === "nonMember" || role === "otherCommunityMember") await createWaitlistEntry(world.community, world.users[role]);
      return { slug: world.community.slug };
    },
    unknownResource: () => ({ slug: "no-such-community" }),
  },
};
