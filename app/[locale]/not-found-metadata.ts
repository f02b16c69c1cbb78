import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

// A segment's not-found.tsx cannot set metadata, so pages that answer 404 title themselves.
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title") };
}
