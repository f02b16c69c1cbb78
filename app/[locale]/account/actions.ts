"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { TwoFactorSetupResult } from "@/components/account/two-factor-panel";
import { failureState } from "@/lib/forms/form-failure";
import type { FormState } from "@/lib/forms/form-state";
import { getViewer } from "@/lib/auth/viewer";
import { localeOf } from "@/lib/forms/locale";
import { createOwnApiToken, revokeOwnApiToken } from "@/lib/users/api-tokens";
import {
  changeOwnPassword,
  confirmTwoFactor,
  disableTwoFactor,
  startTwoFactor,
  updateOwnDisplayPreferences,
} from "@/lib/users/own-account";

// Server actions of the account page. Each acts on the signed-in user only (lib/users checks the
// session again); a visitor without a session gets "signed out".

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  try {
    await changeOwnPassword(await getViewer(), await headers(), {
      currentPassword: text(formData, "currentPassword"),
      newPassword: text(formData, "newPassword"),
      confirmation: text(formData, "confirmation"),
    });
  } catch (error) {
    return failureState(locale, error);
  }
  const t = await getTranslations({ locale, namespace: "account" });
  return { status: "success", message: t("passwordChanged") };
}

export async function startTwoFactorAction(
  _previous: FormState<TwoFactorSetupResult>,
  formData: FormData,
): Promise<FormState<TwoFactorSetupResult>> {
  const locale = localeOf(formData);
  try {
    const setup = await startTwoFactor(await getViewer(), await headers(), text(formData, "password"));
    return { status: "success", result: setup };
  } catch (error) {
    return failureState(locale, error);
  }
}

export async function confirmTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  try {
    await confirmTwoFactor(await getViewer(), await headers(), text(formData, "code"));
  } catch (error) {
    return failureState(locale, error);
  }
  revalidatePath(`/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "account" });
  return { status: "success", message: t("twoFactorEnabled") };
}

export async function disableTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  try {
    await disableTwoFactor(await getViewer(), await headers(), text(formData, "password"));
  } catch (error) {
    return failureState(locale, error);
  }
  revalidatePath(`/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "account" });
  return { status: "success", message: t("twoFactorDisabled") };
}

export async function createApiTokenAction(
  _previous: FormState<{ token: string }>,
  formData: FormData,
): Promise<FormState<{ token: string }>> {
  const locale = localeOf(formData);
  const name = text(formData, "name");
  const days = Number(text(formData, "expiresInDays"));
  try {
    const { token } = await createOwnApiToken(await getViewer(), {
      name,
      expiresInDays: Number.isInteger(days) && days > 0 ? days : null,
    });
    revalidatePath(`/${locale}/account`);
    return { status: "success", result: { token } };
  } catch (error) {
    return failureState(locale, error, { name });
  }
}

export async function revokeApiTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  try {
    await revokeOwnApiToken(await getViewer(), text(formData, "id"));
  } catch (error) {
    return failureState(locale, error);
  }
  revalidatePath(`/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "account" });
  return { status: "success", message: t("tokenRevoked") };
}

export async function updateDisplayPreferencesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  try {
    await updateOwnDisplayPreferences(await getViewer(), {
      digits: text(formData, "digits"),
      hijri: formData.get("hijri") === "on",
    });
  } catch (error) {
    return failureState(locale, error);
  }
  // Every page formats with the new preference from the next render on.
  revalidatePath("/", "layout");
  const t = await getTranslations({ locale, namespace: "preferences" });
  return { status: "success", message: t("saved") };
}
