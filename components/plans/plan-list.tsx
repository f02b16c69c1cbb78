import { useTranslations } from "next-intl";
import { Localized } from "@/components/ui/localized";
import { PlanStatusBadge } from "@/components/records/status-badges";
import { Link } from "@/lib/i18n/navigation";
import type { PlanSummary } from "@/lib/plans/data";
import { PlanAdoption } from "./plan-adoption";

export function PlanPeriod({ plan }: { plan: Pick<PlanSummary, "startYear" | "endYear"> }) {
  const t = useTranslations("common");
  // Years as strings: ICU would group a number's digits ("2,022").
  return (
    <span className="tabular-nums">{t("period", { start: String(plan.startYear), end: String(plan.endYear) })}</span>
  );
}

export function PlanList({ plans, headingLevel = 2 }: { plans: PlanSummary[]; headingLevel?: 2 | 3 }) {
  const t = useTranslations("plans");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid gap-4 md:grid-cols-2" data-testid="plan-list">
      {plans.map((plan) => (
        <li key={plan.id}>
          <article className="flex h-full flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <span className="font-semibold text-slate-800">
                <PlanPeriod plan={plan} />
              </span>
              <PlanStatusBadge status={plan.status} />
            </div>
            <Heading className="text-lg font-semibold text-brand-900">
              <Link
                href={`/plans/${plan.id}`}
                className="underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700"
              >
                <Localized value={plan.title} />
              </Link>
            </Heading>
            <PlanAdoption plan={plan} />
            <p className="mt-auto text-sm text-slate-600">
              {t("pillarCount", { count: plan.pillarCount })}
              <span aria-hidden="true"> · </span>
              {t("activityCount", { count: plan.activityCount })}
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
