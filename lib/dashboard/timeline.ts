import type { DatePrecision } from "@/lib/db/generated/enums";

// Placing the plan's activities and meetings on its period, as percentages of the period's length
// measured from the inline start: the page lays them out with `inset-inline-start` and `width`, so
// time runs right-to-left in Arabic and left-to-right in English without any code knowing which.

const DAY = 86_400_000;

const utc = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

export interface Span {
  /** Percent of the period before the span starts. */
  offset: number;
  /** Percent of the period the span covers (at least `MIN_WIDTH`, so a one-day item stays visible). */
  width: number;
}

export interface Month {
  /** YYYY-MM-01 */
  iso: string;
  offset: number;
  width: number;
}

export interface TimelineScale {
  /** First day of the period (YYYY-01-01 of the start year). */
  start: string;
  /** First day after the period. */
  end: string;
  months: Month[];
}

export const MIN_WIDTH = 0.8;

/** The period from 1 January of `startYear` to 31 December of `endYear`, with its months. */
export function timelineScale(startYear: number, endYear: number): TimelineScale {
  const from = Date.UTC(startYear, 0, 1);
  const to = Date.UTC(endYear + 1, 0, 1);
  const length = to - from;
  const months: Month[] = [];
  for (let year = startYear; year <= endYear; year++) {
    for (let month = 0; month < 12; month++) {
      const a = Date.UTC(year, month, 1);
      const b = Date.UTC(year, month + 1, 1);
      months.push({
        iso: new Date(a).toISOString().slice(0, 10),
        offset: ((a - from) / length) * 100,
        width: ((b - a) / length) * 100,
      });
    }
  }
  return { start: new Date(from).toISOString().slice(0, 10), end: new Date(to).toISOString().slice(0, 10), months };
}

/** The first day after the period a date of this precision stands for ("March 2022" ends on 1 April). */
export function endOfPrecision(iso: string, precision: DatePrecision): string {
  const d = new Date(utc(iso));
  if (precision === "year") return new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1)).toISOString().slice(0, 10);
  if (precision === "month")
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  return new Date(d.getTime() + DAY).toISOString().slice(0, 10);
}

/**
 * Where an item from `start` to `end` (inclusive, each as precise as `precision`) sits on the
 * scale; a missing end makes it last one unit of its precision, a missing start makes it a point
 * at its end. Null when it has no date or lies wholly outside the period.
 */
export function placeSpan(
  scale: TimelineScale,
  start: string | null,
  end: string | null,
  precision: DatePrecision,
): Span | null {
  const first = start ?? end;
  if (!first) return null;
  const from = utc(scale.start);
  const to = utc(scale.end);
  const a = utc(first);
  const b = utc(endOfPrecision(end ?? first, precision));
  if (b <= from || a >= to || b <= a) return null;
  const length = to - from;
  const offset = ((Math.max(a, from) - from) / length) * 100;
  const width = ((Math.min(b, to) - Math.max(a, from)) / length) * 100;
  return { offset, width: Math.min(Math.max(width, MIN_WIDTH), 100 - offset) };
}

/** A day's position on the scale (percent from the inline start), or null outside the period. */
export function placeDay(scale: TimelineScale, iso: string): number | null {
  const from = utc(scale.start);
  const to = utc(scale.end);
  const day = utc(iso);
  if (day < from || day >= to) return null;
  return ((day - from) / (to - from)) * 100;
}
