import { everyone, type MatrixRow } from "./types";

export const activityRows: Record<string, MatrixRow> = {
  "activity.record-visit": {
    allowed: everyone,
    input: (world) => ({ slug: world.community.slug }),
    unknownResource: () => ({ slug: "no-such-community" }),
  },
};
