import "server-only";
import { getTranslations } from "next-intl/server";
import { AppError, splitMessageKey } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { FormState } from "./form-state";

// Turns what lib/users throws into a localized FormState for the account forms' server actions.
// Unexpected errors are rethrown: Next.js logs them and shows the error page.

// Field errors are keys: the sign-in feature's own (auth.validation.*) or the shared ones every
// form uses (validation.*).
const AUTH_KEYS = ["password_mismatch", "wrong_password", "invalid_code", "too_many_tokens"] as const;
const SHARED_KEYS = [
  "required",
  "too_small",
  "too_big",
  "at_least_chars",
  "at_most_chars",
  "length",
  "unsafe_text",
  "email",
  "invalid_format",
  "invalid_option",
  "unknown_reference",
  "taken",
  "focal_point_only",
  "own_account",
] as const;

type Translators = {
  auth: Awaited<ReturnType<typeof getTranslations<"auth">>>;
  shared: Awaited<ReturnType<typeof getTranslations<"validation">>>;
};

function fieldMessage({ auth, shared }: Translators, raw: string | undefined): string {
  const { key, values } = splitMessageKey(raw ?? "invalid");
  const authKey = AUTH_KEYS.find((k) => k === key);
  if (authKey) return auth(`validation.${authKey}`);
  const sharedKey = SHARED_KEYS.find((k) => k === key);
  return shared(sharedKey ?? "invalid", values);
}

export async function failureState<R>(
  locale: Locale,
  error: unknown,
  values?: Record<string, string>,
): Promise<FormState<R>> {
  if (!(error instanceof AppError)) throw error;
  const [t, shared] = await Promise.all([
    getTranslations({ locale, namespace: "auth" }),
    getTranslations({ locale, namespace: "validation" }),
  ]);
  switch (error.code) {
    case "validation": {
      const fieldErrors: Record<string, string> = {};
      for (const [field, keys] of Object.entries(error.fields ?? {})) {
        fieldErrors[field.split(".")[0]!] = fieldMessage({ auth: t, shared }, keys[0]);
      }
      // A form-wide problem ("_") or one on a field the form does not show is said at the top.
      const message = fieldErrors._;
      return { status: "error", fieldErrors, message, values };
    }
    case "conflict": {
      const c = error.conflict;
      const at = c?.changedAt
        ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(
            new Date(c.changedAt),
          )
        : "";
      return { status: "error", message: t("errors.conflict", { by: c?.changedBy ?? "none", at }), values };
    }
    case "unauthorized":
      return { status: "error", message: t("errors.signedOut"), values };
    case "rate_limited":
      return { status: "error", message: waitMessage(t, error.retryAfterSeconds ?? 60), values };
    case "forbidden":
    case "not_found":
      return { status: "error", message: t("errors.notAllowed"), values };
    default:
      throw error;
  }
}

type AuthT = Awaited<ReturnType<typeof getTranslations<"auth">>>;

/** "Try again in N seconds", or minutes once that reads better. */
export function waitMessage(t: AuthT, seconds: number): string {
  return seconds < 120
    ? t("errors.throttledSeconds", { seconds })
    : t("errors.throttledMinutes", { minutes: Math.ceil(seconds / 60) });
}
