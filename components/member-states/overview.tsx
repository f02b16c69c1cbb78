import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DateRange, PartialDate } from "@/components/ui/dates";
import { buttonBase, buttonTones } from "@/components/ui/form/button-styles";
import { controlClass } from "@/components/ui/form/fields";
import { Empty, PageContainer, PageTitle } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import { Num } from "@/components/ui/numbers";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { MemberStateOverview, OverviewRow, ParticipationMark } from "@/lib/member-states/data";
import type { MeetingSummary } from "@/lib/meetings/dto";

const cell = "px-3 py-2 text-start align-middle";
const stateLink = "font-medium text-brand-800 underline-offset-2 hover:underline";

/**
 * The 22-state overview: a table of states × held meetings of the chosen plan (with pledge
 * counts) on wide screens, one card per state on phones. The plan is chosen with a plain GET
 * form, so the choice is in the URL.
 */
export function MemberStateOverviewView({
  overview,
  reviewQueue,
}: {
  overview: MemberStateOverview;
  reviewQueue?: ReactNode;
}) {
  const t = useTranslations("memberStates");
  const nav = useTranslations("nav");
  const locale = useLocale();
  const collator = new Intl.Collator(locale);
  const rows = [...overview.rows].sort((a, b) =>
    collator.compare(pickText(a.state.name, locale).text, pickText(b.state.name, locale).text),
  );
  const { plan, meetings } = overview;
  const withPledges = rows.some((r) => r.pledges !== null);
  return (
    <PageContainer>
      <Breadcrumbs items={[{ label: nav("memberStates") }]} />
      <PageTitle>{t("title")}</PageTitle>
      <p className="-mt-3 mb-6 max-w-prose text-slate-700">{t("intro")}</p>
      {reviewQueue}

      {overview.plans.length > 0 && (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3" data-testid="plan-selector">
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor="overview-plan" className="text-sm font-medium text-slate-800">
              {t("planLabel")}
            </label>
            <select id="overview-plan" name="plan" defaultValue={plan?.id} className={controlClass}>
              {overview.plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {pickText(p.title, locale).text}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={`${buttonBase} ${buttonTones.secondary}`}>
            {t("show")}
          </button>
        </form>
      )}

      {!plan ? (
        <Empty>{t("noPlan")}</Empty>
      ) : (
        <>
          {meetings.length === 0 && <Empty>{t("noMeetings")}</Empty>}
          <Legend />
          {/* Wide screens: the matrix. */}
          <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
            <table className="w-full text-sm" data-testid="overview-matrix">
              <caption className="px-3 py-2 text-start text-sm font-medium text-slate-700">
                {t("caption", { plan: pickText(plan.title, locale).text })}
              </caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={`${cell} font-medium`}>
                    {t("name")}
                  </th>
                  {meetings.map((meeting) => (
                    <th key={meeting.id} scope="col" className={`${cell} min-w-28 font-medium`}>
                      <Link
                        href={`/meetings/${meeting.id}`}
                        className="text-brand-800 underline-offset-2 hover:underline"
                      >
                        <Localized value={meeting.title} />
                      </Link>
                      <span className="block text-xs font-normal text-slate-600">
                        <DateRange start={meeting.startDate} end={meeting.endDate} precision={meeting.datePrecision} />
                      </span>
                    </th>
                  ))}
                  {withPledges && (
                    <>
                      <th scope="col" className={`${cell} font-medium`}>
                        {t("pledges")}
                      </th>
                      <th scope="col" className={`${cell} font-medium`}>
                        {t("pendingUpdates")}
                      </th>
                      <th scope="col" className={`${cell} font-medium`}>
                        {t("acceptedUpdates")}
                      </th>
                      <th scope="col" className={`${cell} font-medium`}>
                        {t("lastUpdate")}
                      </th>
                    </>
                  )}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((row) => (
                  <tr key={row.state.code} data-state={row.state.code}>
                    <th scope="row" className={`${cell} font-normal`}>
                      <Link href={`/member-states/${row.state.code}`} className={stateLink}>
                        <Localized value={row.state.name} />
                      </Link>
                    </th>
                    {meetings.map((meeting) => (
                      <td key={meeting.id} className={cell} data-meeting={meeting.id}>
                        <Mark kind={markOf(row, meeting)} />
                      </td>
                    ))}
                    {row.pledges && (
                      <>
                        <td className={cell}>
                          <Num value={row.pledges.pledges} />
                        </td>
                        <td className={cell}>
                          <Num value={row.pledges.pendingUpdates} />
                        </td>
                        <td className={cell}>
                          <Num value={row.pledges.acceptedUpdates} />
                        </td>
                        <td className={cell}>
                          {row.pledges.lastUpdateOn ? (
                            <PartialDate iso={row.pledges.lastUpdateOn} precision="day" />
                          ) : (
                            t("none")
                          )}
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {/* Phones: one card per state. */}
          <ul className="flex flex-col gap-3 md:hidden" data-testid="overview-cards">
            {rows.map((row) => (
              <StateCard key={row.state.code} row={row} meetings={meetings} />
            ))}
          </ul>
        </>
      )}
    </PageContainer>
  );
}

function StateCard({ row, meetings }: { row: OverviewRow; meetings: MeetingSummary[] }) {
  const t = useTranslations("memberStates");
  // Attendance is counted over the meetings whose participation is recorded only.
  const recorded = meetings.filter((m) => m.participationRecorded);
  const marks = recorded.map((m) => row.marks[m.id]).filter((m) => m !== undefined);
  const unrecorded = meetings.length - recorded.length;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-base font-semibold">
        <Link href={`/member-states/${row.state.code}`} className={stateLink}>
          <Localized value={row.state.name} />
        </Link>
      </h2>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-700">{t("attended")}</dt>
        <dd>
          <Num value={marks.length} /> {t("outOf")} <Num value={recorded.length} />
        </dd>
        {unrecorded > 0 && (
          <>
            <dt className="text-slate-700">{t("unrecordedCount")}</dt>
            <dd>
              <Num value={unrecorded} />
            </dd>
          </>
        )}
        <dt className="text-slate-700">{t("presentedCount")}</dt>
        <dd>
          <Num value={marks.filter((m) => m === "presented").length} />
        </dd>
        {row.pledges && (
          <>
            <dt className="text-slate-700">{t("pledges")}</dt>
            <dd>
              <Num value={row.pledges.pledges} />
            </dd>
            <dt className="text-slate-700">{t("pendingUpdates")}</dt>
            <dd>
              <Num value={row.pledges.pendingUpdates} />
            </dd>
            <dt className="text-slate-700">{t("lastUpdate")}</dt>
            <dd>
              {row.pledges.lastUpdateOn ? <PartialDate iso={row.pledges.lastUpdateOn} precision="day" /> : t("none")}
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

type MarkKind = ParticipationMark | "absent" | "unrecorded";

/** No mark means "did not take part" only once the meeting's participation is recorded. */
function markOf(row: OverviewRow, meeting: MeetingSummary): MarkKind {
  return row.marks[meeting.id] ?? (meeting.participationRecorded ? "absent" : "unrecorded");
}

const MARK_STYLE: Record<MarkKind, string> = {
  presented: "bg-emerald-700 text-white",
  participated: "border border-brand-700 text-brand-800",
  absent: "text-slate-600",
  unrecorded: "border border-dashed border-slate-400 text-slate-600",
};

/** A participation mark: a symbol for sighted readers, its words for everyone (sr-only beside it). */
function Mark({ kind }: { kind: MarkKind }) {
  const t = useTranslations("memberStates");
  const symbol = { presented: "★", participated: "✓", absent: "–", unrecorded: "" }[kind];
  return (
    <span className="inline-flex items-center" data-mark={kind}>
      <span
        aria-hidden="true"
        className={`inline-flex size-6 items-center justify-center rounded-full text-xs font-bold ${MARK_STYLE[kind]}`}
      >
        {symbol}
      </span>
      <span className="sr-only">{t(kind)}</span>
    </span>
  );
}

function Legend() {
  const t = useTranslations("memberStates");
  return (
    <div className="mb-3 hidden flex-wrap items-center gap-x-5 gap-y-1 text-sm text-slate-700 md:flex">
      <span className="font-medium">{t("legend")}:</span>
      {(["presented", "participated", "absent", "unrecorded"] as const).map((kind) => (
        <span key={kind} className="inline-flex items-center gap-1.5">
          <Mark kind={kind} />
          <span aria-hidden="true">{t(kind)}</span>
        </span>
      ))}
    </div>
  );
}
