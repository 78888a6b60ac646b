import type { Problem } from "../shared/action-state";

// Expected errors carry a code the interface translates (messages: errors.*).
// Anything else is unexpected: the action helper logs it and shows a generic message.

export const errorCodes = [
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "invalid_input",
  "rate_limited",
  "invalid_credentials",
  "email_taken",
  "slug_taken",
  "community_full",
  "retryable",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Field-level problems, when the error belongs to particular inputs. */
  readonly fieldErrors: Record<string, Problem[]> | undefined;

  constructor(code: ErrorCode, options: { fieldErrors?: Record<string, Problem[]>; cause?: unknown } = {}) {
    super(code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
  }

  static field(code: ErrorCode, field: string, problem: Problem = { code }): AppError {
    return new AppError(code, { fieldErrors: { [field]: [problem] } });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
