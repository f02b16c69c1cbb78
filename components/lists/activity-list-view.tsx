import { useLocale, useTranslations } from "next-intl";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DateRange } from "@/components/ui/dates";
import { CheckboxGroup, SelectField, TextField } from "@/components/ui/form/fields";
import { PageContainer, PageTitle } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ActivityStatusBadge } from "@/components/records/status-badges";
import type { ActivityListItem } from "@/lib/activities/data";
import { ACTIVITY_SORTS } from "@/lib/activities/schema";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from "@/lib/enums";
import type { FrameworkTargetDto } from "@/lib/frameworks/dto";
import { requireLocale } from "@/lib/i18n/routing";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { PillarDto } from "@/lib/pillars/data";
import { FilterForm } from "./filter-form";
import { FrameworkFilter } from "./framework-filter";
import { enumOptions, groupedOptions, recordOptions } from "./options";
import { Pagination } from "./pagination";
import type { ListParams } from "./params";
import { ResultSummary } from "./result-summary";
import { cell, headerCell, rowClass, StackedTable } from "./stacked-table";

export interface ActivityListViewProps {
  activities: ActivityListItem[];
  total: number;
  page: number;
  params: ListParams;
  ignored: string[];
  plans: { id: string; title: LocalizedText }[];
  pillars: PillarDto[];
  frameworkTargets: FrameworkTargetDto[];
}

const PATH = "/activities";

export function ActivityListView({
  activities,
  total,
  page,
  params,
  ignored,
  plans,
  pillars,
  frameworkTargets,
}: ActivityListViewProps) {
  const t = useTranslations();
  const locale = requireLocale(useLocale());
  const planById = new Map(plans.map((plan) => [plan.id, plan]));
  const pillarById = new Map(pillars.map((pillar) => [pillar.id, pillar]));
  const columns = {
    activity: t("lists.activities.columns.activity"),
    type: t("lists.activities.columns.type"),
    dates: t("lists.activities.columns.dates"),
    status: t("lists.activities.columns.status"),
    progress: t("lists.activities.columns.progress"),
  };
  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("nav.activities") }]} />
      <PageTitle>{t("lists.activities.title")}</PageTitle>
      <p className="mb-6 max-w-prose text-slate-700">{t("lists.activities.intro")}</p>
      <FilterForm path={PATH} values={params}>
        <TextField
          name="q"
          type="search"
          label={t("lists.q")}
          hint={t("lists.qHint")}
          className="sm:col-span-2 lg:col-span-3"
        />
        <SelectField
          name="planId"
          label={t("lists.plan")}
          emptyLabel={t("lists.any")}
          options={recordOptions(plans, locale)}
        />
        <SelectField
          name="pillarId"
          label={t("lists.pillar")}
          emptyLabel={t("lists.any")}
          options={groupedOptions(plans, pillars, (p) => p.planId, locale)}
        />
        <SelectField
          name="type"
          label={t("lists.type")}
          emptyLabel={t("lists.any")}
          options={enumOptions(ACTIVITY_TYPES, (v) => t(`activityType.${v}`))}
        />
        <CheckboxGroup
          name="status"
          legend={t("lists.status")}
          options={enumOptions(ACTIVITY_STATUSES, (v) => t(`activityStatus.${v}`))}
        />
        <FrameworkFilter targets={frameworkTargets} />
        <SelectField
          name="sort"
          label={t("lists.sort")}
          options={enumOptions(ACTIVITY_SORTS, (v) => t(`lists.sortActivities.${v}`))}
        />
        <TextField name="from" type="date" label={t("lists.from")} hint={t("lists.datesHint")} />
        <TextField name="to" type="date" label={t("lists.to")} />
      </FilterForm>
      <ResultSummary total={total} ignored={ignored} />
      {activities.length > 0 && (
        <StackedTable testId="activity-list">
          <thead>
            <tr>
              <th scope="col" className={headerCell}>
                {columns.activity}
              </th>
              <th scope="col" className={headerCell}>
                {columns.type}
              </th>
              <th scope="col" className={headerCell}>
                {columns.dates}
              </th>
              <th scope="col" className={headerCell}>
                {columns.status}
              </th>
              <th scope="col" className={headerCell}>
                {columns.progress}
              </th>
            </tr>
          </thead>
          <tbody>
            {activities.map((activity) => {
              const plan = planById.get(activity.planId);
              const pillar = pillarById.get(activity.pillarId);
              return (
                <tr key={activity.id} className={rowClass}>
                  <th scope="row" className={`${cell} font-normal`}>
                    <Link
                      href={`/activities/${activity.id}`}
                      className="font-medium text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700"
                    >
                      <Localized value={activity.title} />
                    </Link>
                    {plan && pillar && (
                      <p className="mt-1 text-xs text-slate-600">
                        <Localized value={plan.title} /> · <Localized value={pillar.title} />
                      </p>
                    )}
                  </th>
                  <td className={cell} data-label={columns.type}>
                    {t(`activityType.${activity.type}`)}
                  </td>
                  <td className={cell} data-label={columns.dates}>
                    {activity.plannedStart ? (
                      <DateRange
                        start={activity.plannedStart}
                        end={activity.plannedEnd}
                        precision={activity.datePrecision}
                      />
                    ) : (
                      <span className="text-slate-600">{t("lists.notScheduled")}</span>
                    )}
                  </td>
                  <td className={cell} data-label={columns.status}>
                    <ActivityStatusBadge status={activity.status} />
                  </td>
                  <td className={cell} data-label={columns.progress}>
                    <ProgressBar value={activity.progress} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </StackedTable>
      )}
      <Pagination path={PATH} params={params} page={page} total={total} />
    </PageContainer>
  );
}
