import { useTranslations } from "next-intl";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Empty, PageContainer, PageTitle } from "@/components/ui/layout";
import type { PlanSummary } from "@/lib/plans/data";
import { PlanList } from "./plan-list";

export function PlanListView({ plans }: { plans: PlanSummary[] }) {
  const t = useTranslations("plans");
  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageTitle>{t("title")}</PageTitle>
      <p className="mb-6 max-w-prose text-slate-700">{t("intro")}</p>
      {plans.length > 0 ? <PlanList plans={plans} /> : <Empty>{t("empty")}</Empty>}
    </PageContainer>
  );
}
