import { useTranslations } from "next-intl";
import { PartialDate } from "@/components/ui/dates";
import { Localized } from "@/components/ui/localized";
import type { DeliverableSummary, StageRef } from "@/lib/deliverables/dto";
import { Link } from "@/lib/i18n/navigation";

export function DeliverableList({ deliverables }: { deliverables: DeliverableSummary[] }) {
  const t = useTranslations();
  return (
    <ul className="grid gap-x-8 md:grid-cols-2">
      {deliverables.map((deliverable) => (
        <li key={deliverable.id} className="border-b border-slate-200 py-3">
          <p className="text-xs font-medium tracking-wide text-slate-600">{t(`deliverableType.${deliverable.type}`)}</p>
          <Link
            href={`/deliverables/${deliverable.id}`}
            className="font-medium text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700"
          >
            <Localized value={deliverable.title} />
          </Link>
          {deliverable.latestStage && (
            <p className="mt-1 text-sm text-slate-600">
              {t("plan.latestStage")} <StageSummary stage={deliverable.latestStage} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "Submitted · December 2023 · Completed". */
export function StageSummary({ stage }: { stage: StageRef }) {
  const t = useTranslations();
  return (
    <>
      <span className="font-medium text-slate-800">{t(`deliverableStage.${stage.stage}`)}</span>
      {stage.date && (
        <>
          <span aria-hidden="true"> · </span>
          <PartialDate iso={stage.date} precision={stage.datePrecision} />
        </>
      )}
      <span aria-hidden="true"> · </span>
      {stage.completed ? t("deliverable.completed") : t("deliverable.scheduled")}
    </>
  );
}
