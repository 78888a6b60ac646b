import { describe, expect, it } from "vitest";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { seedDemo } from "../../prisma/seed/seed-demo";
import { databaseFingerprint } from "../support/fingerprint";

const db = sharedPrismaClient();

describe("the demo seed", () => {
  it("creates the demo once, consistently, and changes nothing when run again", async () => {
    const first = await seedDemo(db, new Date("2026-11-24T12:00:00Z"));
    expect(first).toMatchObject({ created: true, communities: 3 });
    const communities = await db.community.findMany({ select: { slug: true, entryMode: true, language: true, memberCount: true, id: true } });
    expect(communities.map((community) => community.entryMode).sort()).toEqual(["APPLICATION", "INVITATION", "OPEN"]);
    expect(communities.some((community) => community.language === "zh-CN")).toBe(true);
    for (const community of communities) {
      // The guarded counter matches the rows it guards.
      expect(await db.membership.count({ where: { communityId: community.id, status: "ACTIVE" } })).toBe(community.memberCount);
    }
    expect(await db.application.count({ where: { status: "PENDING" } })).toBeGreaterThan(0);
    expect(await db.invitation.count()).toBeGreaterThan(0);
    expect(await db.cultureVersion.count()).toBeGreaterThan(3);
    const span = await db.activityEvent.aggregate({ _min: { occurredAt: true }, _max: { occurredAt: true } });
    const weeks = ((span._max.occurredAt?.getTime() ?? 0) - (span._min.occurredAt?.getTime() ?? 0)) / (7 * 86_400_000);
    expect(weeks).toBeGreaterThan(11);

    const before = await databaseFingerprint();
    expect(await seedDemo(db)).toMatchObject({ created: false });
    expect(await databaseFingerprint()).toBe(before);
  });
});
