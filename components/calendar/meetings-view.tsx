import { useLocale, useTranslations } from "next-intl";
import { sortByName } from "@/lib/i18n/format";
import { MEETING_KINDS, MEETING_STATUSES } from "@/lib/enums";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { FilterForm } from "@/components/lists/filter-form";
import { enumOptions, recordOptions } from "@/components/lists/options";
import { Pagination } from "@/components/lists/pagination";
import { withParams, type ListParams } from "@/components/lists/params";
import { ResultSummary } from "@/components/lists/result-summary";
import { CheckboxGroup, SelectField, TextField } from "@/components/ui/form/fields";
import { PageContainer, PageTitle } from "@/components/ui/layout";
import { monthKey, type Month } from "@/lib/calendar/month";
import { pickText, type LocalizedText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { requireLocale } from "@/lib/i18n/routing";
import { MEETING_SORTS } from "@/lib/meetings/schema";
import type { MeetingSummary } from "@/lib/meetings/dto";
import type { MemberStateDto } from "@/lib/member-states/dto";
import { MeetingAgenda } from "./meeting-agenda";
import { MonthGrid } from "./month-grid";
import { SubscribeLinks } from "./subscribe-links";

export type CalendarView = { view: "month"; month: Month } | { view: "list"; page: number; total: number };

export interface MeetingsViewProps {
  calendar: CalendarView;
  meetings: MeetingSummary[];
  params: ListParams;
  ignored: string[];
  today: string;
  /** Host of the request, for the webcal:// subscription address. */
  host: string;
  plans: { id: string; title: LocalizedText }[];
  memberStates: MemberStateDto[];
}

const PATH = "/meetings";

export function MeetingsView({
  calendar,
  meetings,
  params,
  ignored,
  today,
  host,
  plans,
  memberStates,
}: MeetingsViewProps) {
  const t = useTranslations();
  const locale = requireLocale(useLocale());
  const keep: Record<string, string> =
    calendar.view === "month" ? { view: "month", month: monthKey(calendar.month) } : { view: "list" };
  const planId = typeof params.planId === "string" ? params.planId : undefined;
  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: t("nav.meetings") }]} />
      <PageTitle>{t("calendar.title")}</PageTitle>
      <p className="mb-6 max-w-prose text-slate-700">{t("calendar.intro")}</p>
      <nav aria-label={t("calendar.view")} className="mb-4 print:hidden">
        <ul className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm font-medium">
          {(["month", "list"] as const).map((view) => (
            <li key={view}>
              <Link
                href={{ pathname: PATH, query: withParams(params, { view, month: undefined, page: undefined }) }}
                aria-current={calendar.view === view ? "page" : undefined}
                className="block rounded px-4 py-1.5 text-brand-800 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {t(view === "month" ? "calendar.monthView" : "calendar.listView")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <FilterForm path={PATH} values={params} keep={keep}>
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
          name="state"
          label={t("lists.state")}
          emptyLabel={t("lists.any")}
          options={sortByName(
            memberStates.map((state) => ({ value: state.code, label: pickText(state.name, locale).text })),
            (option) => option.label,
            locale,
          )}
        />
        <CheckboxGroup
          name="kind"
          legend={t("lists.kind")}
          options={enumOptions(MEETING_KINDS, (v) => t(`meetingKind.${v}`))}
          columns={1}
        />
        <CheckboxGroup
          name="status"
          legend={t("lists.status")}
          options={enumOptions(MEETING_STATUSES, (v) => t(`meetingStatus.${v}`))}
          columns={1}
        />
        {calendar.view === "list" && (
          <>
            <SelectField
              name="sort"
              label={t("lists.sort")}
              options={enumOptions(MEETING_SORTS, (v) => t(`lists.sortMeetings.${v}`))}
            />
            <TextField name="from" type="date" label={t("lists.from")} hint={t("lists.datesHint")} />
            <TextField name="to" type="date" label={t("lists.to")} />
          </>
        )}
      </FilterForm>
      {calendar.view === "month" ? (
        <>
          {ignored.length > 0 && <ResultSummary total={meetings.length} ignored={ignored} />}
          <MonthGrid month={calendar.month} meetings={meetings} params={params} today={today} />
        </>
      ) : (
        <>
          <ResultSummary total={calendar.total} ignored={ignored} />
          <MeetingAgenda meetings={meetings} today={today} />
          <Pagination path={PATH} params={params} page={calendar.page} total={calendar.total} />
        </>
      )}
      <SubscribeLinks host={host} planId={planId} />
    </PageContainer>
  );
}
