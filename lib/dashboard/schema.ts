import { z } from "zod";
import { IsoDate } from "@/lib/validation/fields";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/errors";

// Input of "what changed" (the changes page's GET form and GET /api/v1/plans/{id}/changes).
// Both dates are optional: `from` defaults to the start of the plan's last meeting held before
// `to`, and `to` to today. An empty form field means "not given".

const OptionalDay = z.preprocess((value) => (value === "" ? undefined : value), IsoDate.optional());

export const ChangesQuery = z
  .strictObject({
    from: OptionalDay.meta({
      description: "First day (YYYY-MM-DD); default: the start of the plan's last meeting held before `to`.",
    }),
    to: OptionalDay.meta({ description: "Last day (YYYY-MM-DD), included; default: today." }),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], params: { key: "end_before_start" } });
export type ChangesQuery = z.infer<typeof ChangesQuery>;

/**
 * The changes page's query string: what it asks for, or (when a date is malformed or the range
 * reversed) the defaults with the field errors to show beside the form, so the page still answers.
 */
export function readChangesQuery(params: Record<string, string | string[] | undefined>): {
  query: ChangesQuery;
  errors: FieldErrors | null;
} {
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const result = ChangesQuery.safeParse({ from: single(params.from), to: single(params.to) });
  return result.success ? { query: result.data, errors: null } : { query: {}, errors: fieldErrorsFrom(result.error) };
}
