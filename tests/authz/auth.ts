import { DEFAULT_PASSWORD } from "../factories/users";
import { everyone, type MatrixRow, signedIn } from "./types";

export const authRows: Record<string, MatrixRow> = {
  "auth.sign-up": {
    allowed: everyone,
    input: (_world, _role, cell) => ({ name: `New ${cell}`, email: `new-${cell}@example.test`, password: "a long enough password" }),
  },
  "auth.sign-in": {
    allowed: everyone,
    input: (world) => ({ email: world.users.member.email, password: DEFAULT_PASSWORD }),
  },
  "auth.sign-out-everywhere": { allowed: signedIn, input: () => ({}) },
  "account.set-locale": { allowed: everyone, input: () => ({ locale: "zh-CN" }) },
};
