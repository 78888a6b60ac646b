import { type MatrixRow, signedIn } from "./types";

export const communityRows: Record<string, MatrixRow> = {
  "community.create": {
    allowed: signedIn,
    input: (_world, _role, cell) => ({ name: `Matrix ${cell}`, purpose: "Testing who may create.", slug: `m-${cell}`, language: "en" }),
  },
};
