"use server";

import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { waitMessage } from "@/lib/forms/form-failure";
import type { SignInState } from "@/components/auth/sign-in-form";
import { localeOf } from "@/lib/forms/locale";
import { redirect } from "@/lib/i18n/navigation";
import { focalPointStateOf } from "@/lib/member-states/data";
import { DEFAULT_RETURN_PATH, safeReturnPath } from "@/lib/users/return-path";
import { signInWithPassword, verifySecondFactor } from "@/lib/users/sign-in";

// Server actions of the sign-in page. Next.js refuses server actions whose Origin is not this
// site, and better-auth counts every attempt (lib/auth/auth.ts) before checking the password.

/**
 * Where a new session starts: the page the sign-in link came from, else a focal point's own state
 * page, else the default. (The sign-in page turns a missing `next` into the default path.)
 */
async function destination(formData: FormData, email: string): Promise<string> {
  const next = safeReturnPath(formData.get("next"));
  if (next !== DEFAULT_RETURN_PATH) return next;
  const state = await focalPointStateOf(email);
  return state ? `/member-states/${state}` : next;
}

/** Both steps of the form: the password, then (when the account has it) the TOTP code. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  if (formData.get("step") === "code") return verifyCode(formData);
  if (formData.get("step") === "restart") return { status: "idle", step: "password" };
  const locale = localeOf(formData);
  const t = await getTranslations({ locale, namespace: "auth" });
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  const values = { email };
  if (!email || !password) return { status: "error", step: "password", message: t("errors.missing"), values };

  const outcome = await signInWithPassword(await headers(), { email, password });
  switch (outcome.status) {
    case "signed_in":
      return redirect({ href: await destination(formData, email), locale });
    case "two_factor_required":
      return { status: "idle", step: "code", values };
    case "invalid_credentials":
      return { status: "error", step: "password", message: t("errors.invalidCredentials"), values };
    case "throttled":
      return { status: "error", step: "password", message: waitMessage(t, outcome.retryAfter), values };
    case "disabled":
      return { status: "error", step: "password", message: t("errors.disabled"), values };
  }
}

async function verifyCode(formData: FormData): Promise<SignInState> {
  const locale = localeOf(formData);
  const t = await getTranslations({ locale, namespace: "auth" });
  const values = { email: String(formData.get("email") ?? "") };
  const outcome = await verifySecondFactor(await headers(), String(formData.get("code") ?? ""));
  switch (outcome.status) {
    case "signed_in":
      return redirect({ href: await destination(formData, values.email), locale });
    case "invalid_code":
      return { status: "error", step: "code", fieldErrors: { code: t("errors.invalidCode") }, values };
    case "throttled":
      return { status: "error", step: "code", message: waitMessage(t, outcome.retryAfter), values };
    case "disabled":
      return { status: "error", step: "password", message: t("errors.disabled"), values };
    case "restart":
      return { status: "error", step: "password", message: t("errors.restart"), values };
  }
}
