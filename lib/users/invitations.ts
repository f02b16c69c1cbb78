import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { captureResetToken, getAuth, SET_PASSWORD_LINK_SECONDS } from "@/lib/auth/auth";
import { isMailConfigured, sendMail } from "@/lib/auth/mail";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/db/dto";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, messageKey, parseInput } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { authFailure } from "./auth-errors";
import type { SetPasswordLink } from "./dto";
import { catalogues } from "@/lib/i18n/catalogues";

// One-time links to set a password: the invitation an administrator hands a new account, and the
// reset link for someone who forgot theirs. Both are better-auth reset-password tokens (a
// Verification row, consumed on use); the first use creates the credential account. The link is
// shown to the administrator to copy, and emailed too when SMTP is configured.

export type LinkKind = "invitation" | "reset";

/**
 * Issues a fresh link for `userId` (admins only) and voids the user's earlier unused links.
 * `origin` is the site's public origin (MUTABAA_BASE_URL, else the request's) for the URL.
 */
export async function issueSetPasswordLink(
  viewer: Viewer,
  userId: string,
  kind: LinkKind,
  origin: string,
): Promise<SetPasswordLink> {
  assertCan(viewer, "update", "user");
  if (!isUuid(userId)) throw new AppError("not_found");
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, locale: true },
  });
  if (!user) throw new AppError("not_found");

  // better-auth stores a reset token as Verification { identifier: "reset-password:<token>",
  // value: <user id> }. Only the newest link should work.
  await getDb().verification.deleteMany({ where: { identifier: { startsWith: "reset-password:" }, value: user.id } });
  const token = await captureResetToken(() => getAuth().api.requestPasswordReset({ body: { email: user.email } }));
  const locale: Locale = isLocale(user.locale) ? user.locale : "ar";
  const url = `${publicOrigin(origin)}/${locale}/${kind === "invitation" ? "invitation" : "reset-password"}/${token}`;
  const expiresAt = new Date(Date.now() + SET_PASSWORD_LINK_SECONDS * 1000);

  let emailed = false;
  if (isMailConfigured()) {
    const t = createTranslator({ locale, messages: catalogues[locale], namespace: "mail" });
    const expires = new Intl.DateTimeFormat(locale === "ar" ? "ar-EG" : "en-GB", {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "UTC",
    }).format(expiresAt);
    try {
      await sendMail({
        to: user.email,
        subject: t(kind === "invitation" ? "invitationSubject" : "resetSubject"),
        text: t(kind === "invitation" ? "invitationBody" : "resetBody", { name: user.name, url, expires }),
      });
      emailed = true;
    } catch (error) {
      // The administrator still has the link to hand over; the failure is logged for whoever runs
      // the server.
      console.error("[mail] sending a set-password link failed:", error);
    }
  }
  return { url, name: user.name, email: user.email, expiresAt: expiresAt.toISOString(), emailed };
}

function publicOrigin(requestOrigin: string): string {
  return env().MUTABAA_BASE_URL ?? new URL(requestOrigin).origin;
}

export const SetPasswordInput = z
  .object({
    token: z.string().min(1).max(200),
    password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
    confirmation: z.string(),
  })
  .refine((v) => v.password === v.confirmation, {
    path: ["confirmation"],
    params: { key: "password_mismatch" },
    message: "password_mismatch",
  });

export type SetPasswordOutcome = { status: "set"; email: string } | { status: "invalid_link" };

/** The account a one-time link opens, if the link is still unused and unexpired; null otherwise. */
async function linkAccount(token: string): Promise<{ email: string } | null> {
  if (token.length === 0 || token.length > 200) return null;
  const row = await getDb().verification.findFirst({
    where: { identifier: `reset-password:${token}`, expiresAt: { gt: new Date() } },
    select: { value: true },
  });
  if (!row) return null;
  return getDb().user.findUnique({ where: { id: row.value }, select: { email: true } });
}

/** Whether a one-time link can still be used, so an opened link that was used says so at once. */
export async function isSetPasswordLinkUsable(token: string): Promise<boolean> {
  return (await linkAccount(token)) !== null;
}

/**
 * Sets the password from a one-time link. The token is consumed in the same transaction as the
 * password write, so a link works once; the account's other sessions are ended.
 * Throws a `validation` AppError for a password that is too short or does not match.
 */
export async function setPasswordWithToken(input: unknown): Promise<SetPasswordOutcome> {
  const data = parseInput(SetPasswordInput, input);
  const account = await linkAccount(data.token);
  try {
    await getAuth().api.resetPassword({ body: { token: data.token, newPassword: data.password } });
    // The token was valid, so the account was found just before; "" only if it vanished since.
    return { status: "set", email: account?.email ?? "" };
  } catch (error) {
    const failure = authFailure(error);
    if (!failure) throw error;
    if (failure.code === "PASSWORD_TOO_SHORT")
      throw new AppError("validation", {
        fields: { password: [messageKey("at_least_chars", { min: MIN_PASSWORD_LENGTH })] },
      });
    if (failure.code === "PASSWORD_TOO_LONG")
      throw new AppError("validation", {
        fields: { password: [messageKey("at_most_chars", { max: MAX_PASSWORD_LENGTH })] },
      });
    return { status: "invalid_link" };
  }
}

/** The origin the administrator's browser used, for links when MUTABAA_BASE_URL is unset. */
export function requestOrigin(requestHeaders: Headers): string {
  const proto = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  const host =
    requestHeaders.get("x-forwarded-host")?.split(",")[0]?.trim() || requestHeaders.get("host") || "localhost";
  return `${proto}://${host}`;
}
