import { z } from "zod";

// One error shape for every route handler and server action:
//   { "error": { "code", "message", "fields"? } }
// Codes are stable identifiers the client translates (messages: errors.<code>); `message` is
// filled in the request's locale by whoever serialises the error (lib/api/respond.ts).

export const ERROR_CODES = [
  "bad_request",
  "validation",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  "cross_origin",
  "method_not_allowed",
  "too_large",
  "internal",
  "unavailable",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  cross_origin: 403,
  method_not_allowed: 405,
  too_large: 413,
  internal: 500,
  unavailable: 503,
};

/**
 * Field path ("title.ar") → message keys under `validation.*`, e.g. "required". A key may carry
 * the values its message needs as a query string ("length?min=1&max=200", see `messageKey`).
 */
export type FieldErrors = Record<string, string[]>;

/** A `validation.*` key with the values its message shows, e.g. the allowed range. */
export function messageKey(key: string, values: Record<string, string | number>): string {
  const query = new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)]));
  return `${key}?${query}`;
}

const MESSAGE_KEY = /^[a-z_]+(\?.*)?$/;

/** The key and values of a `messageKey` (a plain key has no values). */
export function splitMessageKey(raw: string): { key: string; values: Record<string, string> } {
  const at = raw.indexOf("?");
  if (at < 0) return { key: raw, values: {} };
  return { key: raw.slice(0, at), values: Object.fromEntries(new URLSearchParams(raw.slice(at + 1))) };
}

/**
 * An empty field-error map. Paths come from the input ("toString", "__proto__" are valid JSON
 * field names): on a plain object `fields[path] ??= []` would find Object.prototype's members.
 */
export function emptyFieldErrors(): FieldErrors {
  return Object.create(null) as FieldErrors;
}

/** Adds `key` to the messages of `path`. */
export function addFieldError(fields: FieldErrors, path: string, key: string): void {
  if (!Object.hasOwn(fields, path)) fields[path] = [];
  fields[path]!.push(key);
}

export interface ConflictDetails {
  currentVersion: number;
  /** Who made the change the caller has not seen, and when (from the audit trail). */
  changedBy: string | null;
  changedAt: string | null;
}

/**
 * The one error shape every boundary answers: an API body's `error`, a server action's `error`
 * and what the browser's API client throws (`ApiFailure`). `message` is the code's sentence in the
 * caller's language. `fields` maps an input path to `validation.*` keys where a server action
 * answers a form (translated beside each field), and to sentences where the API answers a script.
 */
export interface ErrorShape {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
  conflict?: ConflictDetails;
}

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    options: { fields?: FieldErrors; conflict?: ConflictDetails; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(code, { cause: options.cause });
    // A plain object again (built with a null prototype, see emptyFieldErrors): React refuses
    // to send null-prototype objects to the browser. An own "__proto__" key stays a plain key.
    this.fields = options.fields && Object.fromEntries(Object.entries(options.fields));
    this.conflict = options.conflict;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
  readonly fields?: FieldErrors;
  readonly conflict?: ConflictDetails;
  readonly retryAfterSeconds?: number;

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

export const notFound = () => new AppError("not_found");
export const forbidden = () => new AppError("forbidden");

/** What a read gave back, or `not_found` when there is nothing (missing, or out of the viewer's scope). */
export async function orNotFound<T>(read: Promise<T | null | undefined>): Promise<T> {
  const value = await read;
  if (value == null) throw notFound();
  return value;
}

/** Refuses a record whose natural key (`key`) is already used, as a field error on `key`. */
export function assertKeyFree(existing: unknown): void {
  if (existing) throw new AppError("validation", { fields: { key: ["taken"] } });
}

/**
 * Zod issues as field errors keyed by path, each message a `validation.*` key: the client and
 * the API translate them, so a schema never carries user-facing text.
 */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields = emptyFieldErrors();
  for (const issue of error.issues)
    addFieldError(fields, issue.path.map(String).join(".") || "_", validationKey(issue));
  return fields;
}

function validationKey(issue: z.core.$ZodIssue): string {
  // A schema's own key (lib/validation/fields.ts sets them for ranges and unsafe text).
  if (MESSAGE_KEY.test(issue.message) && issue.message.includes("?")) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "required" : "invalid_type";
    case "too_small":
      if (issue.origin === "string" && issue.minimum === 1) return "required";
      return messageKey(boundKey(issue.origin, "min"), { min: String(issue.minimum) });
    case "too_big":
      return messageKey(boundKey(issue.origin, "max"), { max: String(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? "email" : "invalid_format";
    case "invalid_value":
      return "invalid_option";
    case "unrecognized_keys":
      return "unknown_field";
    case "custom":
      return typeof issue.params?.key === "string" ? issue.params.key : "invalid";
    default:
      return "invalid";
  }
}

/** "at_most_chars", "at_least_items", "at_most"...: the bound in the unit of what was checked. */
function boundKey(origin: string, bound: "min" | "max"): string {
  const side = bound === "min" ? "at_least" : "at_most";
  if (origin === "string") return `${side}_chars`;
  if (origin === "array" || origin === "set") return `${side}_items`;
  return side;
}

/**
 * Parses `input` with `schema` or throws a `validation` AppError carrying field errors. zod is
 * asked to report the input, so a value of the wrong type reads `invalid_type` rather than
 * `required`, and each unknown field is named under its own path.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues;
  const fields = fieldErrorsFrom(new z.ZodError(issues.filter((issue) => issue.code !== "unrecognized_keys")));
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    for (const key of issue.keys) addFieldError(fields, [...issue.path.map(String), key].join("."), "unknown_field");
  }
  throw new AppError("validation", { fields });
}
