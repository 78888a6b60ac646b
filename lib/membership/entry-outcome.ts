import { AppError } from "../server/errors";
import type { DbClient } from "../server/prisma";
import type { AdmissionOutcome } from "./admit-member";
import { waitlistPosition } from "./waitlist-position";

/** What a person is told after trying to get in. */
export type EntryResult =
  | { status: "joined" }
  | { status: "waitlisted"; position: number }
  | { status: "awaiting_payment"; applicationId: string }
  | { status: "applied"; applicationId: string };

/** Turns an admission into what the person sees; refusals become expected errors. */
export async function entryResultOf(db: DbClient, admission: AdmissionOutcome): Promise<EntryResult> {
  switch (admission.outcome) {
    case "admitted":
      return { status: "joined" };
    case "waitlisted":
      return { status: "waitlisted", position: await waitlistPosition(db, admission.waitlistEntryId) };
    case "full":
      throw new AppError("community_full");
    case "already_member":
      throw new AppError("already_member");
    case "banned":
      throw new AppError("banned");
  }
}
