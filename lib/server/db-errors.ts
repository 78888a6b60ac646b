// Recognises database errors that mean an expected conflict rather than a bug.
// Prisma (with a driver adapter) puts the driver's error in meta.driverAdapterError;
// its Postgres SQLSTATE and message are what we classify on. The two adapters
// describe a unique constraint differently (column names or index name), so both
// are accepted.

type DriverCause = {
  originalCode?: string;
  originalMessage?: string;
  code?: string;
  message?: string;
  kind?: string;
  constraint?: { fields?: string[]; index?: string; foreignKey?: unknown };
};

export type DatabaseFailure = { sqlState: string | null; message: string; uniqueTargets: string[] };

export function databaseFailure(error: unknown): DatabaseFailure | null {
  if (!error || typeof error !== "object") return null;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: DriverCause } } }).meta;
  const cause = meta?.driverAdapterError?.cause ?? (error as { cause?: DriverCause }).cause;
  const prismaCode = (error as { code?: unknown }).code;
  if (!cause && prismaCode !== "P2002" && prismaCode !== "P2034") return null;
  const sqlState = cause?.originalCode ?? (typeof cause?.code === "string" && /^[0-9A-Z]{5}$/.test(cause.code) ? cause.code : null);
  const constraint = cause?.constraint;
  return {
    sqlState: sqlState ?? (prismaCode === "P2002" ? "23505" : prismaCode === "P2034" ? "40001" : null),
    message: cause?.originalMessage ?? cause?.message ?? "",
    uniqueTargets: [...(constraint?.fields ?? []), ...(constraint?.index ? [constraint.index] : [])],
  };
}

/** A unique violation, optionally on a column (or an index whose name contains it). */
export function isUniqueViolation(error: unknown, target?: string): boolean {
  const failure = databaseFailure(error);
  if (failure?.sqlState !== "23505") return false;
  if (target === undefined) return true;
  return failure.uniqueTargets.some((name) => name === target || name.includes(target)) || failure.message.includes(target);
}

/**
 * A CHECK violation, optionally of a named constraint. Canopy's triggers raise
 * check_violation with a message starting with the constraint's name.
 */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const failure = databaseFailure(error);
  if (failure?.sqlState !== "23514") return false;
  return constraint === undefined || failure.message.includes(`"${constraint}"`) || failure.message.startsWith(`${constraint}:`);
}

/** Serialization failures and deadlocks: safe to retry the whole transaction. */
export function isRetryableTransactionError(error: unknown): boolean {
  const state = databaseFailure(error)?.sqlState;
  return state === "40001" || state === "40P01";
}
