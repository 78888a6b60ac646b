import type { MessageValues, Problem } from "../shared/action-state";

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
  "entry_mode_mismatch",
  "already_member",
  "banned",
  "application_open",
  "rules_changed",
  "reapply_too_soon",
  "invitation_invalid",
  "invitation_quota_exceeded",
  "offer_expired",
  "owner_cannot_leave",
  "not_pending",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Field-level problems, when the error belongs to particular inputs. */
  readonly fieldErrors: Record<string, Problem[]> | undefined;
  /** Values for the message, e.g. the date a cool-down ends. */
  readonly values: MessageValues | undefined;

  constructor(code: ErrorCode, options: { fieldErrors?: Record<string, Problem[]>; values?: MessageValues; cause?: unknown } = {}) {
    super(code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.values = options.values;
  }

  /** The problem as the interface shows it. */
  get problem(): Problem {
    return this.values ? { code: this.code, values: this.values } : { code: this.code };
  }

  static field(code: ErrorCode, field: string, problem: Problem = { code }): AppError {
    return new AppError(code, { fieldErrors: { [field]: [problem] } });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
