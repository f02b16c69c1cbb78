import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { memberStateOptions, roleOptions } from "@/components/admin/options";
import { IssueLinkForm, UserAccessForm, UserStatusForm } from "@/components/admin/user-forms";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Field, Fields, PageContainer, PageTitle, Section } from "@/components/ui/layout";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { redirect } from "@/lib/i18n/navigation";
import { requireLocale } from "@/lib/i18n/routing";
import { listMemberStates } from "@/lib/member-states/data";
import { getUserAccount } from "@/lib/users/accounts";
import { issueLinkAction, setDisabledAction, updateAccessAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; userId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "adminUsers" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ManageUserPage({ params }: Props) {
  const { locale: segment, userId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (viewer.kind === "anonymous") {
    return redirect({ href: { pathname: "/sign-in", query: { next: `/admin/users/${userId}` } }, locale });
  }
  if (!can(viewer, "update", "user")) notFound();
  const user = await getUserAccount(viewer, userId);
  if (!user) notFound();

  const [states, t, tAuth, format] = await Promise.all([
    listMemberStates(viewer),
    getTranslations({ locale, namespace: "adminUsers" }),
    getTranslations({ locale, namespace: "auth" }),
    getFormatter({ locale }),
  ]);
  const self = user.id === viewer.userId;
  const status = user.disabledAt
    ? t("disabledOn", { date: format.dateTime(new Date(user.disabledAt), { dateStyle: "medium" }) })
    : user.hasPassword
      ? t("active")
      : t("invited");
  const linkLabels = { working: t("working"), link: t("linkTitle"), copy: t("copy"), copied: t("copied") };

  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("title"), href: "/admin/users" }, { label: user.name }]} />
      <PageTitle>{t("manageTitle", { name: user.name })}</PageTitle>
      <Fields>
        <Field label={t("email")}>
          <span dir="ltr">{user.email}</span>
        </Field>
        <Field label={t("status")}>{status}</Field>
        <Field label={t("twoFactor")}>{user.twoFactorEnabled ? t("yes") : t("no")}</Field>
      </Fields>

      <Section id="access" title={t("access")}>
        {self ? (
          <p className="text-sm text-slate-700">{t("ownAccess")}</p>
        ) : (
          <UserAccessForm
            key={user.version}
            locale={locale}
            userId={user.id}
            version={user.version}
            action={updateAccessAction}
            roles={roleOptions(tAuth)}
            states={memberStateOptions(states, locale)}
            defaults={{ role: user.role, memberStateId: user.memberState?.code ?? "" }}
            labels={{
              role: t("role"),
              memberState: t("memberState"),
              memberStateHint: t("memberStateHint"),
              chooseState: t("chooseState"),
              submit: t("save"),
              working: t("working"),
            }}
          />
        )}
      </Section>

      <Section id="password-link" title={t("linksTitle")} description={t("linksIntro")}>
        <IssueLinkForm
          locale={locale}
          userId={user.id}
          kind={user.hasPassword ? "reset" : "invitation"}
          action={issueLinkAction}
          labels={{ ...linkLabels, submit: user.hasPassword ? t("resetLink") : t("newInvitation") }}
        />
      </Section>

      {!self && (
        <Section id="status" title={user.disabledAt ? t("enable") : t("disable")} description={t("disableIntro")}>
          <UserStatusForm
            key={user.version}
            locale={locale}
            userId={user.id}
            version={user.version}
            disabled={user.disabledAt !== null}
            action={setDisabledAction}
            labels={{ submit: user.disabledAt ? t("enable") : t("disable"), working: t("working") }}
          />
        </Section>
      )}
    </PageContainer>
  );
}
