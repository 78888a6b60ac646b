import { describe, expect, it } from "vitest";
import { createCommunityMutation } from "../../lib/communities/mutations";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { uniqueToken } from "../factories/unique";
import { createUser } from "../factories/users";
import { databaseFingerprint } from "../support/fingerprint";
import { formData, runMutation } from "../support/run-mutation";

const db = sharedPrismaClient();

describe("creating a community", () => {
  it("makes the creator its owner and first member, with an audit entry, in one go", async () => {
    const owner = await createUser();
    const slug = `garden-${uniqueToken()}`;
    const { state, revalidated } = await runMutation(
      createCommunityMutation,
      formData({ name: "Garden club", slug, purpose: "We grow vegetables together.", language: "en" }),
      owner,
    );
    expect(state).toMatchObject({ status: "success", data: { slug } });
    const community = await db.community.findUniqueOrThrow({
      where: { slug },
      include: { memberships: true, auditEntries: true, activityEvents: true },
    });
    expect(community.memberCount).toBe(1);
    expect(community.memberships).toMatchObject([{ userId: owner.id, role: "OWNER", status: "ACTIVE", entryPath: "FOUNDER" }]);
    expect(community.auditEntries).toMatchObject([{ action: "community.created", actorId: owner.id }]);
    expect(community.activityEvents).toMatchObject([{ kind: "JOINED", userId: owner.id }]);
    expect(revalidated).toContain(`/c/${slug}`);
  });

  it("derives the slug from a Chinese name and numbers a taken one", async () => {
    const owner = await createUser();
    const name = `读书会 ${uniqueToken()}`;
    const first = await runMutation(createCommunityMutation, { name, purpose: "一起读书。", language: "zh-CN" }, owner);
    const second = await runMutation(createCommunityMutation, { name, purpose: "一起读书。", language: "zh-CN" }, owner);
    expect(first.state).toMatchObject({ status: "success", data: { slug: expect.stringMatching(/^du-shu-hui-/) } });
    const firstSlug = first.state.status === "success" ? first.state.data.slug : "";
    expect(second.state).toMatchObject({ status: "success", data: { slug: `${firstSlug}-2` } });
  });

  it("refuses a slug that is taken, at the slug field, writing nothing", async () => {
    const owner = await createUser();
    const slug = `taken-${uniqueToken()}`;
    await runMutation(createCommunityMutation, { name: "First", slug, purpose: "First in." }, owner);
    const before = await databaseFingerprint();
    const { state } = await runMutation(createCommunityMutation, { name: "Second", slug, purpose: "Too late." }, owner);
    expect(state).toMatchObject({ status: "error", fieldErrors: { slug: [{ code: "slug_taken" }] }, fields: { name: "Second", slug } });
    expect(await databaseFingerprint()).toBe(before);
  });

  it.each([
    ["an empty name", { name: "   ", purpose: "Fine." }, "name", "required"],
    ["a 10,000-character purpose", { name: "Long", purpose: "长".repeat(10_000) }, "purpose", "too_long"],
    ["a malformed slug", { name: "Bad slug", slug: "-Nope-", purpose: "Fine." }, "slug", "slug_format"],
    ["an unknown language", { name: "Lang", purpose: "Fine.", language: "fr" }, "language", "invalid_choice"],
  ])("refuses %s with a field error and writes nothing", async (_label, input, field, code) => {
    const owner = await createUser();
    const before = await databaseFingerprint();
    const { state } = await runMutation(createCommunityMutation, input, owner);
    expect(state).toMatchObject({ status: "error", fieldErrors: { [field]: [{ code }] } });
    expect(await databaseFingerprint()).toBe(before);
  });

  it("asks an anonymous visitor to sign in and writes nothing", async () => {
    const before = await databaseFingerprint();
    const { state } = await runMutation(createCommunityMutation, { name: "Anon", purpose: "No." }, null);
    expect(state).toMatchObject({ status: "error", formError: { code: "unauthenticated" } });
    expect(await databaseFingerprint()).toBe(before);
  });
});
