import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DateRange, DateTime, PartialDate } from "@/components/ui/dates";
import { Empty, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { Num, Percent } from "@/components/ui/numbers";
import type { Deadline, PlanDashboard, ProgressFigures, RecentChange } from "@/lib/dashboard/dto";
import { ACTIVITY_STATUSES, STAGE_KINDS } from "@/lib/enums";
import { directionOf, isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { PlanTimeline } from "./plan-timeline";
import { ProgressChart } from "./progress-chart";

// The plan dashboard, above the plan's pillars and activities on the plan page: key figures,
// progress per pillar (chart and the same figures as a table), the timeline, what is coming up
// and what is late, documents by stage and, for signed-in readers, the latest changes.

const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid";
const link = "text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700";

function ProgressValue({ value }: { value: number | null }) {
  const t = useTranslations("dashboard");
  return value === null ? <>{t("notMeasured")}</> : <Percent value={value / 100} />;
}

export function PlanDashboardView({ dashboard }: { dashboard: PlanDashboard }) {
  const t = useTranslations("dashboard");
  const { progress, plan } = dashboard;
  const planPath = `/plans/${plan.id}`;
  return (
    <section aria-labelledby="dashboard" className="mt-8" data-testid="plan-dashboard">
      <div className="flex flex-wrap items-baseline justify-between gap-3 border-b border-slate-200 pb-2">
        <h2 id="dashboard" className="text-xl font-semibold text-brand-900">
          {t("title")}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm print:hidden">
          <li>
            <Link href={`${planPath}/changes`} className={link}>
              {t("links.changes")}
            </Link>
          </li>
          <li>
            <Link href={`${planPath}/frameworks`} className={link}>
              {t("links.frameworks")}
            </Link>
          </li>
        </ul>
      </div>
      <p className="mt-2 text-sm text-slate-600">
        {t("intro")} <PartialDate iso={dashboard.today} precision="day" />
      </p>
      <KeyFigures dashboard={dashboard} />

      <Section id="dashboard-progress" title={t("progress.title")} description={t("progress.intro")}>
        <PillarProgress dashboard={dashboard} />
      </Section>

      <Section id="dashboard-timeline" title={t("timeline.title")} description={t("timeline.intro")}>
        <PlanTimeline dashboard={dashboard} pillars={progress.pillars} />
      </Section>

      <div className="grid gap-x-6 md:grid-cols-2">
        <Section id="dashboard-upcoming" title={t("upcoming.title")}>
          <Upcoming dashboard={dashboard} />
        </Section>
        <Section id="dashboard-late" title={t("late.title")} description={t("late.intro")}>
          {dashboard.late.total === 0 ? (
            <Empty>{t("late.none")}</Empty>
          ) : (
            <>
              <DeadlineList items={dashboard.late.items} testId="late-items" />
              {dashboard.late.total > dashboard.late.items.length && (
                <p className="mt-2 text-sm text-slate-600">
                  {t("late.more", { count: dashboard.late.total - dashboard.late.items.length })}
                </p>
              )}
            </>
          )}
        </Section>
      </div>

      <Section id="dashboard-stages" title={t("stages.title")} description={t("stages.intro")}>
        <StageCounts dashboard={dashboard} />
      </Section>

      {dashboard.recentChanges && (
        <Section id="dashboard-recent" title={t("recent.title")} description={t("recent.intro")}>
          {dashboard.recentChanges.length === 0 ? (
            <Empty>{t("recent.none")}</Empty>
          ) : (
            <RecentChanges changes={dashboard.recentChanges} planPath={planPath} />
          )}
        </Section>
      )}
    </section>
  );
}

function KeyFigures({ dashboard }: { dashboard: PlanDashboard }) {
  const t = useTranslations("dashboard.summary");
  const { overall } = dashboard.progress;
  const figures: [string, ReactNode][] = [
    [t("activities"), <Num key="a" value={overall.total} />],
    [t("progress"), <ProgressValue key="p" value={overall.progress} />],
    [t("completed"), <Num key="c" value={overall.count.completed} />],
    [t("late"), <Num key="l" value={dashboard.late.total} />],
    [t("deliverables"), <Num key="d" value={dashboard.deliverableTotal} />],
  ];
  return (
    <dl
      aria-label={t("label")}
      className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5"
      data-testid="key-figures"
    >
      {figures.map(([label, value]) => (
        <div key={label} className={card}>
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="mt-1 text-2xl font-bold text-brand-900 tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function PillarProgress({ dashboard }: { dashboard: PlanDashboard }) {
  const t = useTranslations();
  const locale = useLocale();
  const { pillars, overall } = dashboard.progress;
  const statusLabels = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, t(`activityStatus.${s}`)])) as Record<
    (typeof ACTIVITY_STATUSES)[number],
    string
  >;
  const shortName = (i: number) => t("dashboard.progress.pillarShort", { number: String(i + 1) });
  const row = (key: string, name: ReactNode, figures: ProgressFigures, total = false) => (
    <tr key={key} className={total ? "border-t-2 border-slate-300 font-semibold" : "border-t border-slate-200"}>
      <th scope="row" className="py-2 pe-3 text-start font-medium text-slate-900">
        {name}
      </th>
      {ACTIVITY_STATUSES.map((s) => (
        <td key={s} className="px-2 py-2 text-center tabular-nums">
          <Num value={figures.count[s]} />
        </td>
      ))}
      <td className="px-2 py-2 text-center tabular-nums">
        <Num value={figures.total} />
      </td>
      <td className="ps-2 py-2 text-center tabular-nums">
        <ProgressValue value={figures.progress} />
      </td>
    </tr>
  );
  return (
    <div className="grid gap-4">
      {pillars.length > 0 && (
        <figure className={`${card} print:hidden`}>
          <ProgressChart
            pillars={pillars.map((p, i) => ({ label: shortName(i), count: p.count }))}
            statusLabels={statusLabels}
            rtl={isLocale(locale) && directionOf(locale) === "rtl"}
          />
          <figcaption className="mt-2 text-sm text-slate-600">{t("dashboard.progress.chartCaption")}</figcaption>
        </figure>
      )}
      <div role="region" aria-labelledby="pillar-progress-caption" tabIndex={0} className={`${card} overflow-x-auto`}>
        <table className="w-full min-w-[36rem] text-sm" data-testid="pillar-progress">
          <caption id="pillar-progress-caption" className="mb-2 text-start font-semibold text-brand-900">
            {t("dashboard.progress.tableCaption")}
          </caption>
          <thead>
            <tr className="text-slate-700">
              <th scope="col" className="pb-2 pe-3 text-start font-medium">
                {t("dashboard.progress.pillar")}
              </th>
              {ACTIVITY_STATUSES.map((s) => (
                <th key={s} scope="col" className="px-2 pb-2 text-center font-medium">
                  {statusLabels[s]}
                </th>
              ))}
              <th scope="col" className="px-2 pb-2 text-center font-medium">
                {t("dashboard.progress.total")}
              </th>
              <th scope="col" className="ps-2 pb-2 text-center font-medium">
                {t("dashboard.progress.progress")}
              </th>
            </tr>
          </thead>
          <tbody>
            {pillars.map((p, i) =>
              row(
                p.id,
                <>
                  <span className="block text-xs text-gold-700">{shortName(i)}</span>
                  <Localized value={p.title} />
                </>,
                p,
              ),
            )}
            {row("overall", t("dashboard.progress.overall"), overall, true)}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function DeadlineList({ items, testId }: { items: Deadline[]; testId: string }) {
  const t = useTranslations();
  return (
    <ul className="space-y-2" data-testid={testId}>
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}-${item.stage ?? ""}-${item.date}`} className="text-sm">
          <span className="font-semibold text-slate-800">
            <PartialDate iso={item.date} precision={item.datePrecision} />
          </span>{" "}
          <Link href={`/${item.kind === "activity" ? "activities" : "deliverables"}/${item.id}`} className={link}>
            <Localized value={item.title} />
          </Link>
          <span className="block text-slate-600">
            {item.stage
              ? t("dashboard.upcoming.stage", { stage: t(`deliverableStage.${item.stage}`) })
              : t("dashboard.upcoming.activityEnd")}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Upcoming({ dashboard }: { dashboard: PlanDashboard }) {
  const t = useTranslations();
  return (
    <div className="space-y-5">
      <div>
        <h3 className="mb-2 font-semibold text-slate-800">{t("dashboard.upcoming.meetings")}</h3>
        {dashboard.upcomingMeetings.length === 0 ? (
          <Empty>{t("dashboard.upcoming.noMeetings")}</Empty>
        ) : (
          <ul className="space-y-2" data-testid="upcoming-meetings">
            {dashboard.upcomingMeetings.map((m) => (
              <li key={m.id} className="text-sm">
                <span className="font-semibold text-slate-800">
                  <DateRange start={m.date} end={m.endDate} precision={m.datePrecision} />
                </span>{" "}
                <Link href={`/meetings/${m.id}`} className={link}>
                  <Localized value={m.title} />
                </Link>
                <span className="block text-slate-600">{t(`meetingKind.${m.kind}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="mb-2 font-semibold text-slate-800">{t("dashboard.upcoming.deadlines")}</h3>
        {dashboard.deadlines.length === 0 ? (
          <Empty>{t("dashboard.upcoming.noDeadlines")}</Empty>
        ) : (
          <DeadlineList items={dashboard.deadlines} testId="deadlines" />
        )}
      </div>
    </div>
  );
}

function StageCounts({ dashboard }: { dashboard: PlanDashboard }) {
  const t = useTranslations();
  const total = dashboard.deliverableTotal;
  const rows = [
    ...STAGE_KINDS.map((s) => [s, t(`deliverableStage.${s}`)] as const),
    ["none", t("dashboard.stages.none")] as const,
  ];
  return (
    <table className={`${card} w-full text-sm`} data-testid="stage-counts">
      <thead>
        <tr className="text-slate-700">
          <th scope="col" className="pb-2 text-start font-medium">
            {t("dashboard.stages.stage")}
          </th>
          <th scope="col" className="pb-2 text-start font-medium">
            {t("dashboard.stages.count")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([stage, label]) => {
          const count = dashboard.deliverableStages[stage];
          return (
            <tr key={stage} className="border-t border-slate-200">
              <th scope="row" className="py-1.5 text-start font-normal text-slate-900">
                {label}
              </th>
              <td className="w-2/3 py-1.5">
                <div className="flex items-center gap-3">
                  <span className="w-8 shrink-0 font-semibold tabular-nums">
                    <Num value={count} />
                  </span>
                  <div aria-hidden="true" className="h-2 flex-1 rounded-full bg-slate-100">
                    <div
                      className="h-full rounded-full bg-brand-600"
                      style={{ width: `${total ? (count / total) * 100 : 0}%` }}
                    />
                  </div>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const RECORD_PATH: Partial<Record<RecentChange["entity"], string>> = {
  activity: "activities",
  meeting: "meetings",
  deliverable: "deliverables",
};

function RecentChanges({ changes, planPath }: { changes: RecentChange[]; planPath: string }) {
  const t = useTranslations();
  return (
    <ol className="space-y-3" data-testid="recent-changes">
      {changes.map((change) => {
        const path =
          change.entity === "plan"
            ? planPath
            : RECORD_PATH[change.entity] && `/${RECORD_PATH[change.entity]}/${change.entityId}`;
        const title = <Localized value={change.title} />;
        return (
          <li key={change.id} className={`${card} text-sm`}>
            <p className="text-slate-600">
              <DateTime iso={change.at} />
              {change.actor && <> · {t("dashboard.recent.by", { actor: change.actor })}</>}
            </p>
            <p className="mt-1">
              <span className="font-semibold text-slate-800">
                {t(`dashboard.recent.entity.${change.entity}`)} · {t(`timeline.action.${change.action}`)}:
              </span>{" "}
              {path ? (
                <Link href={path} className={link}>
                  {title}
                </Link>
              ) : (
                title
              )}
            </p>
            {change.status ? (
              <p className="text-slate-700">
                {t("dashboard.recent.statusChange", {
                  from: change.status.from ? t(`activityStatus.${change.status.from}`) : t("timeline.none"),
                  to: t(`activityStatus.${change.status.to}`),
                })}
              </p>
            ) : (
              change.action === "update" && (
                <p className="text-slate-700">{t("dashboard.recent.fields", { count: change.fields.length })}</p>
              )
            )}
          </li>
        );
      })}
    </ol>
  );
}
