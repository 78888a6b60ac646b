import type { Prisma } from "../generated/prisma/client";
import { db } from "./db";
import { isRetryableTransactionError } from "./db-errors";

type Tx = Prisma.TransactionClient;

/**
 * An interactive transaction retried when Postgres aborts it as a deadlock victim
 * or a serialization failure — the transaction did nothing, so running it again
 * is safe. Other errors pass through.
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>, options: { attempts?: number } = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work);
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      // A little jitter so the same transactions do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
