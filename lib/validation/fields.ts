import { z } from "zod";
import { messageKey } from "@/lib/errors";
import { localizedText, LongLocalizedText } from "@/lib/i18n/localized-text";
import { TEXT_LIMITS } from "./text";

export { safeText, TEXT_LIMITS, Text } from "./text";

// Building blocks shared by the feature schemas (lib/<feature>/schema.ts). Pure zod, no server
// code: the editing forms may import the same schemas the server validates with. Messages are
// never written here; a failing check reports a `validation.*` key (lib/errors).

export const Id = z.uuid();

/** A record's stable natural key ("arcp-2024-2025"), used by imports to match records. */
export const Key = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/);

/**
 * A calendar date, `YYYY-MM-DD` (stored as a date, no time zone), in years a record of this kind
 * can have: year 0000 is a valid ISO date that PostgreSQL refuses, and a typo like 20244 is not a
 * date anyone means.
 */
export const MIN_DATE = "1900-01-01";
export const MAX_DATE = "2100-12-31";
const dateRange = messageKey("date_between", { min: MIN_DATE, max: MAX_DATE });
export const IsoDate = z.iso
  .date()
  .refine((value) => value >= MIN_DATE && value <= MAX_DATE, { error: dateRange, abort: true });

/** A whole number from `min` to `max`, whose message gives the range ("between 0 and 100"). */
export function intBetween(min: number, max: number) {
  const error = messageKey("between", { min, max });
  return (
    z
      // A number out of range or with decimals gets the range; a word still reads "wrong kind of value".
      .int({ error: (issue) => (typeof issue.input === "number" ? error : undefined) })
      .min(min, { error })
      .max(max, { error })
  );
}

/** The version the client read; a write based on another one is refused with 409. */
export const Version = z.int().min(1);

export const MemberStateCode = z
  .string()
  .max(2)
  .regex(/^[A-Z]{2}$/);

/** Bilingual text (descriptions, notes: the long kind) that may be cleared with null. */
export const OptionalText = LongLocalizedText.nullable();

/** Bilingual short label (city, venue, organiser, lead unit) that may be cleared with null. */
export const OptionalLabel = localizedText(TEXT_LIMITS.label).nullable();

/** Unique ids, as the replacement for a list of links. */
export const IdList = z.array(Id).max(500);

/** Date as stored in a `@db.Date` column. */
export function toDate(iso: string): Date;
export function toDate(iso: string | null): Date | null;
export function toDate(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`);
}

/**
 * `schema` refusing an `end` before its `start` (`end_before_start` on `end`) in the same pass as
 * the field checks, so a form shows every error at once rather than in rounds: each pair is
 * compared whenever both of its values are valid, whatever else is wrong. The writes check the
 * record as it will be again (a PATCH may send one end only).
 */
export function endsNotBeforeStarts<T extends z.ZodObject>(
  schema: T,
  pairs: readonly (readonly [string, string])[],
): T {
  const shape = schema.shape as Record<string, z.ZodType>;
  let checked = schema;
  for (const [start, end] of pairs) {
    const usable = (payload: z.core.ParsePayload) => {
      const value = payload.value as Record<string, unknown> | null;
      if (typeof value !== "object" || value === null) return false;
      return [start, end].every((name) => value[name] != null && shape[name]!.safeParse(value[name]).success);
    };
    checked = checked.superRefine(
      (value, ctx) => {
        const record = value as Record<string, unknown>;
        if ((record[end] as string | number) < (record[start] as string | number)) {
          ctx.addIssue({ code: "custom", path: [end], params: { key: "end_before_start" }, input: record[end] });
        }
      },
      { when: usable },
    );
  }
  return checked;
}

/** A generated key for records created without one: `<prefix>-<12 hex digits>`. */
export function generatedKey(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** A new order for every child of a parent (pillars of a plan, activities of a pillar), each with the version the client saw. */
export const ReorderInput = z
  .strictObject({
    order: z
      .array(z.strictObject({ id: Id, version: Version }))
      .min(1)
      .max(1000),
  })
  .meta({ id: "ReorderInput" });
export type ReorderInput = z.infer<typeof ReorderInput>;

/** A DELETE's `?version=` (or `{ "version" }` body): deleting a record someone changed meanwhile is refused too. */
export const DeleteInput = z.strictObject({ version: Version }).meta({ id: "DeleteInput" });
export type DeleteInput = z.infer<typeof DeleteInput>;
