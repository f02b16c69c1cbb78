"use server";

import { headers } from "next/headers";
import { isLocale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { signOut } from "@/lib/users/sign-in";

/** Ends the current session (its row and its cookie), then opens the home page. */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  await signOut(await headers());
  redirect({ href: "/", locale: isLocale(locale) ? locale : "ar" });
}
