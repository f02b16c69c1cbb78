import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { DisplayPreferencesProvider } from "@/components/ui/display-preferences";
import { getViewer } from "@/lib/auth/viewer";
import { getDisplayPreferences } from "@/lib/users/data";
import { directionOf } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "app" });
  return {
    title: { template: `%s | ${t("name")}`, default: t("name") },
    description: t("description"),
    applicationName: t("name"),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const display = await getDisplayPreferences(await getViewer());

  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-dvh flex-col bg-stone-50 text-slate-900 antialiased">
        {/* Client components get their strings as props; the provider only carries the locale
            (for next-intl's Link), so no message catalogue is shipped to the browser. */}
        <NextIntlClientProvider locale={locale} messages={null}>
          <DisplayPreferencesProvider value={display}>
            <SkipLink />
            <SiteHeader />
            <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
              {children}
            </main>
            <SiteFooter />
          </DisplayPreferencesProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
