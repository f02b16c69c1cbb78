// What a server action of the account forms answers, rendered by the client form. Messages are
// already localized by the action (the layout ships no message catalogue to the browser).

export interface FormState<Result = undefined> {
  status: "idle" | "error" | "success";
  /** A sentence for the whole form (an error or a confirmation). */
  message?: string;
  /** Per field, one localized message. */
  fieldErrors?: Record<string, string>;
  /** What the user typed, to put back after an error (never passwords). */
  values?: Record<string, string>;
  result?: Result;
}

export const IDLE: FormState<never> = { status: "idle" };

/** A server action behind one of these forms (React's useActionState signature). */
export type FormAction<Result = undefined> = (
  state: FormState<Result>,
  formData: FormData,
) => Promise<FormState<Result>>;
