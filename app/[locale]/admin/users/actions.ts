"use server";

import { getFormatter, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { IssuedLink } from "@/components/admin/user-forms";
import { failureState } from "@/lib/forms/form-failure";
import type { FormState } from "@/lib/forms/form-state";
import { getViewer } from "@/lib/auth/viewer";
import { localeOf } from "@/lib/forms/locale";
import type { Locale } from "@/lib/i18n/locales";
import { createUser, updateUser } from "@/lib/users/mutations";
import type { SetPasswordLink } from "@/lib/users/dto";
import { issueSetPasswordLink, requestOrigin, type LinkKind } from "@/lib/users/invitations";

// Server actions of user administration. lib/users checks that the caller is an administrator
// (permissions table, `user` row) on every call; hiding the pages from others is not the guard.

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

async function describeLink(locale: Locale, kind: LinkKind, link: SetPasswordLink): Promise<IssuedLink> {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "adminUsers" }),
    getFormatter({ locale }),
  ]);
  const expires = format.dateTime(new Date(link.expiresAt), { dateStyle: "long", timeStyle: "short" });
  const intro = t(kind === "invitation" ? "invitationLinkIntro" : "resetLinkIntro", { name: link.name, expires });
  return { url: link.url, intro: link.emailed ? `${intro} ${t("emailed", { email: link.email })}` : intro };
}

export async function createUserAction(
  _previous: FormState<IssuedLink>,
  formData: FormData,
): Promise<FormState<IssuedLink>> {
  const locale = localeOf(formData);
  const values = {
    name: text(formData, "name"),
    email: text(formData, "email"),
    role: text(formData, "role"),
    memberStateId: text(formData, "memberStateId"),
    userLocale: text(formData, "userLocale"),
  };
  try {
    const viewer = await getViewer();
    const user = await createUser(viewer, {
      name: values.name,
      email: values.email,
      role: values.role,
      ...(values.role === "focal_point" ? { memberStateId: values.memberStateId || null } : {}),
      locale: values.userLocale || locale,
    });
    const link = await issueSetPasswordLink(viewer, user.id, "invitation", requestOrigin(await headers()));
    revalidatePath(`/${locale}/admin/users`);
    const t = await getTranslations({ locale, namespace: "adminUsers" });
    return {
      status: "success",
      message: t("created", { name: user.name }),
      result: await describeLink(locale, "invitation", link),
    };
  } catch (error) {
    return failureState(locale, error, values);
  }
}

export async function updateAccessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  try {
    const role = text(formData, "role");
    await updateUser(await getViewer(), text(formData, "userId"), {
      role,
      // Only focal points have a state: leaving that role clears it.
      memberStateId: role === "focal_point" ? text(formData, "memberStateId") || null : null,
      version: Number(text(formData, "version")),
    });
  } catch (error) {
    return failureState(locale, error);
  }
  revalidatePath(`/${locale}/admin/users`, "layout");
  const t = await getTranslations({ locale, namespace: "adminUsers" });
  return { status: "success", message: t("saved") };
}

export async function setDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const disabled = text(formData, "disabled") === "true";
  try {
    await updateUser(await getViewer(), text(formData, "userId"), {
      disabled,
      version: Number(text(formData, "version")),
    });
  } catch (error) {
    return failureState(locale, error);
  }
  revalidatePath(`/${locale}/admin/users`, "layout");
  const t = await getTranslations({ locale, namespace: "adminUsers" });
  return { status: "success", message: t(disabled ? "accountDisabled" : "accountEnabled") };
}

export async function issueLinkAction(
  _previous: FormState<IssuedLink>,
  formData: FormData,
): Promise<FormState<IssuedLink>> {
  const locale = localeOf(formData);
  const kind: LinkKind = text(formData, "kind") === "invitation" ? "invitation" : "reset";
  try {
    const link = await issueSetPasswordLink(
      await getViewer(),
      text(formData, "userId"),
      kind,
      requestOrigin(await headers()),
    );
    return { status: "success", result: await describeLink(locale, kind, link) };
  } catch (error) {
    return failureState(locale, error);
  }
}
