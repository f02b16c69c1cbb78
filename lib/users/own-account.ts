import "server-only";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { AppError, messageKey, parseInput } from "@/lib/errors";
import { authFailure } from "./auth-errors";
import { toUserSummary, TWO_FACTOR_ROLES, userSummarySelect, type UserSummary } from "./dto";

// The signed-in user's own account: their details, password change, and TOTP set-up. These act
// on the session in `requestHeaders` (better-auth checks the current password itself), so
// nobody can change another person's password or second factor here.

export interface OwnAccount extends UserSummary {
  /** TOTP is offered to the roles that can change what everyone reads. */
  twoFactorOffered: boolean;
}

function requireUser(viewer: Viewer): Extract<Viewer, { kind: "user" }> {
  if (viewer.kind !== "user") throw new AppError("unauthorized");
  return viewer;
}

export async function getOwnAccount(viewer: Viewer): Promise<OwnAccount> {
  const { userId } = requireUser(viewer);
  const row = await getDb().user.findUnique({ where: { id: userId }, select: userSummarySelect });
  if (!row) throw new AppError("unauthorized");
  const user = toUserSummary(row);
  return { ...user, twoFactorOffered: TWO_FACTOR_ROLES.includes(user.role) || user.twoFactorEnabled };
}

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
    confirmation: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmation, {
    path: ["confirmation"],
    params: { key: "password_mismatch" },
    message: "password_mismatch",
  });

/**
 * Changes the password after checking the current one, and ends every other session of the
 * account (a new session replaces the current one). Throws a `validation` AppError, with
 * `currentPassword: ["wrong_password"]` when the current password is wrong.
 */
export async function changeOwnPassword(viewer: Viewer, requestHeaders: Headers, input: unknown): Promise<void> {
  requireUser(viewer);
  const data = parseInput(ChangePasswordInput, input);
  try {
    await getAuth().api.changePassword({
      body: { currentPassword: data.currentPassword, newPassword: data.newPassword, revokeOtherSessions: true },
      headers: requestHeaders,
    });
  } catch (error) {
    throw translateFailure(error);
  }
}

export interface TwoFactorSetup {
  /** otpauth:// URI for the authenticator app (shown as a QR code and as text). */
  totpUri: string;
  /** The secret inside the URI, for typing in by hand. */
  secret: string;
  /** One-time recovery codes, shown once. */
  backupCodes: string[];
}

/**
 * First step of TOTP set-up (password required): a secret and backup codes. Two-factor is on
 * only once `confirmTwoFactor` has checked a code from the app, so a botched scan locks nobody out.
 */
export async function startTwoFactor(
  viewer: Viewer,
  requestHeaders: Headers,
  password: string,
): Promise<TwoFactorSetup> {
  requireUser(viewer);
  if (!password) throw new AppError("validation", { fields: { password: ["required"] } });
  try {
    const result = await getAuth().api.enableTwoFactor({ body: { password }, headers: requestHeaders });
    const totpUri = "totpURI" in result && typeof result.totpURI === "string" ? result.totpURI : "";
    const backupCodes =
      "backupCodes" in result && Array.isArray(result.backupCodes) ? result.backupCodes.map(String) : [];
    return { totpUri, secret: new URL(totpUri).searchParams.get("secret") ?? "", backupCodes };
  } catch (error) {
    throw translateFailure(error, "password");
  }
}

/** Second step: a code from the authenticator app turns two-factor on. */
export async function confirmTwoFactor(viewer: Viewer, requestHeaders: Headers, rawCode: string): Promise<void> {
  requireUser(viewer);
  const code = rawCode.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(code)) throw new AppError("validation", { fields: { code: ["invalid_code"] } });
  try {
    await getAuth().api.verifyTOTP({ body: { code }, headers: requestHeaders });
  } catch (error) {
    throw translateFailure(error);
  }
}

export async function disableTwoFactor(viewer: Viewer, requestHeaders: Headers, password: string): Promise<void> {
  requireUser(viewer);
  if (!password) throw new AppError("validation", { fields: { password: ["required"] } });
  try {
    await getAuth().api.disableTwoFactor({ body: { password }, headers: requestHeaders });
  } catch (error) {
    throw translateFailure(error, "password");
  }
}

function translateFailure(error: unknown, passwordField = "currentPassword"): unknown {
  const failure = authFailure(error);
  if (!failure) return error;
  switch (failure.code) {
    case "INVALID_PASSWORD":
      return new AppError("validation", { fields: { [passwordField]: ["wrong_password"] } });
    case "PASSWORD_TOO_SHORT":
      return new AppError("validation", {
        fields: { newPassword: [messageKey("at_least_chars", { min: MIN_PASSWORD_LENGTH })] },
      });
    case "PASSWORD_TOO_LONG":
      return new AppError("validation", {
        fields: { newPassword: [messageKey("at_most_chars", { max: MAX_PASSWORD_LENGTH })] },
      });
    case "INVALID_CODE":
      return new AppError("validation", { fields: { code: ["invalid_code"] } });
    case "TOTP_ALREADY_ENABLED":
      return new AppError("conflict");
    default:
      if (failure.status === 401) return new AppError("unauthorized");
      if (failure.status === 429) return new AppError("rate_limited", { retryAfterSeconds: failure.retryAfter });
      return error;
  }
}

export const DisplayPreferencesInput = z.strictObject({
  digits: z.enum(["latn", "arab"]),
  hijri: z.boolean(),
});

/**
 * Saves how the signed-in user wants numbers and dates written. A personal display setting, not
 * part of the record others edit: no version check (it cannot conflict with an admin's edit of
 * the account) and no audit event.
 */
export async function updateOwnDisplayPreferences(viewer: Viewer, input: unknown): Promise<void> {
  const { userId } = requireUser(viewer);
  const data = parseInput(DisplayPreferencesInput, input);
  await getDb().user.update({ where: { id: userId }, data: { digits: data.digits, showHijri: data.hijri } });
}
