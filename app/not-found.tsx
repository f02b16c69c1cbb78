import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { directionOf, locales } from "@/lib/i18n/locales";
import "./globals.css";

// Reached only by URLs the proxy does not localise (paths with a file extension, say), so the
// locale is unknown: say it in both languages, Arabic first.
export async function generateMetadata(): Promise<Metadata> {
  const titles = await Promise.all(
    locales.map(async (locale) => (await getTranslations({ locale, namespace: "notFound" }))("title")),
  );
  return { title: titles.join(" | ") };
}

export default async function RootNotFound() {
  const texts = await Promise.all(
    locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: "notFound" }) })),
  );
  return (
    <html lang="ar" dir="rtl">
      <body className="bg-stone-50 text-slate-900">
        <main className="mx-auto max-w-2xl space-y-10 px-4 py-16">
          {texts.map(({ locale, t }, i) => {
            const Heading = i === 0 ? "h1" : "h2";
            return (
              <section key={locale} lang={locale} dir={directionOf(locale)}>
                <Heading className="text-2xl font-bold text-brand-900">{t("title")}</Heading>
                <p className="mt-3 text-slate-700">{t("body")}</p>
                <p className="mt-4">
                  <a href={`/${locale}`} className="font-medium text-brand-700 underline">
                    {t("backHome")}
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
