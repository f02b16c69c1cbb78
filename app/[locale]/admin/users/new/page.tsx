import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CreateUserForm } from "@/components/admin/user-forms";
import { memberStateOptions, roleOptions } from "@/components/admin/options";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PageContainer, PageTitle } from "@/components/ui/layout";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { redirect } from "@/lib/i18n/navigation";
import { requireLocale } from "@/lib/i18n/routing";
import { listMemberStates } from "@/lib/member-states/data";
import { createUserAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "adminUsers" });
  return { title: t("create"), robots: { index: false } };
}

export default async function NewUserPage({ params }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (viewer.kind === "anonymous")
    return redirect({ href: { pathname: "/sign-in", query: { next: "/admin/users/new" } }, locale });
  if (!can(viewer, "create", "user")) notFound();

  const [states, t, tAuth] = await Promise.all([
    listMemberStates(viewer),
    getTranslations({ locale, namespace: "adminUsers" }),
    getTranslations({ locale, namespace: "auth" }),
  ]);
  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("title"), href: "/admin/users" }, { label: t("create") }]} />
      <PageTitle>{t("create")}</PageTitle>
      <p className="mb-6 max-w-prose text-slate-700">{t("createIntro")}</p>
      <CreateUserForm
        locale={locale}
        action={createUserAction}
        roles={roleOptions(tAuth)}
        states={memberStateOptions(states, locale)}
        languages={[
          { value: "ar", label: t("languages.ar") },
          { value: "en", label: t("languages.en") },
        ]}
        labels={{
          name: t("name"),
          email: t("email"),
          role: t("role"),
          memberState: t("memberState"),
          memberStateHint: t("memberStateHint"),
          chooseState: t("chooseState"),
          language: t("language"),
          submit: t("submitCreate"),
          working: t("working"),
          link: t("linkTitle"),
          copy: t("copy"),
          copied: t("copied"),
        }}
      />
    </PageContainer>
  );
}
