import { randomUUID } from "node:crypto";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { addMember } from "../factories/communities";
import type { World } from "../support/world";
import { adminsAndOwner, type MatrixRow, ownerOnly } from "./types";

const db = () => sharedPrismaClient();

async function membershipIdOf(world: World, userId: string): Promise<string> {
  const membership = await db().membership.findUniqueOrThrow({
    where: { communityId_userId: { communityId: world.community.id, userId } },
    select: { id: true },
  });
  return membership.id;
}

export const settingsRows: Record<string, MatrixRow> = {
  "settings.profile": {
    allowed: adminsAndOwner,
    input: (world, _role, cell) => ({
      slug: world.community.slug,
      name: `Renamed ${cell}`,
      purpose: "We do things together.",
      description: "Longer text.",
      language: "en",
      visibility: "UNLISTED",
      inactiveAfterDays: "45",
    }),
    unknownResource: () => ({ slug: "no-such-community", name: "x", purpose: "x", language: "en", visibility: "LISTED", inactiveAfterDays: "30" }),
  },
  "settings.culture": {
    allowed: adminsAndOwner,
    input: (world, _role, cell) => ({ slug: world.community.slug, vision: `Vision ${cell}`, mission: "Because we care.", values: "Show up\nBe kind" }),
    unknownResource: () => ({ slug: "no-such-community", vision: "", mission: "", values: "" }),
  },
  "settings.culture-restore": {
    allowed: adminsAndOwner,
    input: async (world) => {
      const latest = await db().cultureVersion.findFirst({ where: { communityId: world.community.id }, orderBy: { version: "desc" }, select: { version: true } });
      const version = await db().cultureVersion.create({
        data: { communityId: world.community.id, version: (latest?.version ?? 0) + 1, vision: "Old vision", values: ["Old"], mission: "Old mission", authorId: world.users.owner.id },
        select: { id: true },
      });
      return { versionId: version.id };
    },
    unknownResource: () => ({ versionId: randomUUID() }),
  },
  "settings.threshold": {
    allowed: adminsAndOwner,
    input: (world) => ({
      slug: world.community.slug,
      entryMode: "APPLICATION",
      feeEnabled: "on",
      feeAmount: "1",
      feeCurrency: "CNY",
      inviterPolicy: "MEMBERS",
      invitationQuota: "3",
      reapplyCooldownDays: "30",
    }),
    unknownResource: () => ({ slug: "no-such-community", entryMode: "OPEN", inviterPolicy: "MEMBERS", reapplyCooldownDays: "0" }),
  },
  "settings.questions": {
    allowed: adminsAndOwner,
    input: (world, _role, cell) => ({
      slug: world.community.slug,
      questions: JSON.stringify([{ prompt: `Why us? ${cell}`, kind: "SINGLE_CHOICE", options: ["Curious", "Friends"], required: true }]),
    }),
    unknownResource: () => ({ slug: "no-such-community", questions: "[]" }),
  },
  "settings.capacity": {
    allowed: adminsAndOwner,
    input: (world, _role, cell) => ({ slug: world.community.slug, memberCap: String(50 + cell.length), waitlistEnabled: "on", waitlistOfferHours: "24" }),
    unknownResource: () => ({ slug: "no-such-community", memberCap: "", waitlistOfferHours: "48" }),
  },
  "settings.set-admin": {
    allowed: ownerOnly,
    input: async (world) => ({ membershipId: await membershipIdOf(world, (await addMember(world.community)).id), isAdmin: "true" }),
    unknownResource: () => ({ membershipId: randomUUID(), isAdmin: "true" }),
  },
  "settings.transfer-ownership": {
    allowed: ownerOnly,
    input: async (world) => ({
      slug: world.community.slug,
      newOwnerMembershipId: await membershipIdOf(world, (await addMember(world.community)).id),
      confirmation: world.community.slug,
    }),
    unknownResource: () => ({ slug: "no-such-community", newOwnerMembershipId: randomUUID(), confirmation: "no-such-community" }),
  },
};
