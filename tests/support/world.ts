import type { Viewer } from "../../lib/server/viewer";
import { addMember, createTestCommunity, type TestCommunity } from "../factories/communities";
import { createUser, type TestUser } from "../factories/users";

// The cast every authorization test plays with: one community with an owner, an
// admin and a member; a second community with its own member; and an outsider.

export const roles = ["anonymous", "nonMember", "member", "admin", "owner", "otherCommunityMember"] as const;
export type Role = (typeof roles)[number];

export type World = {
  community: TestCommunity;
  otherCommunity: TestCommunity;
  users: Record<Exclude<Role, "anonymous">, TestUser>;
  viewer(role: Role): Viewer | null;
};

export async function buildWorld(): Promise<World> {
  const community = await createTestCommunity();
  const otherCommunity = await createTestCommunity();
  const users = {
    owner: community.owner,
    admin: await addMember(community, { role: "ADMIN" }),
    member: await addMember(community),
    nonMember: await createUser(),
    otherCommunityMember: await addMember(otherCommunity),
  };
  return {
    community,
    otherCommunity,
    users,
    viewer(role) {
      if (role === "anonymous") return null;
      const { id, email, name, locale } = users[role];
      return { id, email, name, locale };
    },
  };
}
