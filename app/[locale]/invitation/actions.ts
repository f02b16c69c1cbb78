"use server";

import { getTranslations } from "next-intl/server";
import { failureState } from "@/lib/forms/form-failure";
import type { FormState } from "@/lib/forms/form-state";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { setPasswordWithToken } from "@/lib/users/invitations";

/** Sets the password from a one-time link (invitation or reset), then opens the sign-in page. */
export async function setPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formData.get("locale");
  const locale: Locale = isLocale(raw) ? raw : "ar";
  let outcome;
  try {
    outcome = await setPasswordWithToken({
      token: String(formData.get("token") ?? ""),
      password: String(formData.get("password") ?? ""),
      confirmation: String(formData.get("confirmation") ?? ""),
    });
  } catch (error) {
    return failureState(locale, error);
  }
  if (outcome.status === "invalid_link") {
    const t = await getTranslations({ locale, namespace: "setPassword" });
    return { status: "error", message: t("invalidLink") };
  }
  // The sign-in form opens with the account's email filled in: only the new password is left to type.
  const query = outcome.email ? { passwordSet: "1", email: outcome.email } : { passwordSet: "1" };
  return redirect({ href: { pathname: "/sign-in", query }, locale });
}
