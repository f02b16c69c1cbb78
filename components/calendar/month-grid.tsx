import { useLocale, useTranslations } from "next-intl";
import { Arrow } from "@/components/lists/pagination";
import { withParams, type ListParams } from "@/components/lists/params";
import { PartialDate } from "@/components/ui/dates";
import { Localized } from "@/components/ui/localized";
import { Num } from "@/components/ui/numbers";
import {
  addMonths,
  meetingsByDay,
  monthBounds,
  monthKey,
  monthWeeks,
  weekdayOrder,
  weekStartFor,
  type Month,
} from "@/lib/calendar/month";
import { Link } from "@/lib/i18n/navigation";
import { requireLocale } from "@/lib/i18n/routing";
import type { MeetingSummary } from "@/lib/meetings/dto";
import { MeetingItem } from "./meeting-item";

const PATH = "/meetings";

/**
 * One month: a table of weeks on wider screens (day names as column headers), a list of the days
 * that have meetings on phones; meetings known only to the month are listed above both.
 */
export function MonthGrid({
  month,
  meetings,
  params,
  today,
}: {
  month: Month;
  meetings: MeetingSummary[];
  params: ListParams;
  today: string;
}) {
  const t = useTranslations("calendar");
  const locale = requireLocale(useLocale());
  const weekStart = weekStartFor(locale);
  const { first } = monthBounds(month);
  const { byDay, withoutDay } = meetingsByDay(meetings, month);
  const days = [...byDay.keys()].sort();
  const monthHref = (target: Month) => ({
    pathname: PATH,
    query: withParams(params, { view: "month", month: monthKey(target), page: undefined }),
  });
  const names = weekdayNames(locale);
  const navClass =
    "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-slate-50 print:hidden";
  return (
    <section aria-labelledby="calendar-month" data-testid="calendar-month">
      <div className="mb-4 flex items-center justify-between gap-3">
        <Link href={monthHref(addMonths(month, -1))} className={navClass} rel="prev">
          <Arrow direction="back" />
          <span className="max-sm:sr-only">{t("previousMonth")}</span>
        </Link>
        <h2 id="calendar-month" className="text-xl font-semibold text-brand-900">
          <PartialDate iso={first} precision="month" />
        </h2>
        <Link href={monthHref(addMonths(month, 1))} className={navClass} rel="next">
          <span className="max-sm:sr-only">{t("nextMonth")}</span>
          <Arrow direction="forward" />
        </Link>
      </div>

      {withoutDay.length > 0 && (
        <div className="mb-4 rounded-lg border border-slate-200 bg-white px-4 py-2 shadow-sm">
          <h3 className="pt-2 text-base font-semibold text-brand-900">{t("monthWide")}</h3>
          <ul className="divide-y divide-slate-100">
            {withoutDay.map((meeting) => (
              <MeetingItem key={meeting.id} meeting={meeting} />
            ))}
          </ul>
        </div>
      )}

      {meetings.length === 0 && <p className="mb-4 text-sm text-slate-600">{t("noMeetingsMonth")}</p>}

      <table className="hidden w-full table-fixed border-collapse rounded-lg bg-white shadow-sm sm:table print:table">
        <thead>
          <tr>
            {weekdayOrder(weekStart).map((weekday) => (
              <th
                key={weekday}
                scope="col"
                className="border border-slate-200 bg-slate-50 px-2 py-2 text-start text-sm font-medium text-slate-700"
              >
                <abbr title={names.long[weekday]} className="no-underline">
                  {names.short[weekday]}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month, weekStart).map((week, index) => (
            <tr key={index}>
              {week.map((day, position) =>
                day ? (
                  <td
                    key={day}
                    className={`h-24 border border-slate-200 p-1.5 align-top ${day === today ? "bg-brand-50" : ""}`}
                  >
                    <time
                      dateTime={day}
                      className={`block text-xs ${day === today ? "font-bold text-brand-900" : "text-slate-700"}`}
                    >
                      <Num value={Number(day.slice(8))} />
                    </time>
                    <ul className="mt-1 flex flex-col gap-1">
                      {(byDay.get(day) ?? []).map((meeting) => (
                        <li key={meeting.id}>
                          <Link
                            href={`/meetings/${meeting.id}`}
                            className={`block rounded bg-brand-50 px-1.5 py-0.5 text-xs leading-snug text-brand-900 underline decoration-brand-200 underline-offset-2 hover:bg-brand-100 ${meeting.status === "cancelled" ? "line-through" : ""}`}
                          >
                            <Localized value={meeting.title} />
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </td>
                ) : (
                  <td key={`empty-${position}`} className="border border-slate-200 bg-slate-50" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>

      {days.length > 0 && (
        <ol className="flex flex-col gap-3 sm:hidden print:hidden">
          {days.map((day) => (
            <li key={day} className="rounded-lg border border-slate-200 bg-white px-4 py-2 shadow-sm">
              <h3 className="pt-1 text-sm font-semibold text-brand-900">
                <PartialDate iso={day} precision="day" />
              </h3>
              <ul className="divide-y divide-slate-100">
                {(byDay.get(day) ?? []).map((meeting) => (
                  <MeetingItem key={meeting.id} meeting={meeting} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Weekday names by day number (0 Sunday), from Intl: 1 January 2023 was a Sunday. */
function weekdayNames(locale: "ar" | "en"): { long: string[]; short: string[] } {
  const tag = locale === "ar" ? "ar" : "en-GB";
  const days = Array.from({ length: 7 }, (_, weekday) => new Date(Date.UTC(2023, 0, 1 + weekday)));
  const names = (weekday: "long" | "short") => {
    const format = new Intl.DateTimeFormat(tag, { weekday, timeZone: "UTC" });
    return days.map((day) => format.format(day));
  };
  return { long: names("long"), short: names("short") };
}
