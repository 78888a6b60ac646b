import { describe, expect, it } from "vitest";
import { joinMutation, reviewApplicationMutation, bulkReviewMutation, leaveMutation } from "../../lib/membership/mutations";
import { sharedPrismaClient } from "../../lib/server/prisma";
import type { Viewer } from "../../lib/server/viewer";
import { addMember, createTestCommunity } from "../factories/communities";
import { createApplication } from "../factories/membership";
import { createUsers } from "../factories/users";
import { barrier, runConcurrently } from "../support/pool";
import { runMutation } from "../support/run-mutation";

// The member cap under a burst: thousands of people pressing "join" at once, from
// 64 concurrent clients, against the real database. Run on Postgres and on PGlite.

const db = sharedPrismaClient();
const ATTEMPTS = 3200;
const CLIENTS = 64;

function viewer(user: { id: string; email: string; name: string }): Viewer {
  return { id: user.id, email: user.email, name: user.name, locale: "en" };
}

async function seatCounts(communityId: string) {
  const community = await db.community.findUniqueOrThrow({ where: { id: communityId }, select: { memberCount: true, seatsHeld: true, memberCap: true } });
  const active = await db.membership.count({ where: { communityId, status: "ACTIVE" } });
  const offered = await db.waitlistEntry.count({ where: { communityId, status: "OFFERED" } });
  const [duplicates] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (SELECT user_id FROM memberships WHERE community_id = ${communityId}::uuid GROUP BY user_id HAVING count(*) > 1) d`;
  return { ...community, active, offered, duplicates: Number(duplicates?.n ?? 0) };
}

describe("member cap under concurrent joins", () => {
  it.each([
    { cap: 1, waitlist: true },
    { cap: 10, waitlist: true },
    { cap: 100, waitlist: false },
  ])("3,200 attempts from 64 clients, cap $cap, waitlist $waitlist → exactly the cap, everyone else told", async ({ cap, waitlist }) => {
    const community = await createTestCommunity({ settings: { memberCap: cap, waitlistEnabled: waitlist } });
    // Every tenth person presses twice: a double submission must not make two members.
    const people = await createUsers(Math.ceil(ATTEMPTS / 1.1));
    const attempts = Array.from({ length: ATTEMPTS }, (_, index) => people[index % people.length]!);

    const outcomes = await runConcurrently(attempts, CLIENTS, async (person) => {
      const { state, logged } = await runMutation(joinMutation, { slug: community.slug }, viewer(person));
      expect(logged).toEqual([]);
      if (state.status === "success") return state.data.status;
      return state.status === "error" ? (state.formError?.code ?? "field_error") : "idle";
    });

    const counts = await seatCounts(community.id);
    // The owner holds one seat from the start.
    expect(counts.active).toBe(cap);
    expect(counts.memberCount).toBe(counts.active);
    expect(counts.duplicates).toBe(0);
    const tally = outcomes.reduce<Record<string, number>>((all, outcome) => ({ ...all, [outcome]: (all[outcome] ?? 0) + 1 }), {});
    expect(tally.joined ?? 0).toBe(cap - 1);
    // Everything else is a clear answer: waitlisted, full, or "you are already a member".
    expect(Object.keys(tally).sort()).toEqual(
      (waitlist ? ["already_member", "joined", "waitlisted"] : ["already_member", "community_full", "joined"]).filter((key) => tally[key]),
    );
    if (waitlist) {
      const waiting = await db.waitlistEntry.findMany({ where: { communityId: community.id, status: "WAITING" }, select: { userId: true } });
      const joinedOrWaiting = new Set([...waiting.map((entry) => entry.userId)]);
      // No lost waitlist entries: every person who did not get a seat is waiting, once.
      expect(waiting.length).toBe(joinedOrWaiting.size);
      expect(waiting.length).toBe(people.length - (cap - 1));
    }
  });

  it("catches a naive count-then-insert join that overshoots (the test can fail)", async () => {
    const cap = 10;
    const community = await createTestCommunity({ settings: { memberCap: cap } });
    const people = await createUsers(CLIENTS);
    const everyoneHasCounted = barrier(CLIENTS);
    // What the guarded counter prevents: read the count, then insert.
    await runConcurrently(people, CLIENTS, async (person) => {
      const active = await db.membership.count({ where: { communityId: community.id, status: "ACTIVE" } });
      await everyoneHasCounted();
      if (active < cap) {
        await db.membership.create({ data: { communityId: community.id, userId: person.id, entryPath: "OPEN" } });
      }
    });
    const counts = await seatCounts(community.id);
    expect(counts.active).toBeGreaterThan(cap);
    expect(counts.memberCount).not.toBe(counts.active);
  });
});

describe("member cap under concurrent approvals", () => {
  it("300 applications approved at once (single and bulk, overlapping) fill exactly the free seats", async () => {
    const cap = 50;
    const community = await createTestCommunity({ settings: { entryMode: "APPLICATION", memberCap: cap } });
    const admin = await addMember(community, { role: "ADMIN" });
    const applications = await runConcurrently(Array.from({ length: 300 }), 16, () => createApplication(community));
    const ids = applications.map((application) => application.id);
    // Two admins at once: singles for every application, and bulk batches over the same ones.
    const singles = ids.map((applicationId) => ({ kind: "single" as const, applicationId }));
    const bulks = Array.from({ length: 30 }, (_, batch) => ({ kind: "bulk" as const, applicationIds: ids.slice(batch * 10, batch * 10 + 10) }));
    const requests = [...singles, ...bulks].sort(() => 0.5 - Math.random());

    await runConcurrently(requests, CLIENTS, async (request) => {
      const { state, logged } =
        request.kind === "single"
          ? await runMutation(reviewApplicationMutation, { applicationId: request.applicationId, decision: "approve" }, community.owner)
          : await runMutation(bulkReviewMutation, { applicationIds: request.applicationIds, decision: "approve" }, admin);
      expect(logged).toEqual([]);
      expect(state).toMatchObject({ status: "success" });
    });

    const counts = await seatCounts(community.id);
    expect(counts.active).toBe(cap);
    expect(counts.memberCount).toBe(cap);
    const approved = await db.application.count({ where: { communityId: community.id, status: "APPROVED" } });
    const waiting = await db.waitlistEntry.count({ where: { communityId: community.id, status: "WAITING" } });
    const members = await db.membership.count({ where: { communityId: community.id, entryPath: "APPLICATION", status: "ACTIVE" } });
    // Each application decided once: a seat or a waitlist place, never both, never neither.
    expect(approved).toBe(300);
    expect(members + waiting).toBe(300);
    expect(counts.duplicates).toBe(0);
  });

  it("approvals racing with leaves never overfill, and freed seats go to the waitlist as offers", async () => {
    const cap = 30;
    const community = await createTestCommunity({ settings: { entryMode: "APPLICATION", memberCap: cap } });
    const members = await runConcurrently(Array.from({ length: cap - 1 }), 8, () => addMember(community));
    const applications = await runConcurrently(Array.from({ length: 100 }), 16, () => createApplication(community));
    const leavers = members.slice(0, 20);
    const requests = [
      ...applications.map((application) => ({ kind: "approve" as const, id: application.id })),
      ...leavers.map((member) => ({ kind: "leave" as const, member })),
    ].sort(() => 0.5 - Math.random());

    await runConcurrently(requests, CLIENTS, async (request) => {
      const { state, logged } =
        request.kind === "approve"
          ? await runMutation(reviewApplicationMutation, { applicationId: request.id, decision: "approve" }, community.owner)
          : await runMutation(leaveMutation, { slug: community.slug }, request.member);
      expect(logged).toEqual([]);
      expect(state).toMatchObject({ status: "success" });
    });

    const counts = await seatCounts(community.id);
    expect(counts.memberCount).toBe(counts.active);
    expect(counts.seatsHeld).toBe(counts.offered);
    expect(counts.active + counts.seatsHeld).toBeLessThanOrEqual(cap);
    // Every seat is either taken or held for an offer: nothing leaks.
    expect(counts.active + counts.seatsHeld).toBe(cap);
    const approvedMembers = await db.membership.count({ where: { communityId: community.id, entryPath: "APPLICATION", status: "ACTIVE" } });
    const queued = await db.waitlistEntry.count({ where: { communityId: community.id, status: { in: ["WAITING", "OFFERED"] } } });
    expect(approvedMembers + queued).toBe(100);
  });
});
