import { activityRows } from "./activity";
import { authRows } from "./auth";
import { communityRows } from "./communities";
import { membershipRows } from "./membership";
import { notificationRows } from "./notifications";
import { rulesRows } from "./rules";
import { settingsRows } from "./settings";
import type { MatrixRow } from "./types";

// The authorization table: every mutation in lib/mutations.ts must have a row.
export const matrix: Record<string, MatrixRow> = { ...authRows, ...communityRows, ...membershipRows, ...notificationRows, ...settingsRows, ...rulesRows, ...activityRows };

/**
 * Exported server actions that are not mutations, with the reason. Anything else
 * exported from an actions.ts must run a mutation listed in the matrix.
 */
export const actionsOutsideTheMatrix: Record<string, string> = {
  signOutAction: "clears this browser's session cookie only: no input, no data change",
};
