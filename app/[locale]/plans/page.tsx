import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlanListView } from "@/components/plans/plan-list-view";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/routing";
import { listPlans } from "@/lib/plans/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment } = await params;
  const locale = requireLocale(segment);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("title") };
}

export default async function PlansPage({ params }: Props) {
  const { locale: segment } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const plans = await listPlans(await getViewer());
  return <PlanListView plans={plans} />;
}
