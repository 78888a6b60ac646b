import type { ActivityKind, EntryPath } from "../../lib/generated/prisma/enums";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { createTestCommunity, type TestCommunity } from "../factories/communities";
import { uniqueToken } from "./unique";

// Small, fully described communities for the analytics tests: members with the
// attributes the dashboards split by, and their events, written in bulk (so the
// rollup triggers see multi-row statements, as they do in the seed and data:synth).

export type MemberSpec = {
  key: string;
  joinedAt: Date;
  isPaid?: boolean;
  entryPath?: EntryPath;
  node?: number | null;
  invitedBy?: string;
  wave?: number;
  left?: { at: Date; status: "LEFT" | "REMOVED" | "BANNED"; reason?: string | null };
};
export type EventSpec = { member: string | null; kind: ActivityKind; at: Date };
export type AnalyticsWorld = {
  community: TestCommunity;
  nodes: string[];
  users: Record<string, string>;
};

const db = sharedPrismaClient();

export async function buildAnalyticsWorld(spec: {
  members: MemberSpec[];
  events: EventSpec[];
  nodes?: number;
  inactiveAfterDays?: number;
  extraUsers?: string[];
}): Promise<AnalyticsWorld> {
  const community = await createTestCommunity({ settings: spec.inactiveAfterDays ? { inactiveAfterDays: spec.inactiveAfterDays } : undefined });
  const nodes: string[] = [];
  for (let index = 0; index < (spec.nodes ?? 0); index += 1) {
    const node = await db.node.create({ data: { communityId: community.id, slug: `node-${index}`, name: `Node ${index}` } });
    nodes.push(node.id);
  }
  const keys = [...spec.members.map((member) => member.key), ...(spec.extraUsers ?? [])];
  const token = uniqueToken();
  const users = await db.user.createManyAndReturn({
    data: keys.map((key, index) => ({ email: `a-${token}-${index}@example.test`, name: `Person ${key}`, passwordHash: "not-a-real-hash" })),
    select: { id: true, email: true },
  });
  const ids: Record<string, string> = {};
  keys.forEach((key, index) => {
    const user = users.find((row) => row.email === `a-${token}-${index}@example.test`);
    if (user) ids[key] = user.id;
  });
  const id = (key: string) => {
    const value = ids[key];
    if (!value) throw new Error(`unknown member ${key}`);
    return value;
  };
  if (spec.members.length > 0) {
    await db.membership.createMany({
      data: spec.members.map((member) => ({
        communityId: community.id,
        userId: id(member.key),
        entryPath: member.entryPath ?? "OPEN",
        isPaid: member.isPaid ?? false,
        nodeId: member.node === undefined || member.node === null ? null : (nodes[member.node] ?? null),
        invitedById: member.invitedBy ? id(member.invitedBy) : null,
        referralWave: member.wave ?? 0,
        firstJoinedAt: member.joinedAt,
        joinedAt: member.joinedAt,
        status: member.left?.status ?? "ACTIVE",
        leftAt: member.left?.at ?? null,
        leftReason: member.left?.reason ?? null,
      })),
    });
  }
  if (spec.events.length > 0) {
    await db.activityEvent.createMany({
      data: spec.events.map((event) => ({ communityId: community.id, userId: event.member ? id(event.member) : null, kind: event.kind, occurredAt: event.at })),
    });
  }
  return { community, nodes, users: ids };
}

/** A UTC moment on an ISO date, at the given hour. */
export function at(date: string, hour = 12): Date {
  return new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);
}
