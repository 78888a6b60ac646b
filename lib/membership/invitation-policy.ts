import type { InviterPolicy, MemberRole } from "../generated/prisma/enums";

/** Whether someone with this role (and node leadership) may invite under the community's policy. */
export function mayInvite(policy: InviterPolicy, role: MemberRole, isNodeLeader: boolean): boolean {
  switch (policy) {
    case "OWNER":
      return role === "OWNER";
    case "ADMINS":
      return role === "OWNER" || role === "ADMIN";
    case "NODE_LEADERS":
      return role === "OWNER" || role === "ADMIN" || isNodeLeader;
    case "MEMBERS":
      return true;
  }
}
