import { z } from "zod";
import { TEXT_LIMITS, Text } from "@/lib/validation/text";

// Building blocks of the list queries (activities, meetings, documents): the same zod schema
// reads `GET /api/v1/<list>?...` and the list pages' URLs, so a filtered view can be shared as a
// link and scripted with the API alike.

/** Rows per page on the list pages and in paged API answers. */
export const PAGE_SIZE = 50;

/** Several values of one filter: repeated (`status=a&status=b`, as a form sends) or comma-separated (`status=a,b`). */
export function multi<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter((v) => v !== "") : value),
    z.array(item).min(1).max(20),
  );
}

/** 1-based page number from the URL. */
export const PageNumber = z.coerce.number().int().min(1).max(100_000);

/** Free-text search in the Arabic and English titles. */
export const SearchText = Text(TEXT_LIMITS.search);

/** Whatever Next.js hands a page as `searchParams`. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * A page's URL query parsed leniently: a filter that does not parse is dropped (and named in
 * `ignored`, so the page can say so) instead of failing the whole page; the API is strict.
 */
export function parseListParams<S extends z.ZodObject>(
  schema: S,
  params: RawSearchParams,
): { query: z.output<S>; ignored: string[] } {
  const known = Object.keys(schema.shape);
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (!known.includes(name) || value === undefined || value === "") continue;
    input[name] = value;
  }
  const first = schema.safeParse(input);
  if (first.success) return { query: first.data, ignored: [] };
  const ignored = [...new Set(first.error.issues.map((issue) => String(issue.path[0] ?? "")))].filter(Boolean);
  for (const name of ignored) delete input[name];
  const second = schema.safeParse(input);
  return { query: second.success ? second.data : schema.parse({}), ignored };
}

/** Period starts for comparing a date filter with dates stored at day, month or year precision. */
export function periodStart(iso: string, precision: "day" | "month" | "year"): Date {
  const [year, month] = iso.split("-");
  if (precision === "year") return new Date(`${year}-01-01T00:00:00Z`);
  if (precision === "month") return new Date(`${year}-${month}-01T00:00:00Z`);
  return new Date(`${iso}T00:00:00Z`);
}

/** `%text%` for ILIKE, with the user's own `%`, `_` and `\` taken literally. */
export function likePattern(text: string): string {
  return `%${normalizeArabic(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Arabic letters that writers interchange folded to one form (alef with hamza or madda → alef,
 * alef maqsura → ya, ta marbuta → ha) and diacritics and tatweel dropped, so that "الهجرة" finds
 * "الهجره" and "إدارة" finds "ادارة". The SQL side applies the same `translate` (ARABIC_FOLD_*).
 */
export function normalizeArabic(text: string): string {
  let out = "";
  for (const c of text) {
    const i = ARABIC_FOLD_FROM.indexOf(c);
    if (i === -1) out += c;
    else if (i < ARABIC_FOLD_TO.length) out += ARABIC_FOLD_TO[i];
  }
  return out;
}

// Postgres translate(): characters of FROM beyond the length of TO are deleted.
export const ARABIC_FOLD_FROM = "أإآٱىة\u0640\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652";
export const ARABIC_FOLD_TO = "اااايه";

type Precision = "day" | "month" | "year";
const PRECISIONS: Precision[] = ["day", "month", "year"];
type Field<K extends string, V> = { [P in K]: V };

/**
 * Prisma conditions keeping records whose period [start, end ?? start] overlaps [from, to]. Dates
 * are stored as the first day of their month or year when less precise than a day, so "May 2023"
 * overlaps a period from 15 May: the stored end is compared with the start of from's month.
 */
export function periodOverlap<S extends string, E extends string>(
  range: { from?: string; to?: string },
  start: S,
  end: E,
) {
  const conditions: (Field<S, { lte: Date }> | { OR: { datePrecision: Precision; OR: object[] }[] })[] = [];
  if (range.to) conditions.push({ [start]: { lte: new Date(`${range.to}T00:00:00Z`) } } as Field<S, { lte: Date }>);
  const from = range.from;
  if (from) {
    conditions.push({
      OR: PRECISIONS.map((datePrecision) => {
        const bound = { gte: periodStart(from, datePrecision) };
        return { datePrecision, OR: [{ [end]: bound }, { [end]: null, [start]: bound }] };
      }),
    });
  }
  return conditions;
}

/** `skip`/`take` of a 1-based page; everything when no page is asked for. */
export function pageWindow(page: number | undefined): { skip?: number; take?: number } {
  return page ? { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE } : {};
}
