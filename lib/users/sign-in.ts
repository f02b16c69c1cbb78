import "server-only";
import { z } from "zod";
import { ACCOUNT_DISABLED, getAuth, SIGN_IN_THROTTLED } from "@/lib/auth/auth";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { authFailure } from "./auth-errors";

// Signing in and out through better-auth's server API, for the sign-in page's server actions.
// `requestHeaders` are the incoming request's: they carry the cookies (the two-factor challenge,
// the session) and the client address the throttle counts. Cookies better-auth sets reach the
// browser through its nextCookies plugin.

export type SignInOutcome =
  | { status: "signed_in" }
  | { status: "two_factor_required" }
  | { status: "invalid_credentials" }
  | { status: "throttled"; retryAfter: number }
  | { status: "disabled" };

export const SignInInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export async function signInWithPassword(requestHeaders: Headers, input: unknown): Promise<SignInOutcome> {
  const parsed = SignInInput.safeParse(input);
  // Nothing that could be an account's address and password: the same answer as a wrong one.
  if (!parsed.success) return { status: "invalid_credentials" };
  try {
    const result: unknown = await getAuth().api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password, rememberMe: true },
      headers: requestHeaders,
    });
    if (result && typeof result === "object" && "twoFactorRedirect" in result && result.twoFactorRedirect) {
      return { status: "two_factor_required" };
    }
    return { status: "signed_in" };
  } catch (error) {
    return signInFailure(error);
  }
}

export type SecondFactorOutcome =
  | { status: "signed_in" }
  | { status: "invalid_code" }
  /** The challenge expired or was used up: start again with the password. */
  | { status: "restart" }
  | { status: "throttled"; retryAfter: number }
  | { status: "disabled" };

/** Completes a sign-in that asked for a second factor: a 6-digit TOTP code or a backup code. */
export async function verifySecondFactor(requestHeaders: Headers, rawCode: string): Promise<SecondFactorOutcome> {
  const code = rawCode.replace(/\s+/g, "");
  if (!code) return { status: "invalid_code" };
  try {
    if (/^\d{6}$/.test(code)) {
      await getAuth().api.verifyTOTP({ body: { code }, headers: requestHeaders });
    } else {
      await getAuth().api.verifyBackupCode({ body: { code }, headers: requestHeaders });
    }
    return { status: "signed_in" };
  } catch (error) {
    const failure = authFailure(error);
    if (!failure) throw error;
    if (failure.code === "INVALID_CODE" || failure.code === "INVALID_BACKUP_CODE") return { status: "invalid_code" };
    if (failure.code === ACCOUNT_DISABLED) return { status: "disabled" };
    if (failure.status === 429) return { status: "throttled", retryAfter: failure.retryAfter ?? 15 * 60 };
    return { status: "restart" };
  }
}

/** Ends the session in the request's cookie (deletes its row) and clears the cookie. */
export async function signOut(requestHeaders: Headers): Promise<void> {
  try {
    await getAuth().api.signOut({ headers: requestHeaders });
  } catch (error) {
    // No session to end: signing out is already done.
    if (!authFailure(error)) throw error;
  }
}

function signInFailure(error: unknown): SignInOutcome {
  const failure = authFailure(error);
  if (!failure) throw error;
  if (failure.code === SIGN_IN_THROTTLED || failure.status === 429) {
    return { status: "throttled", retryAfter: failure.retryAfter ?? 60 };
  }
  if (failure.code === ACCOUNT_DISABLED) return { status: "disabled" };
  // Wrong password, unknown address, malformed address, no password set yet: one answer, so the
  // form reveals nothing about which accounts exist.
  return { status: "invalid_credentials" };
}
