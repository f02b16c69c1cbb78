import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Empty, PageContainer, PageTitle } from "@/components/ui/layout";
import type { PlanSummary } from "@/lib/plans/data";
import { PlanList } from "./plan-list";

/** `toolbar`: editing controls, rendered only for viewers who may create plans. */
export function PlanListView({ plans, toolbar }: { plans: PlanSummary[]; toolbar?: ReactNode }) {
  const t = useTranslations("plans");
  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageTitle>{t("title")}</PageTitle>
      <p className="mb-6 max-w-prose text-slate-700">{t("intro")}</p>
      {toolbar}
      {plans.length > 0 ? <PlanList plans={plans} /> : <Empty>{t("empty")}</Empty>}
    </PageContainer>
  );
}
