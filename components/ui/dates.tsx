"use client";

import { useLocale } from "next-intl";
import { formatDateRange, formatDateTime, formatHijri, formatPartialDate, type DatePrecision } from "@/lib/i18n/format";
import { useDisplayPreferences } from "./display-preferences";

// Client components so that they read the reader's digits and Hijri preference (a context set
// in the locale layout); server components render them like any other element.

/** A date as precise as the source ("March 2022"), with the machine-readable value. */
export function PartialDate({ iso, precision }: { iso: string; precision: DatePrecision }) {
  return <DateRange start={iso} end={null} precision={precision} />;
}

/** "17–20 May 2022", and the Umm al-Qura dates beside it when the reader asked for them. */
export function DateRange({
  start,
  end,
  precision,
}: {
  start: string;
  end: string | null | undefined;
  precision: DatePrecision;
}) {
  const locale = useLocale();
  const { digits, hijri } = useDisplayPreferences();
  const gregorian = end
    ? formatDateRange(start, end, precision, locale, { digits })
    : formatPartialDate(start, precision, locale, { digits });
  const hijriText = hijri ? formatHijri(start, end, precision, locale, digits) : null;
  return (
    <>
      <time dateTime={machineDate(start, precision)}>{gregorian}</time>
      {hijriText && (
        <span className="text-slate-600" data-calendar="islamic-umalqura">
          {" "}
          ({hijriText})
        </span>
      )}
    </>
  );
}

/** An instant (an audit event's time) in UTC, saying so, in the reader's digits. */
export function DateTime({ iso, className }: { iso: string; className?: string }) {
  const locale = useLocale();
  const { digits } = useDisplayPreferences();
  return (
    <time dateTime={iso} className={className}>
      {formatDateTime(iso, locale, digits)}
    </time>
  );
}

/** `formatDateTime` with the page's language and the reader's digits, for sentences built in client code. */
export function useFormatDateTime(): (iso: string) => string {
  const locale = useLocale();
  const { digits } = useDisplayPreferences();
  return (iso) => formatDateTime(iso, locale, digits);
}

/** `datetime` as precise as the value: "2022-03" for a month, so machines are not told "1 March". */
function machineDate(iso: string, precision: DatePrecision): string {
  return precision === "day" ? iso : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}
