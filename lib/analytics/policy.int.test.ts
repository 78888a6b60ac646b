import { beforeAll, describe, expect, it } from "vitest";
import { addMember, createTestCommunity } from "../../tests/factories/communities";
import { createUser, type TestUser } from "../../tests/factories/users";
import { buildWorld, type World } from "../../tests/support/world";
import { sharedPrismaClient } from "../server/prisma";
import { cohortRetention } from "./cohort-retention";
import { effectiveNode, resolveInsightsAccess } from "./policy";
import { defaultFilters } from "./schemas";

// Only owners and admins see a community's insights; an active node leader sees only
// their node; everyone else — including admins of another community — sees nothing
// (the page and the CSV route answer 404).

const db = sharedPrismaClient();
let world: World;
let leader: TestUser;
let formerLeader: TestUser;
let otherAdmin: TestUser;
let nodeId: string;
let otherNodeId: string;
let foreignNodeId: string;

const term = { termStartsAt: new Date("2025-01-01"), termEndsAt: new Date("2030-01-01") };

beforeAll(async () => {
  world = await buildWorld();
  const nodes = await Promise.all(
    ["north", "south"].map((slug) => db.node.create({ data: { communityId: world.community.id, slug, name: `Node ${slug}` } })),
  );
  nodeId = nodes[0]!.id;
  otherNodeId = nodes[1]!.id;
  foreignNodeId = (await db.node.create({ data: { communityId: world.otherCommunity.id, slug: "north", name: "Elsewhere" } })).id;
  leader = await addMember(world.community, { joinedAt: new Date("2025-03-03T00:00:00Z") });
  formerLeader = await addMember(world.community);
  otherAdmin = await addMember(world.otherCommunity, { role: "ADMIN" });
  const membership = (user: TestUser) => db.membership.findFirstOrThrow({ where: { communityId: world.community.id, userId: user.id } });
  await db.membership.update({ where: { id: (await membership(leader)).id }, data: { nodeId } });
  await db.nodeLeadership.create({ data: { nodeId, membershipId: (await membership(leader)).id, status: "ACTIVE", ...term } });
  await db.nodeLeadership.create({ data: { nodeId: otherNodeId, membershipId: (await membership(formerLeader)).id, status: "RECALLED", ...term } });
  // A node member who is not the leader, and a member of no node.
  const nodeMember = await addMember(world.community, { joinedAt: new Date("2025-03-04T00:00:00Z") });
  await db.membership.update({ where: { id: (await membership(nodeMember)).id }, data: { nodeId } });
  await addMember(world.community, { joinedAt: new Date("2025-03-05T00:00:00Z") });
});

const access = (userId: string | null, slug = world.community.slug) => resolveInsightsAccess(db, { slug, userId });

describe("who sees insights", () => {
  it("gives owners and admins the whole community", async () => {
    for (const user of [world.users.owner, world.users.admin]) {
      const result = await access(user.id);
      expect(result).toMatchObject({ scope: "community", community: { id: world.community.id } });
      expect(result?.nodes.map((node) => node.id).sort()).toEqual([nodeId, otherNodeId].sort());
    }
  });

  it("gives an active node leader only their node", async () => {
    const result = await access(leader.id);
    expect(result).toMatchObject({ scope: "node", nodes: [{ id: nodeId }] });
  });

  it("shows nothing to members, outsiders, anonymous visitors, recalled leaders and admins of another community", async () => {
    for (const userId of [world.users.member.id, world.users.nonMember.id, null, formerLeader.id, otherAdmin.id, world.users.otherCommunityMember.id]) {
      expect(await access(userId)).toBeNull();
    }
  });

  it("shows nothing once the admin has left", async () => {
    const admin = await addMember(world.community, { role: "ADMIN", user: await createUser() });
    expect(await access(admin.id)).not.toBeNull();
    await db.membership.updateMany({ where: { communityId: world.community.id, userId: admin.id }, data: { status: "LEFT", leftAt: new Date(), role: "MEMBER" } });
    expect(await access(admin.id)).toBeNull();
  });

  it("knows nothing of an unknown community", async () => {
    expect(await access(world.users.owner.id, "no-such-community")).toBeNull();
    const other = await createTestCommunity();
    expect(await access(world.users.admin.id, other.slug)).toBeNull();
  });
});

describe("node scope", () => {
  it("limits a leader to their node and refuses other nodes, including another community's", async () => {
    const leaderAccess = (await access(leader.id))!;
    const filters = defaultFilters("2025-04-30");
    expect(effectiveNode(leaderAccess, filters)).toEqual({ ok: true, nodeId });
    expect(effectiveNode(leaderAccess, { ...filters, node: otherNodeId })).toEqual({ ok: false });
    expect(effectiveNode(leaderAccess, { ...filters, node: foreignNodeId })).toEqual({ ok: false });
    const adminAccess = (await access(world.users.admin.id))!;
    expect(effectiveNode(adminAccess, filters)).toEqual({ ok: true, nodeId: null });
    expect(effectiveNode(adminAccess, { ...filters, node: otherNodeId })).toEqual({ ok: true, nodeId: otherNodeId });
    expect(effectiveNode(adminAccess, { ...filters, node: foreignNodeId })).toEqual({ ok: false });
  });

  it("counts only the node's members in a node-scoped query", async () => {
    const filters = { ...defaultFilters("2025-04-30"), from: "2025-03-01" };
    const scoped = await cohortRetention(db, { communityId: world.community.id, nodeId, filters, today: "2025-04-30" });
    const whole = await cohortRetention(db, { communityId: world.community.id, nodeId: null, filters, today: "2025-04-30" });
    expect(scoped.rows.map((row) => row.size)).toEqual([2]);
    expect(whole.rows.map((row) => row.size)).toEqual([3]);
  });
});
