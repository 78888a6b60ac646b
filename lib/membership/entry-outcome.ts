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

/** A seat or a waitlist place; every other outcome is refused with the reason. */
export function seatedOrQueued(admission: AdmissionOutcome): Extract<AdmissionOutcome, { outcome: "admitted" | "waitlisted" }> {
  switch (admission.outcome) {
    case "admitted":
    case "waitlisted":
      return admission;
    case "full":
      throw new AppError("community_full");
    case "already_member":
      throw new AppError("already_member");
    case "banned":
      throw new AppError("banned");
  }
}

/** Turns an admission into what the person sees. */
export async function entryResultOf(db: DbClient, admission: AdmissionOutcome): Promise<EntryResult> {
  const result = seatedOrQueued(admission);
  return result.outcome === "admitted" ? { status: "joined" } : { status: "waitlisted", position: await waitlistPosition(db, result.waitlistEntryId) };
}
