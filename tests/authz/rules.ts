import { sharedPrismaClient } from "../../lib/server/prisma";
import { adminsAndOwner, type MatrixRow, members } from "./types";

const rules = JSON.stringify([
  { title: "No ads", severity: "BLOCK", check: { kind: "BANNED_WORDS", params: { words: ["buy now", "代购"] } } },
  { title: "Be kind", explanation: "Encourage everyone.", severity: "WARN", check: null },
]);

export const rulesRows: Record<string, MatrixRow> = {
  "rules.publish": {
    allowed: adminsAndOwner,
    input: (world) => ({ slug: world.community.slug, rules }),
    unknownResource: () => ({ slug: "no-such-community", rules: "[]" }),
  },
  "rules.accept": {
    allowed: members,
    setup: async (world) => {
      await sharedPrismaClient().ruleSetVersion.create({
        data: { communityId: world.community.id, version: 1, publishedById: world.users.owner.id, rules: { create: [{ position: 0, title: "Be kind" }] } },
      });
    },
    input: (world) => ({ slug: world.community.slug, rulesVersion: "1" }),
    unknownResource: () => ({ slug: "no-such-community", rulesVersion: "1" }),
  },
};
