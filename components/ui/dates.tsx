import { useLocale } from "next-intl";
import { formatDateRange, formatPartialDate, type DatePrecision } from "@/lib/i18n/format";

/** A date as precise as the source ("March 2022"), with the machine-readable value. */
export function PartialDate({ iso, precision }: { iso: string; precision: DatePrecision }) {
  const locale = useLocale();
  return <time dateTime={machineDate(iso, precision)}>{formatPartialDate(iso, precision, locale)}</time>;
}

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
  return <time dateTime={machineDate(start, precision)}>{formatDateRange(start, end, precision, locale)}</time>;
}

/** `datetime` as precise as the value: "2022-03" for a month, so machines are not told "1 March". */
function machineDate(iso: string, precision: DatePrecision): string {
  return precision === "day" ? iso : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}
