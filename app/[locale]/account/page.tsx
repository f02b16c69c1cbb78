import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ApiTokensPanel } from "@/components/account/api-tokens-panel";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DisplayPreferencesForm } from "@/components/account/display-preferences-form";
import { TwoFactorPanel } from "@/components/account/two-factor-panel";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Field, Fields, PageContainer, PageTitle, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { getViewer } from "@/lib/auth/viewer";
import { redirect } from "@/lib/i18n/navigation";
import { requireLocale } from "@/lib/i18n/routing";
import { listOwnApiTokens } from "@/lib/users/api-tokens";
import { getDisplayPreferences } from "@/lib/users/data";
import { getOwnAccount } from "@/lib/users/own-account";
import {
  changePasswordAction,
  confirmTwoFactorAction,
  createApiTokenAction,
  disableTwoFactorAction,
  revokeApiTokenAction,
  startTwoFactorAction,
  updateDisplayPreferencesAction,
} from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage({ params }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (viewer.kind !== "user") return redirect({ href: { pathname: "/sign-in", query: { next: "/account" } }, locale });

  const [account, tokens, display, t, tPreferences, tAuth, format] = await Promise.all([
    getOwnAccount(viewer),
    listOwnApiTokens(viewer),
    getDisplayPreferences(viewer),
    getTranslations({ locale, namespace: "account" }),
    getTranslations({ locale, namespace: "preferences" }),
    getTranslations({ locale, namespace: "auth" }),
    getFormatter({ locale }),
  ]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });

  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageTitle>{t("title")}</PageTitle>

      <Fields>
        <Field label={t("name")}>{account.name}</Field>
        <Field label={t("email")}>
          <span dir="ltr">{account.email}</span>
        </Field>
        <Field label={t("role")}>{tAuth(`roles.${account.role}`)}</Field>
        {account.memberState && (
          <Field label={t("memberState")}>
            <Localized value={account.memberState.name} />
          </Field>
        )}
      </Fields>

      <Section id="display" title={tPreferences("title")} description={tPreferences("intro")}>
        <DisplayPreferencesForm
          locale={locale}
          action={updateDisplayPreferencesAction}
          current={display}
          labels={{
            digits: tPreferences("digits"),
            latn: tPreferences("latn"),
            arab: tPreferences("arab"),
            hijri: tPreferences("hijri"),
            hijriHint: tPreferences("hijriHint"),
            submit: tPreferences("save"),
            submitting: t("saving"),
          }}
        />
      </Section>

      <Section id="password" title={t("passwordTitle")} description={t("passwordIntro")}>
        <ChangePasswordForm
          locale={locale}
          minLength={MIN_PASSWORD_LENGTH}
          action={changePasswordAction}
          labels={{
            currentPassword: t("currentPassword"),
            newPassword: t("newPassword"),
            confirmation: t("confirmation"),
            hint: t("passwordHint", { min: MIN_PASSWORD_LENGTH }),
            submit: t("changePassword"),
            submitting: t("saving"),
          }}
        />
      </Section>

      {account.twoFactorOffered && (
        <Section id="two-factor" title={t("twoFactorTitle")} description={t("twoFactorIntro")}>
          <TwoFactorPanel
            key={String(account.twoFactorEnabled)}
            locale={locale}
            enabled={account.twoFactorEnabled}
            start={startTwoFactorAction}
            confirm={confirmTwoFactorAction}
            disable={disableTwoFactorAction}
            labels={{
              on: t("twoFactorOn"),
              off: t("twoFactorOff"),
              password: t("confirmPassword"),
              enable: t("enableTwoFactor"),
              disable: t("disableTwoFactor"),
              scanTitle: t("scanTitle"),
              qrLabel: t("qrLabel"),
              secretLabel: t("secretLabel"),
              backupCodesTitle: t("backupCodesTitle"),
              backupCodesIntro: t("backupCodesIntro"),
              code: t("verificationCode"),
              confirm: t("confirmTwoFactor"),
              working: t("saving"),
              copy: t("copy"),
              copied: t("copied"),
            }}
          />
        </Section>
      )}

      <Section id="api-tokens" title={t("tokensTitle")} description={t("tokensIntro")}>
        <ApiTokensPanel
          locale={locale}
          tokens={tokens.map((token) => ({
            id: token.id,
            name: token.name,
            prefix: token.prefix,
            createdAt: date(token.createdAt),
            lastUsedAt: token.lastUsedAt ? date(token.lastUsedAt) : t("neverUsed"),
            expiresAt: token.expiresAt ? date(token.expiresAt) : t("neverExpires"),
          }))}
          create={createApiTokenAction}
          revoke={revokeApiTokenAction}
          labels={{
            name: t("tokenName"),
            expiry: t("tokenExpiry"),
            expiryOptions: [
              { value: "30", label: t("expiry30") },
              { value: "90", label: t("expiry90") },
              { value: "365", label: t("expiry365") },
              { value: "never", label: t("neverExpires") },
            ],
            create: t("createToken"),
            created: t("tokenCreated"),
            token: t("token"),
            none: t("noTokens"),
            prefix: t("tokenPrefix"),
            createdAt: t("tokenCreatedAt"),
            lastUsed: t("tokenLastUsed"),
            expires: t("tokenExpires"),
            revoke: t("revoke"),
            revokeLabel: Object.fromEntries(tokens.map((token) => [token.id, t("revokeLabel", { name: token.name })])),
            working: t("saving"),
            copy: t("copy"),
            copied: t("copied"),
          }}
        />
      </Section>
    </PageContainer>
  );
}
