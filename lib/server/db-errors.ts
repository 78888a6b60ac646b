// Recognises database errors that mean "expected conflict" rather than a bug.
// Prisma wraps driver errors; the Postgres SQLSTATE and constraint name survive in
// the error's cause chain or message, which is all this needs.

type ErrorLike = { code?: unknown; message?: unknown; meta?: unknown; cause?: unknown };

function* causeChain(error: unknown): Generator<ErrorLike> {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 8; depth += 1) {
    yield current as ErrorLike;
    current = (current as ErrorLike).cause;
  }
}

function text(error: unknown): string {
  const parts: string[] = [];
  for (const link of causeChain(error)) {
    if (typeof link.message === "string") parts.push(link.message);
    if (link.meta) parts.push(JSON.stringify(link.meta));
  }
  return parts.join("\n");
}

/** A unique violation (Prisma P2002 or SQLSTATE 23505), optionally on a given constraint/field. */
export function isUniqueViolation(error: unknown, target?: string): boolean {
  const matches = [...causeChain(error)].some((link) => link.code === "P2002" || link.code === "23505");
  const all = text(error);
  const isUnique = matches || /unique constraint|UniqueConstraintViolation|23505/i.test(all);
  return isUnique && (target === undefined || all.includes(target));
}

/** A CHECK violation (SQLSTATE 23514), optionally of a named constraint. */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const all = text(error);
  const isCheck = [...causeChain(error)].some((link) => link.code === "23514") || /check constraint|23514|check_violation/i.test(all);
  return isCheck && (constraint === undefined || all.includes(constraint));
}

/** Serialization failures and deadlocks: safe to retry the whole transaction. */
export function isRetryableTransactionError(error: unknown): boolean {
  const all = text(error);
  return (
    [...causeChain(error)].some((link) => link.code === "40001" || link.code === "40P01" || link.code === "P2034") ||
    /could not serialize|deadlock detected|TransactionWriteConflict/i.test(all)
  );
}
