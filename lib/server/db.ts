import "server-only";
import { sharedPrismaClient } from "./prisma";

export type { DbClient } from "./prisma";
export const db = sharedPrismaClient();
