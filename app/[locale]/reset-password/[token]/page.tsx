import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { SetPasswordView, setPasswordMetadata } from "@/components/auth/set-password-view";
import { requireLocale } from "@/lib/i18n/routing";
import { isSetPasswordLinkUsable } from "@/lib/users/invitations";
import { setPasswordAction } from "../../invitation/actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return setPasswordMetadata(requireLocale((await params).locale), "reset");
}

/** Opened from a reset link an administrator created: the user picks a new password. */
export default async function ResetPasswordPage({ params }: Props) {
  const { locale: segment, token } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const usable = await isSetPasswordLinkUsable(token);
  return <SetPasswordView locale={locale} kind="reset" token={token} usable={usable} action={setPasswordAction} />;
}
