import { describe, expect, it } from "vitest";
import {
  restoreCultureMutation,
  saveCultureMutation,
  saveQuestionsMutation,
  setAdminMutation,
  transferOwnershipMutation,
  updateCapacityMutation,
  updateProfileMutation,
  updateThresholdMutation,
} from "../../lib/communities/settings-mutations";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { addMember, createTestCommunity } from "../factories/communities";
import { createApplication, membershipOf } from "../factories/membership";
import { createUser } from "../factories/users";
import { databaseFingerprint } from "../support/fingerprint";
import { runMutation } from "../support/run-mutation";

const db = sharedPrismaClient();

async function expectRefusedUnchanged(run: () => Promise<{ state: { status: string } }>, expected: object) {
  const before = await databaseFingerprint();
  const { state } = await run();
  expect(state).toMatchObject({ status: "error", ...expected });
  expect(await databaseFingerprint()).toBe(before);
}

describe("profile", () => {
  it("records only what changed, and nothing when nothing changed", async () => {
    const community = await createTestCommunity();
    const profile = { slug: community.slug, name: "Garden club", purpose: "We grow vegetables.", description: "", language: "en", visibility: "UNLISTED", inactiveAfterDays: "30" };
    expect((await runMutation(updateProfileMutation, profile, community.owner)).state.status).toBe("success");
    const entry = await db.auditLog.findFirstOrThrow({ where: { communityId: community.id, action: "community.profile_updated" } });
    expect(entry.after).toEqual({ name: "Garden club", purpose: "We grow vegetables.", visibility: "UNLISTED" });
    expect(entry.before).toMatchObject({ visibility: "LISTED" });
    await runMutation(updateProfileMutation, profile, community.owner);
    expect(await db.auditLog.count({ where: { communityId: community.id, action: "community.profile_updated" } })).toBe(1);
  });
});

describe("culture", () => {
  it("keeps every save as a version, and restoring copies an old one forward", async () => {
    const community = await createTestCommunity();
    const admin = await addMember(community, { role: "ADMIN" });
    await runMutation(saveCultureMutation, { slug: community.slug, vision: "Ten districts", mission: "We were beginners", values: "Show up\nBe kind" }, community.owner);
    await runMutation(saveCultureMutation, { slug: community.slug, vision: "Twenty districts", mission: "We were beginners", values: "Show up" }, admin);
    const first = await db.cultureVersion.findFirstOrThrow({ where: { communityId: community.id, version: 1 } });
    expect(first).toMatchObject({ vision: "Ten districts", values: ["Show up", "Be kind"], authorId: community.owner.id });
    const restored = await runMutation(restoreCultureMutation, { versionId: first.id }, community.owner);
    expect(restored.state).toMatchObject({ status: "success", data: { version: 3 } });
    const latest = await db.cultureVersion.findFirstOrThrow({ where: { communityId: community.id }, orderBy: { version: "desc" } });
    expect(latest).toMatchObject({ version: 3, vision: "Ten districts", values: ["Show up", "Be kind"] });
    const actions = await db.auditLog.findMany({ where: { communityId: community.id, targetType: "culture_version" }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["culture.saved", "culture.saved", "culture.restored"]);
  });

  it("refuses 21 values and a 1 MB value list", async () => {
    const community = await createTestCommunity();
    await expectRefusedUnchanged(
      () => runMutation(saveCultureMutation, { slug: community.slug, vision: "", mission: "", values: Array.from({ length: 21 }, (_, i) => `v${i}`).join("\n") }, community.owner),
      { fieldErrors: { values: [{ code: "too_many", values: { max: 20 } }] } },
    );
    await expectRefusedUnchanged(
      () => runMutation(saveCultureMutation, { slug: community.slug, vision: "", mission: "", values: "x\n".repeat(524_288) }, community.owner),
      { fieldErrors: { values: [{ code: "input_too_large" }] } },
    );
  });
});

describe("entry threshold", () => {
  const base = { entryMode: "APPLICATION", feeEnabled: "on", feeCurrency: "CNY", inviterPolicy: "MEMBERS", invitationQuota: "", reapplyCooldownDays: "30" };

  it("stores a fee in minor units (¥1 → 100 fen) combined with applications", async () => {
    const community = await createTestCommunity();
    expect((await runMutation(updateThresholdMutation, { slug: community.slug, ...base, feeAmount: "1" }, community.owner)).state.status).toBe("success");
    expect(await db.community.findUniqueOrThrow({ where: { id: community.id } })).toMatchObject({ entryMode: "APPLICATION", feeAmountMinor: 100, feeCurrency: "CNY" });
  });

  it.each([
    ["a fee of 10^12", "1000000000000", "fee_format"],
    ["a fee too large for the database", "999999999999", "fee_too_large"],
    ["a negative fee", "-1", "fee_format"],
    ["three decimals", "1.005", "fee_format"],
  ])("refuses %s at the fee field and writes nothing", async (_label, feeAmount, code) => {
    const community = await createTestCommunity();
    await expectRefusedUnchanged(() => runMutation(updateThresholdMutation, { slug: community.slug, ...base, feeAmount }, community.owner), {
      fieldErrors: { feeAmount: [{ code }] },
    });
  });
});

describe("member cap", () => {
  it.each([
    ["a negative cap", "-5", "too_small"],
    ["a cap that is not a number", "lots", "invalid_value"],
    ["a cap above a million", "1000001", "too_large"],
  ])("refuses %s and writes nothing", async (_label, memberCap, code) => {
    const community = await createTestCommunity();
    await expectRefusedUnchanged(() => runMutation(updateCapacityMutation, { slug: community.slug, memberCap, waitlistEnabled: "on", waitlistOfferHours: "48" }, community.owner), {
      fieldErrors: { memberCap: [{ code }] },
    });
  });

  it("lowering below the member count removes nobody; raising it lets the waitlist in", async () => {
    const community = await createTestCommunity({ settings: { memberCap: 3 } });
    await addMember(community);
    await addMember(community);
    await runMutation(updateCapacityMutation, { slug: community.slug, memberCap: "2", waitlistEnabled: "on", waitlistOfferHours: "48" }, community.owner);
    expect(await db.membership.count({ where: { communityId: community.id, status: "ACTIVE" } })).toBe(3);
    const waiting = await createUser();
    await db.waitlistEntry.create({ data: { communityId: community.id, userId: waiting.id } });
    await runMutation(updateCapacityMutation, { slug: community.slug, memberCap: "", waitlistEnabled: "on", waitlistOfferHours: "48" }, community.owner);
    expect(await membershipOf(community, waiting)).toMatchObject({ status: "ACTIVE" });
    const audit = await db.auditLog.findMany({ where: { communityId: community.id, action: "community.capacity_updated" }, orderBy: { id: "asc" }, select: { before: true, after: true } });
    expect(audit).toEqual([
      { before: { memberCap: 3 }, after: { memberCap: 2 } },
      { before: { memberCap: 2 }, after: { memberCap: null } },
    ]);
  });
});

describe("entry questions", () => {
  it("saves the ordered list and archives removed questions so old answers keep them", async () => {
    const community = await createTestCommunity({ settings: { entryMode: "APPLICATION" } });
    const questions = [
      { prompt: "Why?", kind: "LONG_TEXT", options: [], required: true },
      { prompt: "Pace?", kind: "SINGLE_CHOICE", options: ["Easy", "Fast"], required: false },
    ];
    await runMutation(saveQuestionsMutation, { slug: community.slug, questions: JSON.stringify(questions) }, community.owner);
    const saved = await db.entryQuestion.findMany({ where: { communityId: community.id }, orderBy: { position: "asc" } });
    expect(saved.map((question) => question.prompt)).toEqual(["Why?", "Pace?"]);
    const { id: applicationId } = await createApplication(community);
    await db.applicationAnswer.create({ data: { applicationId, questionId: saved[0]!.id, prompt: "Why?", answer: "Because" } });

    // Reorder, drop "Why?".
    await runMutation(saveQuestionsMutation, { slug: community.slug, questions: JSON.stringify([{ id: saved[1]!.id, ...questions[1] }]) }, community.owner);
    const after = await db.entryQuestion.findMany({ where: { communityId: community.id }, orderBy: { prompt: "asc" } });
    expect(after.map(({ prompt, position, archivedAt }) => ({ prompt, position, archived: archivedAt !== null }))).toEqual([
      { prompt: "Pace?", position: 0, archived: false },
      { prompt: "Why?", position: 0, archived: true },
    ]);
    expect(await db.applicationAnswer.count({ where: { applicationId, questionId: saved[0]!.id } })).toBe(1);
  });

  it.each([
    ["a choice question with one option", JSON.stringify([{ prompt: "Pick", kind: "SINGLE_CHOICE", options: ["Only"] }]), "questions.0.options", "choices_needed"],
    ["malformed JSON", "{not json", "questions", "invalid_value"],
    ["a 1 MB payload", JSON.stringify([{ prompt: "x".repeat(1_048_576), kind: "SHORT_TEXT" }]), "questions", "input_too_large"],
    ["an unknown kind", JSON.stringify([{ prompt: "x", kind: "ESSAY" }]), "questions.0.kind", "invalid_choice"],
  ])("refuses %s and writes nothing", async (_label, questions, field, code) => {
    const community = await createTestCommunity();
    await expectRefusedUnchanged(() => runMutation(saveQuestionsMutation, { slug: community.slug, questions }, community.owner), {
      fieldErrors: { [field]: [{ code }] },
    });
  });

  it("refuses a question id that belongs to another community", async () => {
    const community = await createTestCommunity();
    const other = await createTestCommunity();
    const foreign = await db.entryQuestion.create({ data: { communityId: other.id, position: 0, prompt: "Theirs" } });
    await expectRefusedUnchanged(
      () => runMutation(saveQuestionsMutation, { slug: community.slug, questions: JSON.stringify([{ id: foreign.id, prompt: "Mine now", kind: "SHORT_TEXT" }]) }, community.owner),
      { formError: { code: "not_found" } },
    );
  });
});

describe("roles", () => {
  it("the owner appoints and removes admins, never changes their own role that way", async () => {
    const community = await createTestCommunity();
    const member = await addMember(community);
    const membership = await membershipOf(community, member);
    await runMutation(setAdminMutation, { membershipId: membership.id, isAdmin: "true" }, community.owner);
    expect(await membershipOf(community, member)).toMatchObject({ role: "ADMIN" });
    await runMutation(setAdminMutation, { membershipId: membership.id, isAdmin: "false" }, community.owner);
    expect(await membershipOf(community, member)).toMatchObject({ role: "MEMBER" });
    const ownerMembership = await membershipOf(community, community.owner);
    await expectRefusedUnchanged(() => runMutation(setAdminMutation, { membershipId: ownerMembership.id, isAdmin: "false" }, community.owner), {
      formError: { code: "forbidden" },
    });
  });

  it("transfers ownership only with the address typed as confirmation, and the old owner becomes an admin", async () => {
    const community = await createTestCommunity();
    const heir = await addMember(community);
    const heirMembership = await membershipOf(community, heir);
    await expectRefusedUnchanged(
      () => runMutation(transferOwnershipMutation, { slug: community.slug, newOwnerMembershipId: heirMembership.id, confirmation: "oops" }, community.owner),
      { fieldErrors: { confirmation: [{ code: "confirmation_mismatch" }] } },
    );
    const { state } = await runMutation(transferOwnershipMutation, { slug: community.slug, newOwnerMembershipId: heirMembership.id, confirmation: community.slug }, community.owner);
    expect(state.status).toBe("success");
    expect(await membershipOf(community, heir)).toMatchObject({ role: "OWNER" });
    expect(await membershipOf(community, community.owner)).toMatchObject({ role: "ADMIN" });
    // The former owner, now an admin, cannot take it back.
    const formerOwnerMembership = await membershipOf(community, community.owner);
    await expectRefusedUnchanged(
      () => runMutation(transferOwnershipMutation, { slug: community.slug, newOwnerMembershipId: formerOwnerMembership.id, confirmation: community.slug }, community.owner),
      { formError: { code: "forbidden" } },
    );
  });
});
