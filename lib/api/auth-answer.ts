import { createTranslator } from "next-intl";
import { AppError, type ErrorCode } from "@/lib/errors";
import { catalogues } from "@/lib/i18n/catalogues";
import type { Locale } from "@/lib/i18n/locales";
import { readBytes } from "@/lib/http/body";
import { errorResponse } from "./respond";

// better-auth's endpoints (/api/auth/*) answer failures in their own shape (`{ code, message }`,
// in English) or with an empty body. API clients get the one error shape instead, in the
// request's language, like every /api/v1 answer (docs/decisions/033-error-shape-everywhere.md).

/** Sign-in and session bodies are a few hundred bytes. */
export const AUTH_BODY_LIMIT = 64 * 1024;

const BY_STATUS: Record<number, ErrorCode> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "too_large",
  422: "validation",
  429: "rate_limited",
};

/** The request with its body read under the budget (so better-auth never reads an unbounded one). */
export async function boundedRequest(request: Request): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD") return request;
  const bytes = await readBytes(request, AUTH_BODY_LIMIT);
  return new Request(request, { body: bytes });
}

/** better-auth's reasons the sign-in form words too (messages: auth.errors.*), said the same way here. */
function reasonMessage(reason: unknown, retryAfter: number, locale: Locale): string | null {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "auth.errors" });
  switch (reason) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return t("invalidCredentials");
    case "ACCOUNT_DISABLED":
      return t("disabled");
    case "SIGN_IN_THROTTLED":
      return retryAfter > 90
        ? t("throttledMinutes", { minutes: Math.ceil(retryAfter / 60) })
        : t("throttledSeconds", { seconds: Math.max(1, Math.ceil(retryAfter)) });
    default:
      return null;
  }
}

/** better-auth's answer, failures rewritten to the one error shape (headers such as Retry-After kept). */
export async function authAnswer(response: Response, locale: Locale): Promise<Response> {
  if (response.status < 400) return response;
  const code: ErrorCode = BY_STATUS[response.status] ?? (response.status >= 500 ? "internal" : "bad_request");
  const retryAfter = Number(response.headers.get("retry-after") ?? response.headers.get("x-retry-after"));
  const original = (await response.json().catch(() => null)) as { code?: unknown; retryAfter?: unknown } | null;
  const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : Number(original?.retryAfter) || 0;
  const error = new AppError(code, seconds > 0 ? { retryAfterSeconds: seconds } : {});
  const answer = errorResponse(error, locale);
  const body = (await answer.json()) as { error: { message: string } };
  body.error.message = reasonMessage(original?.code, seconds, locale) ?? body.error.message;
  const headers = new Headers(answer.headers);
  for (const cookie of response.headers.getSetCookie()) headers.append("set-cookie", cookie);
  const allow = response.headers.get("allow");
  if (allow) headers.set("allow", allow);
  return Response.json(body, { status: error.status, headers });
}
