import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer, PageTitle } from "@/components/ui/layout";
import { Link } from "@/lib/i18n/navigation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import type { Locale } from "@/lib/i18n/locales";
import type { FormAction } from "@/lib/forms/form-state";
import { SetPasswordForm } from "./set-password-form";

type Kind = "invitation" | "reset";

export async function setPasswordMetadata(locale: Locale, kind: Kind): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "setPassword" });
  // The URL carries a secret: keep it out of search engines.
  return {
    title: t(kind === "invitation" ? "invitationTitle" : "resetTitle"),
    robots: { index: false, follow: false },
  };
}

export async function SetPasswordView({
  locale,
  kind,
  token,
  usable,
  action,
}: {
  locale: Locale;
  kind: Kind;
  token: string;
  /** False for a link already used or expired: say so now, not after a password is typed. */
  usable: boolean;
  action: FormAction;
}) {
  const t = await getTranslations({ locale, namespace: "setPassword" });
  if (!usable) {
    return (
      <PageContainer>
        <div className="mx-auto max-w-md" data-testid="link-used">
          <PageTitle>{t("usedTitle")}</PageTitle>
          <p className="max-w-prose text-slate-700">{t("usedBody")}</p>
          <p className="mt-6">
            <Link href="/sign-in" className="font-medium text-brand-700 underline hover:text-brand-900">
              {t("signIn")}
            </Link>
          </p>
        </div>
      </PageContainer>
    );
  }
  return (
    <PageContainer>
      <div className="mx-auto max-w-md">
        <PageTitle>{t(kind === "invitation" ? "invitationTitle" : "resetTitle")}</PageTitle>
        <SetPasswordForm
          locale={locale}
          token={token}
          minLength={MIN_PASSWORD_LENGTH}
          action={action}
          labels={{
            intro: t(kind === "invitation" ? "invitationIntro" : "resetIntro"),
            password: t("password"),
            confirmation: t("confirmation"),
            hint: t("hint", { min: MIN_PASSWORD_LENGTH }),
            submit: t("submit"),
            submitting: t("submitting"),
          }}
        />
      </div>
    </PageContainer>
  );
}
