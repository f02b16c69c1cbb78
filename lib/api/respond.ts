import { AppError, type ErrorShape } from "@/lib/errors";
import { toAppError } from "@/lib/faults";
import type { Locale } from "@/lib/i18n/locales";
import { errorMessage, fieldMessages } from "@/lib/i18n/error-messages";

// Responses of /api/v1: `{ "data": ... }` on success, `{ "error": { "code", "message",
// "fields"?, "conflict"? } }` otherwise, never cached (every answer depends on who asks).

const HEADERS = { "cache-control": "no-store" } as const;

export function ok(data: unknown, status = 200): Response {
  return Response.json({ data }, { status, headers: HEADERS });
}

export function created(data: unknown): Response {
  return ok(data, 201);
}

export function noContent(): Response {
  return new Response(null, { status: 204, headers: HEADERS });
}

/** An API answer that is not a success: the one error shape under `error`. */
export interface ErrorBody {
  error: ErrorShape;
}

/**
 * Any thrown value as an AppError: its own, a database refusal of the caller's input (a unique
 * key taken by a concurrent write...), else `internal`. Every route and action goes through it.
 */
export function asAppError(thrown: unknown): AppError {
  return toAppError(thrown);
}

/** Any thrown value as the error shape; unexpected ones are logged and answered 500 without details. */
export function errorResponse(thrown: unknown, locale: Locale): Response {
  const error = asAppError(thrown);
  if (error.code === "internal") console.error("API error", thrown);
  const body: ErrorBody = { error: { code: error.code, message: errorMessage(error.code, locale) } };
  if (error.fields) body.error.fields = fieldMessages(error.fields, locale);
  if (error.conflict) body.error.conflict = error.conflict;
  const headers: Record<string, string> = { ...HEADERS, "content-language": locale };
  if (error.retryAfterSeconds) headers["retry-after"] = String(error.retryAfterSeconds);
  return Response.json(body, { status: error.status, headers });
}

/** A read's result, or 404 when the data layer found nothing the viewer may see. */
export function found<T>(value: T | null): T {
  if (value === null) throw new AppError("not_found");
  return value;
}
