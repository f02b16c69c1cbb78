import type { Locale } from "@/lib/i18n/locales";

// Month arithmetic for the meetings calendar, on calendar dates (`YYYY-MM-DD`, no time zone) as
// the meetings store them. Pure, so server pages and tests share it.

/** A calendar month, `month` 1–12. */
export interface Month {
  year: number;
  month: number;
}

interface Dated {
  startDate: string;
  endDate: string | null;
  datePrecision: "day" | "month" | "year";
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2023-12" → December 2023; null for anything else. */
export function parseMonth(value: string | undefined): Month | null {
  const match = value === undefined ? null : MONTH.exec(value);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

export function monthOf(iso: string): Month {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** "2023-12". */
export function monthKey({ year, month }: Month): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

export function addMonths({ year, month }: Month, count: number): Month {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function daysIn({ year, month }: Month): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day of the month, as ISO dates. */
export function monthBounds(m: Month): { first: string; last: string } {
  return { first: `${monthKey(m)}-01`, last: `${monthKey(m)}-${String(daysIn(m)).padStart(2, "0")}` };
}

/**
 * The first day of the week (0 Sunday … 6 Saturday): Saturday in the Arab states, as their
 * working week reads; Monday in English (ISO 8601), as international organisations print it.
 */
export function weekStartFor(locale: Locale): number {
  return locale === "ar" ? 6 : 1;
}

/** The seven weekdays (0 Sunday … 6 Saturday) in display order. */
export function weekdayOrder(weekStart: number): number[] {
  return Array.from({ length: 7 }, (_, i) => (weekStart + i) % 7);
}

/** The month as weeks of seven ISO dates, null for the days of the neighbouring months. */
export function monthWeeks(m: Month, weekStart: number): (string | null)[][] {
  const firstWeekday = new Date(Date.UTC(m.year, m.month - 1, 1)).getUTCDay();
  const lead = (firstWeekday - weekStart + 7) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysIn(m); day++) cells.push(`${monthKey(m)}-${String(day).padStart(2, "0")}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/**
 * Meetings of the month by day: a meeting of several days is listed on each of them (within the
 * month), one known only to the month or year goes to `withoutDay`.
 */
export function meetingsByDay<T extends Dated>(meetings: T[], m: Month): { byDay: Map<string, T[]>; withoutDay: T[] } {
  const { first, last } = monthBounds(m);
  const byDay = new Map<string, T[]>();
  const withoutDay: T[] = [];
  for (const meeting of meetings) {
    if (meeting.datePrecision !== "day") {
      withoutDay.push(meeting);
      continue;
    }
    const start = meeting.startDate < first ? first : meeting.startDate;
    const endDate = meeting.endDate ?? meeting.startDate;
    const end = endDate > last ? last : endDate;
    for (let day = start; day <= end; day = nextDay(day)) {
      const list = byDay.get(day) ?? [];
      list.push(meeting);
      byDay.set(day, list);
    }
  }
  return { byDay, withoutDay };
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** A meeting is past once its last day (or its month or year, when less precise) is over. */
export function isPast(meeting: Dated, today: string): boolean {
  const end = meeting.endDate ?? meeting.startDate;
  const cut =
    meeting.datePrecision === "year" ? end.slice(0, 4) : meeting.datePrecision === "month" ? end.slice(0, 7) : end;
  return cut < today.slice(0, cut.length);
}

export interface AgendaGroup<T> {
  when: "past" | "upcoming";
  months: { month: string; meetings: T[] }[];
}

/** The list view: consecutive runs of past or upcoming meetings, each split by month, in the order given. */
export function agendaGroups<T extends Dated>(meetings: T[], today: string): AgendaGroup<T>[] {
  const groups: AgendaGroup<T>[] = [];
  for (const meeting of meetings) {
    const when = isPast(meeting, today) ? "past" : "upcoming";
    let group = groups.at(-1);
    if (group?.when !== when) {
      group = { when, months: [] };
      groups.push(group);
    }
    const month = meeting.startDate.slice(0, 7);
    let run = group.months.at(-1);
    if (run?.month !== month) {
      run = { month, meetings: [] };
      group.months.push(run);
    }
    run.meetings.push(meeting);
  }
  return groups;
}
