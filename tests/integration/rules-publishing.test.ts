import { describe, expect, it } from "vitest";
import { acceptRulesMutation, publishRulesMutation } from "../../lib/rules/rules-mutations";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { addMember, createTestCommunity } from "../factories/communities";
import { membershipOf } from "../factories/membership";
import { databaseFingerprint } from "../support/fingerprint";
import { runMutation } from "../support/run-mutation";

const db = sharedPrismaClient();

const valid = [
  { title: "No ads", severity: "BLOCK", check: { kind: "BANNED_WORDS", params: { words: ["buy now", "(x+)+$"] } } },
  { title: "Two links at most", severity: "WARN", check: { kind: "MAX_LINKS", params: { max: 2 } } },
];

async function refusedUnchanged(slug: string, owner: { id: string; email: string; name: string; locale: "en" | "zh-CN" }, rules: string, expected: object) {
  const before = await databaseFingerprint();
  const { state } = await runMutation(publishRulesMutation, { slug, rules }, owner);
  expect(state).toMatchObject({ status: "error", ...expected });
  expect(await databaseFingerprint()).toBe(before);
}

describe("publishing group rules", () => {
  it("creates consecutive versions with the checks stored as validated JSON, audited", async () => {
    const community = await createTestCommunity();
    expect((await runMutation(publishRulesMutation, { slug: community.slug, rules: JSON.stringify(valid) }, community.owner)).state).toMatchObject({ data: { version: 1 } });
    expect((await runMutation(publishRulesMutation, { slug: community.slug, rules: JSON.stringify(valid.slice(0, 1)) }, community.owner)).state).toMatchObject({ data: { version: 2 } });
    const first = await db.ruleSetVersion.findFirstOrThrow({ where: { communityId: community.id, version: 1 }, include: { rules: { orderBy: { position: "asc" } } } });
    expect(first.rules.map(({ title, severity, checkKind, checkParams }) => ({ title, severity, checkKind, checkParams }))).toEqual([
      // The regex-looking text is stored (and later matched) as literal text.
      { title: "No ads", severity: "BLOCK", checkKind: "BANNED_WORDS", checkParams: { words: ["buy now", "(x+)+$"], match: "whole_word" } },
      { title: "Two links at most", severity: "WARN", checkKind: "MAX_LINKS", checkParams: { max: 2 } },
    ]);
    expect(await db.auditLog.count({ where: { communityId: community.id, action: "rules.published" } })).toBe(2);
  });

  it.each([
    ["an unknown check kind", [{ title: "x", check: { kind: "REGEX", params: { pattern: ".*" } } }], "rules.0.check.kind", "rule_check_kind_unknown"],
    ["a banned-word list with 100,000 entries", [{ title: "x", check: { kind: "BANNED_WORDS", params: { words: Array.from({ length: 100_000 }, (_, i) => `w${i}`) } } }], "rules.0.check.params.words", "too_many"],
    ["a minimum above the maximum", [{ title: "x", check: { kind: "LENGTH", params: { min: 10, max: 5 } } }], "rules.0.check.params.max", "rule_min_exceeds_max"],
    ["an empty title", [{ title: " ", check: null }], "rules.0.title", "required"],
  ])("refuses %s at the rule's field and writes nothing", async (_label, rules, field, code) => {
    const community = await createTestCommunity();
    await refusedUnchanged(community.slug, community.owner, JSON.stringify(rules), { fieldErrors: { [field]: [{ code }] } });
  });

  it("refuses 51 rules and a payload over 1 MB", async () => {
    const community = await createTestCommunity();
    await refusedUnchanged(community.slug, community.owner, JSON.stringify(Array.from({ length: 51 }, (_, i) => ({ title: `Rule ${i}` }))), {
      fieldErrors: { rules: [{ code: "too_many", values: { max: 50 } }] },
    });
    await refusedUnchanged(community.slug, community.owner, JSON.stringify([{ title: "x", explanation: "y".repeat(1_000_001) }]), {
      fieldErrors: { rules: [{ code: "input_too_large" }] },
    });
  });
});

describe("accepting changed rules", () => {
  it("records the member's acceptance of the current version only", async () => {
    const community = await createTestCommunity();
    const member = await addMember(community);
    await runMutation(publishRulesMutation, { slug: community.slug, rules: JSON.stringify(valid) }, community.owner);
    await runMutation(publishRulesMutation, { slug: community.slug, rules: JSON.stringify(valid) }, community.owner);
    const stale = await runMutation(acceptRulesMutation, { slug: community.slug, rulesVersion: "1" }, member);
    expect(stale.state).toMatchObject({ fieldErrors: { rulesVersion: [{ code: "rules_changed" }] } });
    expect((await runMutation(acceptRulesMutation, { slug: community.slug, rulesVersion: "2" }, member)).state.status).toBe("success");
    const current = await db.ruleSetVersion.findFirstOrThrow({ where: { communityId: community.id, version: 2 } });
    expect(await membershipOf(community, member)).toMatchObject({ acceptedRuleSetVersionId: current.id });
  });
});
