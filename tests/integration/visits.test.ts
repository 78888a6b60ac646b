import { describe, expect, it } from "vitest";
import { recordVisit } from "../../lib/activity/record-visit";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { addMember, createTestCommunity } from "../factories/communities";
import { createUser } from "../factories/users";

const db = sharedPrismaClient();

describe("recording visits", () => {
  it("counts a member's visit at most once an hour, and anyone else's view at most once a day", async () => {
    const community = await createTestCommunity();
    const member = await addMember(community);
    const outsider = await createUser();
    const t0 = new Date("2026-03-02T10:00:00Z");
    const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

    expect(await recordVisit({ communityId: community.id, viewerId: member.id, now: t0 })).toBe("visited");
    expect(await recordVisit({ communityId: community.id, viewerId: member.id, now: later(30) })).toBe("already_counted");
    expect(await recordVisit({ communityId: community.id, viewerId: member.id, now: later(61) })).toBe("visited");
    expect(await recordVisit({ communityId: community.id, viewerId: outsider.id, now: t0 })).toBe("viewed");
    expect(await recordVisit({ communityId: community.id, viewerId: outsider.id, now: later(600) })).toBe("already_counted");
    expect(await recordVisit({ communityId: community.id, viewerId: null, now: t0 })).toBe("viewed");

    const kinds = await db.activityEvent.groupBy({ by: ["kind"], where: { communityId: community.id, kind: { in: ["VISITED", "VIEWED"] } }, _count: true });
    expect(Object.fromEntries(kinds.map((row) => [row.kind, row._count]))).toEqual({ VISITED: 2, VIEWED: 2 });
  });
});
