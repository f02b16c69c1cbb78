import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HomeView } from "@/components/home/home-view";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/routing";
import { listPlans } from "@/lib/plans/data";

// Rendered per request from the database: nothing here may be prerendered at build time.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment } = await params;
  const locale = requireLocale(segment);
  const t = await getTranslations({ locale, namespace: "app" });
  return { title: { absolute: `${t("name")} | ${t("tagline")}` } };
}

export default async function HomePage({ params }: Props) {
  const { locale: segment } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const plans = await listPlans(await getViewer());
  return <HomeView plans={plans} />;
}
