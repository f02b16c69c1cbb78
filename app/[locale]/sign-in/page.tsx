import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageContainer, PageTitle } from "@/components/ui/layout";
import { getViewer } from "@/lib/auth/viewer";
import { redirect } from "@/lib/i18n/navigation";
import { requireLocale } from "@/lib/i18n/routing";
import { safeReturnPath } from "@/lib/users/return-path";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[]; passwordSet?: string; email?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const next = safeReturnPath(Array.isArray(query.next) ? query.next[0] : query.next);
  // Already signed in: nothing to do here.
  if ((await getViewer()).kind === "user") return redirect({ href: next, locale });

  const t = await getTranslations({ locale, namespace: "auth" });
  // Only a plausible address is put back in the field (set after choosing a password).
  const emailParam = Array.isArray(query.email) ? query.email[0] : query.email;
  const email = emailParam && emailParam.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(emailParam) ? emailParam : "";
  return (
    <PageContainer>
      <div className="mx-auto max-w-md">
        <PageTitle>{t("signInTitle")}</PageTitle>
        {query.passwordSet !== undefined && (
          <p
            role="status"
            className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          >
            {t("passwordSet")}
          </p>
        )}
        <SignInForm
          locale={locale}
          next={next}
          email={email}
          signIn={signInAction}
          labels={{
            intro: t("signInIntro"),
            email: t("email"),
            password: t("password"),
            submit: t("submit"),
            submitting: t("submitting"),
            noAccount: t("noAccount"),
            codeTitle: t("codeTitle"),
            codeIntro: t("codeIntro"),
            code: t("code"),
            verify: t("verify"),
            verifying: t("verifying"),
            startOver: t("startOver"),
          }}
        />
      </div>
    </PageContainer>
  );
}
