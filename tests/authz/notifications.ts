import { sharedPrismaClient } from "../../lib/server/prisma";
import { type MatrixRow, signedIn } from "./types";

export const notificationRows: Record<string, MatrixRow> = {
  "notifications.mark-read": {
    allowed: signedIn,
    // Each caller marks their own (one is waiting for every signed-in person).
    input: async (world, role) => {
      if (role !== "anonymous") {
        await sharedPrismaClient().notification.create({
          data: { userId: world.users[role].id, kind: "joined", payload: { communityName: "x", communitySlug: "x" } },
        });
      }
      return {};
    },
  },
};
