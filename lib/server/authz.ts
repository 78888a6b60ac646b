import type { MemberRole } from "../generated/prisma/enums";
import { AppError } from "./errors";

export type { MemberRole };

// Authorization is data: one table maps each permission to who holds it. The same
// table hides a button (canOnCommunity in pages) and refuses the request (the
// action helper). Community roles are read from the database on every request.

export const roleRank: Record<MemberRole, number> = { MEMBER: 1, ADMIN: 2, OWNER: 3 };

type Holder = { audience: "anyone" } | { audience: "signed-in" } | { audience: "community"; minRole: MemberRole };

export const permissions = {
  "community.create": { audience: "signed-in" },
  "community.view": { audience: "anyone" },
  // Asking to get in (join, apply, follow an invitation, answer an offer): any signed-in person.
  "community.join": { audience: "signed-in" },
  "community.settings.edit": { audience: "community", minRole: "ADMIN" },
  "community.audit.view": { audience: "community", minRole: "ADMIN" },
  "community.admins.manage": { audience: "community", minRole: "OWNER" },
  "community.ownership.transfer": { audience: "community", minRole: "OWNER" },
  "community.applications.review": { audience: "community", minRole: "ADMIN" },
  "community.members.manage": { audience: "community", minRole: "ADMIN" },
  "community.payments.confirm": { audience: "community", minRole: "ADMIN" },
  "community.insights.view": { audience: "community", minRole: "ADMIN" },
  "community.invitations.create": { audience: "community", minRole: "MEMBER" },
  "community.leave": { audience: "community", minRole: "MEMBER" },
  "community.post": { audience: "community", minRole: "MEMBER" },
  "account.sign-up": { audience: "anyone" },
  "account.sign-in": { audience: "anyone" },
  "account.set-locale": { audience: "anyone" },
  "account.update": { audience: "signed-in" },
} as const satisfies Record<string, Holder>;

export type Permission = keyof typeof permissions;

/** Who is asking: the signed-in user (or nobody) and their active role in the community at hand. */
export type Actor = {
  userId: string | null;
  communityRole: MemberRole | null;
};

export function can(actor: Actor, permission: Permission): boolean {
  const holder: Holder = permissions[permission];
  switch (holder.audience) {
    case "anyone":
      return true;
    case "signed-in":
      return actor.userId !== null;
    case "community":
      return actor.userId !== null && actor.communityRole !== null && roleRank[actor.communityRole] >= roleRank[holder.minRole];
  }
}

/** Throws the error the user should see: sign in first, or not allowed. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (can(actor, permission)) return;
  throw new AppError(actor.userId === null ? "unauthenticated" : "forbidden");
}

/** Nobody acts on a role above their own (admins cannot touch the owner). */
export function outranksOrEquals(actorRole: MemberRole, targetRole: MemberRole): boolean {
  return roleRank[actorRole] >= roleRank[targetRole];
}
