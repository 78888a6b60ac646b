import type { DbClient } from "../server/prisma";

// Natural batching of open joins, whichever communities they are for (ADR 009). Joins
// queue in the process and go to the database in batches over a few "lanes": a join
// that finds a lane free leaves on the next turn of the event loop with whatever
// else arrived meanwhile, so nothing waits on a timer; under load, everything that
// queued while the lanes were busy leaves together when one frees. One batch is one
// statement and one commit (canopy_join_open_batch), which decides each person in
// arrival order exactly as one join at a time would and takes every seat with the
// community row locked: batching changes the cost, not the rule. A failed batch is
// retried one person at a time, so one person's error (a concurrent membership, say)
// is theirs alone.

export type OpenJoinRow = {
  outcome: string;
  membership_id: string | null;
  waitlist_entry_id: string | null;
  /** The place in the queue, when a batch waitlisted the person (a lone retry does not tell it). */
  waitlist_position?: number | null;
};

type Waiting = {
  communityId: string;
  userId: string;
  acceptedRulesVersion: number | null;
  resolve: (row: OpenJoinRow | undefined) => void;
  reject: (error: unknown) => void;
};

export type OpenJoinBatcherOptions = {
  /**
   * Batches in flight at once; each holds one pooled connection while it runs. Two
   * measured best on a 2-core Postgres (ADR 009): more lanes make smaller batches that
   * wait on each other's community rows.
   */
  lanes?: number;
  /** Keeps each batch's transaction, and so its hold on community rows, short. */
  maxBatch?: number;
};

export function createOpenJoinBatcher(db: DbClient, { lanes = 2, maxBatch = 32 }: OpenJoinBatcherOptions = {}) {
  const queue: Waiting[] = [];
  let inFlight = 0;
  let dispatchScheduled = false;

  async function joinOne(person: Waiting): Promise<OpenJoinRow | undefined> {
    const rows = await db.$queryRaw<OpenJoinRow[]>`
      SELECT * FROM canopy_join_open(${person.communityId}::uuid, ${person.userId}::uuid, ${person.acceptedRulesVersion}::int)`;
    return rows[0];
  }

  async function joinBatch(batch: Waiting[]): Promise<void> {
    let rows: (OpenJoinRow & { item: number })[];
    try {
      rows = await db.$queryRaw<(OpenJoinRow & { item: number })[]>`
        SELECT * FROM canopy_join_open_batch(${batch.map((person) => person.communityId)}::uuid[],
          ${batch.map((person) => person.userId)}::uuid[], ${batch.map((person) => person.acceptedRulesVersion)}::int[])`;
    } catch {
      // Nothing of the batch was written; admit each person on their own.
      for (const person of batch) await joinOne(person).then(person.resolve, person.reject);
      return;
    }
    const byItem = new Map(rows.map((row) => [Number(row.item), row]));
    batch.forEach((person, index) => person.resolve(byItem.get(index + 1)));
  }

  function dispatch(): void {
    dispatchScheduled = false;
    while (inFlight < lanes && queue.length > 0) {
      // Everything that arrived together leaves together (in arrival order), so people
      // joining one community at the same moment are decided in one statement.
      const batch = queue.splice(0, maxBatch);
      inFlight += 1;
      joinBatch(batch)
        .catch((error: unknown) => {
          for (const person of batch) person.reject(error);
        })
        .finally(() => {
          inFlight -= 1;
          scheduleDispatch();
        });
    }
  }

  function scheduleDispatch(): void {
    if (dispatchScheduled || queue.length === 0 || inFlight >= lanes) return;
    dispatchScheduled = true;
    setImmediate(dispatch);
  }

  /** The outcome row of canopy_join_open for this person, admitted alone or with others. */
  return function joinOpen(communityId: string, userId: string, acceptedRulesVersion: number | null): Promise<OpenJoinRow | undefined> {
    return new Promise((resolve, reject) => {
      queue.push({ communityId, userId, acceptedRulesVersion, resolve, reject });
      scheduleDispatch();
    });
  };
}
