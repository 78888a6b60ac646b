import type { EntryPath } from "../generated/prisma/enums";
import { isUniqueViolation } from "../server/db-errors";
import { AppError } from "../server/errors";
import type { DbClient } from "../server/prisma";

// Taking a seat. Every admission path calls this, and it calls the database
// function canopy_admit_member (see the seats_and_bans migration), which locks the
// community row with a guarded counter update — member_count + seats_held < cap —
// before writing the membership. The cap therefore holds under any concurrency.

export type AdmissionOutcome =
  | { outcome: "admitted"; membershipId: string }
  | { outcome: "waitlisted"; waitlistEntryId: string }
  | { outcome: "full" }
  | { outcome: "already_member" }
  | { outcome: "banned" };

export type Admission = {
  communityId: string;
  userId: string;
  entryPath: EntryPath;
  isPaid: boolean;
  invitedById?: string | null;
  invitationId?: string | null;
  ruleSetVersionId?: string | null;
  applicationId?: string | null;
  /** new: a newcomer (queues behind people waiting); promotion: head of the waitlist; offer: takes a held seat. */
  mode: "new" | "promotion" | "offer";
  /** With no seat free, put them on the waitlist (when the community keeps one). */
  queueWhenFull: boolean;
};

type Row = { outcome: string; membership_id: string | null; waitlist_entry_id: string | null };

/**
 * `db` may be the client (one statement, autocommitted — the fast path) or a
 * transaction. Inside a transaction a concurrent double admission aborts the
 * transaction, so it surfaces as a conflict for the caller to retry.
 */
export async function admitMember(db: DbClient, admission: Admission, options: { inTransaction: boolean }): Promise<AdmissionOutcome> {
  let rows: Row[];
  try {
    rows = await db.$queryRaw<Row[]>`
      SELECT * FROM canopy_admit_member(
        ${admission.communityId}::uuid, ${admission.userId}::uuid, ${admission.entryPath}::"EntryPath", ${admission.isPaid},
        ${admission.invitedById ?? null}::uuid, ${admission.invitationId ?? null}::uuid, ${admission.ruleSetVersionId ?? null}::uuid,
        ${admission.applicationId ?? null}::uuid, ${admission.mode}, ${admission.queueWhenFull})`;
  } catch (error) {
    if (isUniqueViolation(error, "memberships_community_id_user_id_key")) {
      // A concurrent request made them a member first; the statement gave the seat back.
      if (options.inTransaction) throw new AppError("conflict", { cause: error });
      return { outcome: "already_member" };
    }
    throw error;
  }
  return admissionOutcomeOf(rows[0]);
}

/** Reads the row the admission functions return. */
export function admissionOutcomeOf(row: Row | undefined): AdmissionOutcome {
  switch (row?.outcome) {
    case "admitted":
      return { outcome: "admitted", membershipId: row.membership_id ?? "" };
    case "waitlisted":
      return { outcome: "waitlisted", waitlistEntryId: row.waitlist_entry_id ?? "" };
    case "full":
    case "already_member":
    case "banned":
      return { outcome: row.outcome };
    default:
      throw new Error(`admission returned ${String(row?.outcome)}`);
  }
}
