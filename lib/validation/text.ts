import { z } from "zod";
import { messageKey } from "@/lib/errors";

// Text as users type it, bounded and storable. PostgreSQL refuses NUL in text and JSON columns
// (a 500 at write time); a lone UTF-16 surrogate ("a\ud800b") is not Unicode and comes back as
// U+FFFD or breaks the JSON encoder; other C0 controls are invisible and break exports. Tab,
// line feed and carriage return are text. Refused at the boundary with one message key.

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function isStorableText(value: string): boolean {
  return value.isWellFormed() && !CONTROL.test(value);
}

/**
 * Maximum lengths (characters) of the kinds of text in the schemas, documented in the README
 * ("Limits") and docs/decisions/031-limits-and-body-reading.md.
 */
export const TEXT_LIMITS = {
  /** Titles and names of records (plans, pillars, activities, meetings, documents, pledges). */
  title: 500,
  /** Short labels: city, venue, organiser, lead unit, series. */
  label: 500,
  /** Descriptions, summaries, objectives, outcomes, notes, pledge reports. */
  long: 20_000,
  /** Comments. */
  comment: 5000,
  /** Status notes. */
  note: 2000,
  /** Search boxes (`q`). */
  search: 200,
} as const;

/** `schema` refusing control characters and broken Unicode; its length message gives the range. */
export function safeText<S extends z.ZodString>(schema: S, max: number, min = 1): S {
  const range = messageKey("length", { min, max });
  return schema
    .max(max, { error: range })
    .refine(isStorableText, { params: { key: "unsafe_text" }, abort: true }) as unknown as S;
}

/** Trimmed, non-empty, storable text of at most `max` characters. */
export function Text(max: number) {
  return safeText(z.string().trim().min(1), max);
}
