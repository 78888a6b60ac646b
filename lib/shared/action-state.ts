// What a server action returns to its form (useActionState). Messages travel as
// codes (keys under `errors.` in the catalogs) and are translated where they are
// shown, in the viewer's language. Shared by server and client code.

export type MessageValues = Record<string, string | number>;

/** One translatable problem: a message key under `errors.` and its values. */
export type Problem = {
  code: string;
  values?: MessageValues;
  /** The problem in the requester's language, filled in on the server when it knows the language. */
  message?: string;
};

export type FieldErrors = Record<string, Problem[]>;

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "success"; data: T }
  | {
      status: "error";
      formError?: Problem;
      fieldErrors?: FieldErrors;
      /** The submitted text values, so the form can show them again. */
      fields?: Record<string, string>;
    };

export const idleState: ActionState<never> = { status: "idle" };
