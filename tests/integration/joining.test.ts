import { describe, expect, it } from "vitest";
import {
  acceptInvitationMutation,
  acceptOfferMutation,
  applyMutation,
  confirmPaymentMutation,
  createInvitationMutation,
  joinMutation,
  leaveMutation,
  removeMemberMutation,
  reviewApplicationMutation,
  revokeInvitationMutation,
} from "../../lib/membership/mutations";
import { expireOffers } from "../../lib/membership/waitlist-offers";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { addMember, createTestCommunity } from "../factories/communities";
import { createInvitationFor, membershipOf } from "../factories/membership";
import { createUser } from "../factories/users";
import { databaseFingerprint } from "../support/fingerprint";
import { formData, runMutation } from "../support/run-mutation";

const db = sharedPrismaClient();

async function publishRules(communityId: string, version: number, publishedById: string) {
  return db.ruleSetVersion.create({
    data: { communityId, version, publishedById, rules: { create: [{ position: 0, title: "Be kind" }] } },
    select: { id: true },
  });
}

describe("joining an open community", () => {
  it("admits at once, records the accepted rules and a joined event", async () => {
    const community = await createTestCommunity();
    const rules = await publishRules(community.id, 1, community.owner.id);
    const person = await createUser();
    const { state } = await runMutation(joinMutation, { slug: community.slug, rulesVersion: "1" }, person);
    expect(state).toMatchObject({ status: "success", data: { status: "joined" } });
    const membership = await membershipOf(community, person);
    expect(membership).toMatchObject({ status: "ACTIVE", entryPath: "OPEN", acceptedRuleSetVersionId: rules.id, referralWave: 0 });
    expect(await db.ruleAcceptance.count({ where: { membershipId: membership.id } })).toBe(1);
    expect(await db.activityEvent.count({ where: { communityId: community.id, userId: person.id, kind: "JOINED" } })).toBe(1);
    expect((await db.community.findUniqueOrThrow({ where: { id: community.id } })).memberCount).toBe(2);
  });

  it("asks for the current rules again when they changed while the person was reading", async () => {
    const community = await createTestCommunity();
    await publishRules(community.id, 1, community.owner.id);
    await publishRules(community.id, 2, community.owner.id);
    const person = await createUser();
    const before = await databaseFingerprint();
    const { state } = await runMutation(joinMutation, { slug: community.slug, rulesVersion: "1" }, person);
    expect(state).toMatchObject({ status: "error", fieldErrors: { rulesVersion: [{ code: "rules_changed" }] } });
    expect(await databaseFingerprint()).toBe(before);
  });

  it("offers the waitlist when full, and promotes the first in line at once when a member leaves", async () => {
    const community = await createTestCommunity({ settings: { memberCap: 2 } });
    const member = await addMember(community);
    const first = await createUser();
    const second = await createUser();
    expect((await runMutation(joinMutation, { slug: community.slug }, first)).state).toMatchObject({ data: { status: "waitlisted", position: 1 } });
    expect((await runMutation(joinMutation, { slug: community.slug }, second)).state).toMatchObject({ data: { status: "waitlisted", position: 2 } });

    expect((await runMutation(leaveMutation, { slug: community.slug }, member)).state.status).toBe("success");
    expect(await membershipOf(community, first)).toMatchObject({ status: "ACTIVE" });
    expect(await db.notification.findFirst({ where: { userId: first.id }, select: { kind: true } })).toEqual({ kind: "waitlist_promoted" });
    const secondEntry = await db.waitlistEntry.findFirstOrThrow({ where: { userId: second.id }, select: { status: true } });
    expect(secondEntry.status).toBe("WAITING");
    expect((await db.community.findUniqueOrThrow({ where: { id: community.id } })).memberCount).toBe(2);
  });

  it("refuses with a clear message when full and there is no waitlist", async () => {
    const community = await createTestCommunity({ settings: { memberCap: 1, waitlistEnabled: false } });
    const person = await createUser();
    const before = await databaseFingerprint();
    const { state } = await runMutation(joinMutation, { slug: community.slug }, person);
    expect(state).toMatchObject({ status: "error", formError: { code: "community_full" } });
    expect(await databaseFingerprint()).toBe(before);
  });

  it("admits nobody after the cap is lowered below the member count, and removes nobody", async () => {
    const community = await createTestCommunity({ settings: { memberCap: 5, waitlistEnabled: false } });
    await addMember(community);
    await addMember(community);
    await db.community.update({ where: { id: community.id }, data: { memberCap: 2 } });
    expect(await db.membership.count({ where: { communityId: community.id, status: "ACTIVE" } })).toBe(3);
    const { state } = await runMutation(joinMutation, { slug: community.slug }, await createUser());
    expect(state).toMatchObject({ formError: { code: "community_full" } });
  });

  it("refuses a join to a community that is not open", async () => {
    const community = await createTestCommunity({ settings: { entryMode: "INVITATION" } });
    const { state } = await runMutation(joinMutation, { slug: community.slug }, await createUser());
    expect(state).toMatchObject({ formError: { code: "entry_mode_mismatch" } });
  });
});

describe("applying", () => {
  async function applicationCommunity(settings = {}) {
    const community = await createTestCommunity({ settings: { entryMode: "APPLICATION", ...settings } });
    const why = await db.entryQuestion.create({ data: { communityId: community.id, position: 0, prompt: "Why join?", kind: "LONG_TEXT" } });
    const pace = await db.entryQuestion.create({
      data: { communityId: community.id, position: 1, prompt: "Pace?", kind: "SINGLE_CHOICE", options: ["easy", "fast"], required: false },
    });
    return { community, why, pace };
  }

  it("keeps the answers and the decision on the member's record", async () => {
    const { community, why, pace } = await applicationCommunity();
    await publishRules(community.id, 1, community.owner.id);
    const applicant = await createUser();
    const applied = await runMutation(
      applyMutation,
      formData({ slug: community.slug, rulesVersion: "1", [`answer.${why.id}`]: "I love running", [`answer.${pace.id}`]: "easy" }),
      applicant,
    );
    expect(applied.state).toMatchObject({ data: { status: "applied" } });
    const applicationId = applied.state.status === "success" && applied.state.data.status === "applied" ? applied.state.data.applicationId : "";

    const again = await runMutation(applyMutation, { slug: community.slug, rulesVersion: "1", [`answer.${why.id}`]: "Twice" }, applicant);
    expect(again.state).toMatchObject({ formError: { code: "application_open" } });

    const review = await runMutation(reviewApplicationMutation, { applicationId, decision: "approve", reason: "Welcome!", note: "Met at the meetup" }, community.owner);
    expect(review.state).toMatchObject({ data: { joined: 1 } });
    expect(await membershipOf(community, applicant)).toMatchObject({ status: "ACTIVE", entryPath: "APPLICATION" });
    const record = await db.application.findUniqueOrThrow({ where: { id: applicationId }, include: { answers: { orderBy: { prompt: "desc" } } } });
    expect(record).toMatchObject({ status: "APPROVED", decisionReason: "Welcome!", reviewerNote: "Met at the meetup", decidedById: community.owner.id });
    expect(record.answers.map(({ prompt, answer }) => ({ prompt, answer }))).toEqual([
      { prompt: "Why join?", answer: "I love running" },
      { prompt: "Pace?", answer: "easy" },
    ]);
    // Editing the question later does not rewrite what the applicant saw.
    await db.entryQuestion.update({ where: { id: why.id }, data: { prompt: "Changed" } });
    expect((await db.applicationAnswer.findFirstOrThrow({ where: { applicationId, questionId: why.id } })).prompt).toBe("Why join?");
    expect(await db.notification.findFirst({ where: { userId: applicant.id }, select: { kind: true } })).toEqual({ kind: "application_approved" });
  });

  it.each([
    ["a missing required answer", (_why: string) => ({}), "required", "why"],
    ["a 1 MB answer", (why: string) => ({ [`answer.${why}`]: "x".repeat(1_048_576) }), "too_long", "why"],
    [
      "an answer to a question that does not exist",
      (why: string) => ({ [`answer.${why}`]: "ok", "answer.0195d3c4-0000-7000-8000-000000000000": "hi" }),
      "unknown_question",
      "answers.0195d3c4-0000-7000-8000-000000000000",
    ],
    ["a choice that is not offered", (why: string, pace: string) => ({ [`answer.${why}`]: "ok", [`answer.${pace}`]: "sprint" }), "invalid_choice", "pace"],
  ])("refuses %s and writes nothing", async (_label, answers, code, field) => {
    const { community, why, pace } = await applicationCommunity();
    const applicant = await createUser();
    const before = await databaseFingerprint();
    const { state } = await runMutation(applyMutation, { slug: community.slug, ...answers(why.id, pace.id) }, applicant);
    const key = field === "why" ? `answers.${why.id}` : field === "pace" ? `answers.${pace.id}` : field;
    const found = state.status === "error" ? Object.entries(state.fieldErrors ?? {}).filter(([name]) => name === key || name.startsWith("answers")) : [];
    expect(found.flatMap(([, problems]) => problems)).toContainEqual(expect.objectContaining({ code }));
    expect(await databaseFingerprint()).toBe(before);
  });

  it("lets a rejected applicant apply again only after the cool-down, and never a banned one", async () => {
    const { community, why } = await applicationCommunity({ reapplyCooldownDays: 7 });
    const applicant = await createUser();
    const answers = { slug: community.slug, [`answer.${why.id}`]: "Please" };
    const first = await runMutation(applyMutation, answers, applicant);
    const applicationId = first.state.status === "success" && first.state.data.status === "applied" ? first.state.data.applicationId : "";
    await runMutation(reviewApplicationMutation, { applicationId, decision: "reject", reason: "Full this season" }, community.owner);
    expect(await db.notification.findFirst({ where: { userId: applicant.id }, select: { kind: true, payload: true } })).toMatchObject({
      kind: "application_rejected",
      payload: { reason: "Full this season" },
    });
    expect((await runMutation(applyMutation, answers, applicant)).state).toMatchObject({
      formError: { code: "reapply_too_soon", values: { date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } },
    });

    const banned = await createUser();
    const second = await runMutation(applyMutation, answers, banned);
    const secondId = second.state.status === "success" && second.state.data.status === "applied" ? second.state.data.applicationId : "";
    await runMutation(reviewApplicationMutation, { applicationId: secondId, decision: "reject", reason: "Spam", ban: "on" }, community.owner);
    await db.community.update({ where: { id: community.id }, data: { reapplyCooldownDays: 0 } });
    expect((await runMutation(applyMutation, answers, banned)).state).toMatchObject({ formError: { code: "banned" } });
  });

  it("with a fee: approval waits for payment; confirming twice admits once, as a paid member", async () => {
    const { community, why } = await applicationCommunity({ feeAmountMinor: 100 });
    const applicant = await createUser();
    const applied = await runMutation(applyMutation, { slug: community.slug, [`answer.${why.id}`]: "Here is my yuan" }, applicant);
    const applicationId = applied.state.status === "success" && applied.state.data.status === "applied" ? applied.state.data.applicationId : "";
    expect((await runMutation(reviewApplicationMutation, { applicationId, decision: "approve" }, community.owner)).state).toMatchObject({
      data: { awaiting_payment: 1 },
    });
    const payment = await db.payment.findFirstOrThrow({ where: { applicationId }, select: { id: true, status: true, amountMinor: true, currency: true } });
    expect(payment).toMatchObject({ status: "PENDING", amountMinor: 100, currency: "CNY" });

    const [first, second] = await Promise.all([
      runMutation(confirmPaymentMutation, { paymentId: payment.id }, community.owner),
      runMutation(confirmPaymentMutation, { paymentId: payment.id }, community.owner),
    ]);
    expect([first.state, second.state].map((state) => (state.status === "success" ? state.data.status : state.status)).sort()).toEqual([
      "already_confirmed",
      "joined",
    ]);
    expect(await membershipOf(community, applicant)).toMatchObject({ status: "ACTIVE", isPaid: true });
    expect((await db.community.findUniqueOrThrow({ where: { id: community.id } })).memberCount).toBe(2);
  });
});

describe("invitations", () => {
  it("records the inviter and the referral wave", async () => {
    const community = await createTestCommunity({ settings: { entryMode: "INVITATION" } });
    const friend = await addMember(community, { invitedById: community.owner.id });
    await db.membership.update({ where: { communityId_userId: { communityId: community.id, userId: friend.id } }, data: { referralWave: 1 } });
    const created = await runMutation(createInvitationMutation, { slug: community.slug, maxUses: "2" }, friend);
    expect(created.state.status).toBe("success");
    const code = created.state.status === "success" ? created.state.data.code : "";

    const newcomer = await createUser();
    expect((await runMutation(acceptInvitationMutation, { code }, newcomer)).state).toMatchObject({ data: { status: "joined" } });
    expect(await membershipOf(community, newcomer)).toMatchObject({ entryPath: "INVITATION", invitedById: friend.id, referralWave: 2 });
  });

  it("refuses an expired, used-up, revoked or forged code and writes nothing", async () => {
    const community = await createTestCommunity({ settings: { entryMode: "INVITATION" } });
    const expired = await createInvitationFor(community, community.owner, { expiresAt: new Date(Date.now() - 1000) });
    const usedUp = await createInvitationFor(community, community.owner, { maxUses: 1 });
    await db.invitation.update({ where: { id: usedUp.id }, data: { useCount: 1 } });
    const revoked = await createInvitationFor(community, community.owner);
    await runMutation(revokeInvitationMutation, { invitationId: revoked.id }, community.owner);
    for (const code of [expired.code, usedUp.code, revoked.code, "forgedcode123456"]) {
      const person = await createUser();
      const before = await databaseFingerprint();
      const { state } = await runMutation(acceptInvitationMutation, { code }, person);
      expect(state.status).toBe("error");
      const problem = state.status === "error" ? (state.formError ?? state.fieldErrors?.code?.[0]) : undefined;
      expect(problem?.code).toBe("invitation_invalid");
      expect(await databaseFingerprint()).toBe(before);
    }
  });

  it("keeps each member within the invitation quota", async () => {
    const community = await createTestCommunity({ settings: { invitationQuota: 3 } });
    const member = await addMember(community);
    expect((await runMutation(createInvitationMutation, { slug: community.slug, maxUses: "2" }, member)).state.status).toBe("success");
    expect((await runMutation(createInvitationMutation, { slug: community.slug, maxUses: "2" }, member)).state).toMatchObject({
      formError: { code: "invitation_quota_exceeded", values: { left: 1 } },
    });
  });

  it("follows the community's policy on who may invite", async () => {
    const community = await createTestCommunity({ settings: { inviterPolicy: "ADMINS" } });
    const member = await addMember(community);
    expect((await runMutation(createInvitationMutation, { slug: community.slug }, member)).state).toMatchObject({ formError: { code: "forbidden" } });
    expect((await runMutation(createInvitationMutation, { slug: community.slug }, community.owner)).state.status).toBe("success");
  });
});

describe("waitlist offers in a reviewed community", () => {
  it("hold a freed seat for the next person, pass on when unanswered, and admit on acceptance", async () => {
    const community = await createTestCommunity({ settings: { entryMode: "APPLICATION", memberCap: 2, waitlistOfferHours: 48 } });
    const member = await addMember(community);
    const waiting = [await createUser(), await createUser()];
    for (const person of waiting) {
      await db.waitlistEntry.create({ data: { communityId: community.id, userId: person.id, entryPath: "APPLICATION" } });
    }
    await runMutation(leaveMutation, { slug: community.slug }, member);
    const seats = await db.community.findUniqueOrThrow({ where: { id: community.id }, select: { memberCount: true, seatsHeld: true } });
    expect(seats).toEqual({ memberCount: 1, seatsHeld: 1 });
    expect(await db.waitlistEntry.findFirstOrThrow({ where: { userId: waiting[0]!.id }, select: { status: true } })).toEqual({ status: "OFFERED" });

    // Nobody else can take the held seat.
    await db.community.update({ where: { id: community.id }, data: { entryMode: "OPEN" } });
    expect((await runMutation(joinMutation, { slug: community.slug }, await createUser())).state).toMatchObject({ data: { status: "waitlisted" } });
    await db.community.update({ where: { id: community.id }, data: { entryMode: "APPLICATION" } });

    // The first person does not answer within 48 hours: the seat passes on.
    expect(await expireOffers(new Date(Date.now() + 49 * 3600_000))).toBe(1);
    expect(await db.waitlistEntry.findFirstOrThrow({ where: { userId: waiting[0]!.id }, select: { status: true } })).toEqual({ status: "EXPIRED" });
    expect(await db.waitlistEntry.findFirstOrThrow({ where: { userId: waiting[1]!.id }, select: { status: true } })).toEqual({ status: "OFFERED" });

    expect((await runMutation(acceptOfferMutation, { slug: community.slug }, waiting[1]!)).state.status).toBe("success");
    expect(await membershipOf(community, waiting[1]!)).toMatchObject({ status: "ACTIVE", entryPath: "APPLICATION" });
    expect(await db.community.findUniqueOrThrow({ where: { id: community.id }, select: { memberCount: true, seatsHeld: true } })).toEqual({
      memberCount: 2,
      seatsHeld: 0,
    });
  });
});

describe("removal", () => {
  it("lets admins remove members but never someone of their own rank or above", async () => {
    const community = await createTestCommunity();
    const admin = await addMember(community, { role: "ADMIN" });
    const otherAdmin = await addMember(community, { role: "ADMIN" });
    const member = await addMember(community);
    const ownerMembership = await membershipOf(community, community.owner);
    const otherAdminMembership = await membershipOf(community, otherAdmin);
    for (const target of [ownerMembership, otherAdminMembership]) {
      const before = await databaseFingerprint();
      expect((await runMutation(removeMemberMutation, { membershipId: target.id, reason: "No" }, admin)).state).toMatchObject({ formError: { code: "forbidden" } });
      expect(await databaseFingerprint()).toBe(before);
    }
    const memberMembership = await membershipOf(community, member);
    expect((await runMutation(removeMemberMutation, { membershipId: memberMembership.id, reason: "Spam", ban: "on" }, admin)).state.status).toBe("success");
    expect(await membershipOf(community, member)).toMatchObject({ status: "BANNED", leftReason: "Spam" });
    expect((await runMutation(joinMutation, { slug: community.slug }, member)).state).toMatchObject({ formError: { code: "banned" } });
    expect((await runMutation(removeMemberMutation, { membershipId: otherAdminMembership.id, reason: "Stepping down" }, community.owner)).state.status).toBe("success");
  });
});
