import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlansToolbar } from "@/components/editing/record-editing";
import { PlanListView } from "@/components/plans/plan-list-view";
import { can } from "@/lib/auth/permissions";
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
  const viewer = await getViewer();
  const plans = await listPlans(viewer);
  return <PlanListView plans={plans} toolbar={can(viewer, "create", "plan") ? <PlansToolbar /> : undefined} />;
}
