import type { DbClient } from "../server/prisma";

// Natural batching of joins into the same open community (the hot row). While one
// database call for a community is in flight, joins to it that arrive queue here; when
// it returns, everything queued goes in the next call (canopy_join_open_many), in
// arrival order. A lone join is sent at once, so nothing waits that would not have
// waited on the community's row lock anyway, and under a burst one commit serves many
// people instead of each holding the lock through their own WAL flush. The database
// still takes every seat with the guarded counter: batching changes the cost, not the
// rule. A failed batch is retried one person at a time, so one person's error (a
// concurrent membership, say) is theirs alone.

export type OpenJoinRow = { outcome: string; membership_id: string | null; waitlist_entry_id: string | null };

type Waiting = {
  userId: string;
  acceptedRulesVersion: number | null;
  resolve: (row: OpenJoinRow | undefined) => void;
  reject: (error: unknown) => void;
};

/** Keeps each batch's transaction, and so its hold on the community row, short. */
const MAX_BATCH = 32;

export function createOpenJoinBatcher(db: DbClient) {
  const queues = new Map<string, Waiting[]>();

  async function joinOne(communityId: string, person: Waiting): Promise<OpenJoinRow | undefined> {
    const rows = await db.$queryRaw<OpenJoinRow[]>`
      SELECT * FROM canopy_join_open(${communityId}::uuid, ${person.userId}::uuid, ${person.acceptedRulesVersion}::int)`;
    return rows[0];
  }

  async function joinMany(communityId: string, batch: Waiting[]): Promise<void> {
    let rows: (OpenJoinRow & { item: number })[];
    try {
      rows = await db.$queryRaw<(OpenJoinRow & { item: number })[]>`
        SELECT * FROM canopy_join_open_many(${communityId}::uuid, ${batch.map((person) => person.userId)}::uuid[],
          ${batch.map((person) => person.acceptedRulesVersion)}::int[])`;
    } catch {
      // Nothing of the batch was written; admit each person on their own.
      for (const person of batch) await joinOne(communityId, person).then(person.resolve, person.reject);
      return;
    }
    const byItem = new Map(rows.map((row) => [Number(row.item), row]));
    batch.forEach((person, index) => person.resolve(byItem.get(index + 1)));
  }

  async function drain(communityId: string, queue: Waiting[]): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        if (batch.length === 1) {
          const [person] = batch as [Waiting];
          await joinOne(communityId, person).then(person.resolve, person.reject);
        } else {
          await joinMany(communityId, batch);
        }
      } catch (error) {
        for (const person of batch) person.reject(error);
      }
    }
    queues.delete(communityId);
  }

  /** The outcome row of canopy_join_open for this person, admitted alone or with others. */
  return function joinOpen(communityId: string, userId: string, acceptedRulesVersion: number | null): Promise<OpenJoinRow | undefined> {
    return new Promise((resolve, reject) => {
      const person = { userId, acceptedRulesVersion, resolve, reject };
      const queue = queues.get(communityId);
      if (queue) {
        queue.push(person);
        return;
      }
      const fresh = [person];
      queues.set(communityId, fresh);
      void drain(communityId, fresh);
    });
  };
}
