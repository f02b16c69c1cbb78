import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ActivityList, type ActivityStatusSlot } from "@/components/activities/activity-list";
import { DeliverableList } from "@/components/deliverables/deliverable-list";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MeetingTimeline } from "@/components/meetings/meeting-timeline";
import { Empty, PageContainer, PageTitle, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { PlanStatusBadge } from "@/components/records/status-badges";
import { ReportDownloads } from "@/components/reports/report-downloads";
import type { PillarWithActivities, PlanDetail } from "@/lib/plans/data";
import { PlanAdoption } from "./plan-adoption";
import { PlanPeriod } from "./plan-list";

/** Optional parts the page adds for editors (components/editing) and signed-in readers (timeline). */
export interface PlanDetailSlots {
  actions?: ReactNode;
  /** The plan dashboard (components/dashboard), between the plan's header and its pillars. */
  dashboard?: ReactNode;
  pillarActions?: (pillar: PillarWithActivities, index: number) => ReactNode;
  activityStatus?: ActivityStatusSlot;
  footer?: ReactNode;
}

export function PlanDetailView({ plan, slots = {} }: { plan: PlanDetail; slots?: PlanDetailSlots }) {
  const t = useTranslations();
  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("nav.plans"), href: "/plans" }, { label: <Localized value={plan.title} /> }]} />
      <PageTitle
        eyebrow={
          <>
            <span className="font-semibold text-slate-800">
              <PlanPeriod plan={plan} />
            </span>
            <PlanStatusBadge status={plan.status} />
          </>
        }
      >
        <Localized value={plan.title} />
      </PageTitle>
      {slots.actions}
      <PlanAdoption plan={plan} />
      {plan.summary && (
        <Localized as="p" value={plan.summary} className="mt-4 max-w-prose whitespace-pre-line text-slate-800" />
      )}
      <ReportDownloads planId={plan.id} />
      {slots.dashboard}

      <Section id="pillars" title={t("plan.pillars")}>
        {plan.pillars.length === 0 && <Empty>{t("plan.noPillars")}</Empty>}
        <ol className="space-y-6" data-testid="pillar-list">
          {plan.pillars.map((pillar, i) => (
            <li key={pillar.id}>
              <article
                aria-labelledby={`pillar-${pillar.id}`}
                className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
              >
                <h3 id={`pillar-${pillar.id}`} className="text-lg font-semibold text-brand-900">
                  <span className="block text-xs font-medium tracking-wide text-gold-700">
                    {t("plan.pillarNumber", { number: String(i + 1) })}
                  </span>
                  <Localized value={pillar.title} />
                </h3>
                {slots.pillarActions?.(pillar, i)}
                {pillar.description && (
                  <Localized
                    as="p"
                    value={pillar.description}
                    className="mt-2 whitespace-pre-line text-sm text-slate-700"
                  />
                )}
                <div className="mt-3">
                  {pillar.activities.length > 0 ? (
                    <ActivityList activities={pillar.activities} status={slots.activityStatus} />
                  ) : (
                    <Empty>{t("plan.noActivities")}</Empty>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="meetings" title={t("plan.meetings")} description={t("plan.meetingsIntro")}>
        {plan.meetings.length > 0 ? (
          <MeetingTimeline meetings={plan.meetings} />
        ) : (
          <Empty>{t("plan.noMeetings")}</Empty>
        )}
      </Section>

      <Section id="deliverables" title={t("plan.deliverables")}>
        {plan.deliverables.length > 0 ? (
          <DeliverableList deliverables={plan.deliverables} />
        ) : (
          <Empty>{t("plan.noDeliverables")}</Empty>
        )}
      </Section>
      {slots.footer}
    </PageContainer>
  );
}
