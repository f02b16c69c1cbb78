import { intlLocaleFor, type DisplayPreferences } from "./display";
import type { Locale } from "./locales";

/** How precise a stored date is (mirrors the `DatePrecision` enum of the schema). */
export type DatePrecision = "day" | "month" | "year";

// Gregorian calendar by default, with the reader's digits: Western by default, as the source
// documents use them (`nu-latn` keeps Arabic month names but Latin digits), or Arabic-Indic.
// UTC because the stored values are calendar dates (midnight UTC), not instants.
export type DateStyle = { digits?: DisplayPreferences["digits"]; calendar?: "gregory" | "islamic-umalqura" };

const fieldsFor: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(precision: DatePrecision, locale: Locale, style: DateStyle = {}): Intl.DateTimeFormat {
  const tag = intlLocaleFor(locale, style.digits ?? "latn", style.calendar ?? "gregory");
  const key = `${tag}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { ...fieldsFor[precision], timeZone: "UTC" });
    formatters.set(key, f);
  }
  return f;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** "17 May 2022" / "17 مايو 2022", "March 2022" / "مارس 2022", "2022", as precise as the source. */
export function formatPartialDate(iso: string, precision: DatePrecision, locale: Locale, style?: DateStyle): string {
  return formatter(precision, locale, style).format(parseIsoDate(iso));
}

/**
 * The Umm al-Qura (Hijri) date of a day-precise date or range ("29 جمادى الأولى 1445 هـ"), or
 * null: a Gregorian month or year does not fall within one Hijri month or year, so only days get one.
 */
export function formatHijri(
  start: string,
  end: string | null | undefined,
  precision: DatePrecision,
  locale: Locale,
  digits: DisplayPreferences["digits"] = "latn",
): string | null {
  if (precision !== "day") return null;
  return formatDateRange(start, end, precision, locale, { digits, calendar: "islamic-umalqura" });
}

/**
 * "17–20 May 2022", "30 May – 2 June 2022", "March – May 2022", "2022–2023". A missing or equal
 * end gives the single date; parts the two ends share are written once.
 */
export function formatDateRange(
  start: string,
  end: string | null | undefined,
  precision: DatePrecision,
  locale: Locale,
  style?: DateStyle,
): string {
  if (!end) return formatPartialDate(start, precision, locale, style);
  const parts = formatter(precision, locale, style).formatRangeToParts(parseIsoDate(start), parseIsoDate(end));
  // ICU spaces the dash in en-GB ("17 – 20 May") but not in Arabic; between two bare numbers the
  // house style is the unspaced en dash in both, keeping the spaces between longer items.
  return parts
    .map((part, i) => {
      const before = parts[i - 1];
      const after = parts[i + 1];
      const betweenNumbers =
        part.type === "literal" &&
        part.source === "shared" &&
        before?.source === "startRange" &&
        after?.source === "endRange" &&
        (before.type === "day" || before.type === "year") &&
        before.type === after.type;
      // ICU's thin spaces around the dash become plain ones: copied text and searches match.
      return betweenNumbers ? "–" : part.value.replaceAll("\u2009", " ");
    })
    .join("");
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * When something happened (an audit event, the change behind a conflict): date and time in the
 * page's language and the reader's digits, in UTC and saying so, so the server's rendering and
 * the browser's agree and nobody has to guess the time zone.
 */
export function formatDateTime(iso: string, locale: Locale, digits: DisplayPreferences["digits"] = "latn"): string {
  const tag = intlLocaleFor(locale, digits);
  let f = dateTimeFormatters.get(tag);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: "UTC",
      timeZoneName: "short",
    });
    dateTimeFormatters.set(tag, f);
  }
  return f.format(new Date(iso));
}

/** The comma between items of a plain enumeration: the Arabic comma in Arabic. */
export function listSeparator(locale: Locale): string {
  return locale === "ar" ? "، " : ", ";
}

const collators = new Map<string, Intl.Collator>();

/**
 * Sorts by a name in the page's language with ICU collation (Arabic alphabetical order in
 * Arabic: الأردن، الإمارات، البحرين، تونس…), the order of every list and filter of names.
 */
export function sortByName<T>(items: readonly T[], name: (item: T) => string, locale: Locale): T[] {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}
