import { useLocale, useTranslations } from "next-intl";
import { sortByName } from "@/lib/i18n/format";
import { StageSummary } from "@/components/deliverables/deliverable-list";
import { DELIVERABLE_TYPES, STAGE_KINDS } from "@/lib/enums";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CheckboxGroup, SelectField, TextField } from "@/components/ui/form/fields";
import { PageContainer, PageTitle } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import type { DeliverableSummary } from "@/lib/deliverables/dto";
import { DELIVERABLE_SORTS } from "@/lib/deliverables/schema";
import type { FrameworkTargetDto } from "@/lib/frameworks/dto";
import { pickText, type LocalizedText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { requireLocale } from "@/lib/i18n/routing";
import type { MemberStateDto } from "@/lib/member-states/dto";
import { FilterForm } from "./filter-form";
import { FrameworkFilter } from "./framework-filter";
import { enumOptions, recordOptions } from "./options";
import { Pagination } from "./pagination";
import type { ListParams } from "./params";
import { ResultSummary } from "./result-summary";
import { cell, headerCell, rowClass, StackedTable } from "./stacked-table";

export interface DeliverableListViewProps {
  deliverables: DeliverableSummary[];
  total: number;
  page: number;
  params: ListParams;
  ignored: string[];
  plans: { id: string; title: LocalizedText }[];
  meetings: { id: string; title: LocalizedText }[];
  memberStates: MemberStateDto[];
  frameworkTargets: FrameworkTargetDto[];
}

const PATH = "/deliverables";

export function DeliverableListView({
  deliverables,
  total,
  page,
  params,
  ignored,
  plans,
  meetings,
  memberStates,
  frameworkTargets,
}: DeliverableListViewProps) {
  const t = useTranslations();
  const locale = requireLocale(useLocale());
  const columns = {
    document: t("lists.deliverables.columns.document"),
    type: t("lists.deliverables.columns.type"),
    meeting: t("lists.deliverables.columns.meeting"),
    stage: t("lists.deliverables.columns.stage"),
  };
  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("nav.documents") }]} />
      <PageTitle>{t("lists.deliverables.title")}</PageTitle>
      <p className="mb-6 max-w-prose text-slate-700">{t("lists.deliverables.intro")}</p>
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
          name="type"
          label={t("lists.type")}
          emptyLabel={t("lists.any")}
          options={enumOptions(DELIVERABLE_TYPES, (v) => t(`deliverableType.${v}`))}
        />
        <SelectField
          name="meetingId"
          label={t("lists.meeting")}
          emptyLabel={t("lists.any")}
          options={recordOptions(meetings, locale)}
        />
        <CheckboxGroup
          name="stage"
          legend={t("lists.stage")}
          options={enumOptions(STAGE_KINDS, (v) => t(`deliverableStage.${v}`))}
        />
        <SelectField
          name="state"
          label={t("lists.state")}
          emptyLabel={t("lists.any")}
          options={sortByName(
            memberStates.map((state) => ({ value: state.code, label: pickText(state.name, locale).text })),
            (option) => option.label,
            locale,
          )}
        />
        <FrameworkFilter targets={frameworkTargets} />
        <SelectField
          name="sort"
          label={t("lists.sort")}
          options={enumOptions(DELIVERABLE_SORTS, (v) => t(`lists.sortDeliverables.${v}`))}
        />
      </FilterForm>
      <ResultSummary total={total} ignored={ignored} />
      {deliverables.length > 0 && (
        <StackedTable testId="deliverable-list">
          <thead>
            <tr>
              <th scope="col" className={headerCell}>
                {columns.document}
              </th>
              <th scope="col" className={headerCell}>
                {columns.type}
              </th>
              <th scope="col" className={headerCell}>
                {columns.meeting}
              </th>
              <th scope="col" className={headerCell}>
                {columns.stage}
              </th>
            </tr>
          </thead>
          <tbody>
            {deliverables.map((deliverable) => (
              <tr key={deliverable.id} className={rowClass}>
                <th scope="row" className={`${cell} font-normal`}>
                  <Link
                    href={`/deliverables/${deliverable.id}`}
                    className="font-medium text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700"
                  >
                    <Localized value={deliverable.title} />
                  </Link>
                </th>
                <td className={cell} data-label={columns.type}>
                  {t(`deliverableType.${deliverable.type}`)}
                </td>
                <td className={cell} data-label={columns.meeting}>
                  {deliverable.meeting ? (
                    <Link
                      href={`/meetings/${deliverable.meeting.id}`}
                      className="text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700"
                    >
                      <Localized value={deliverable.meeting.title} />
                    </Link>
                  ) : (
                    <span className="text-slate-600">{t("common.none")}</span>
                  )}
                </td>
                <td className={cell} data-label={columns.stage}>
                  {deliverable.latestStage ? (
                    <span>
                      <StageSummary stage={deliverable.latestStage} />
                    </span>
                  ) : (
                    <span className="text-slate-600">{t("common.notRecorded")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </StackedTable>
      )}
      <Pagination path={PATH} params={params} page={page} total={total} />
    </PageContainer>
  );
}
