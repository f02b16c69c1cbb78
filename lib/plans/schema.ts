import { z } from "zod";
import { endsNotBeforeStarts, Id, IsoDate, Key, OptionalText, Version, intBetween } from "@/lib/validation/fields";
import { DatePrecision, PlanStatus } from "@/lib/db/generated/enums";
import { LocalizedText } from "@/lib/i18n/localized-text";

// Input of the plan mutations and of POST/PATCH /api/v1/plans. Strict objects: a misspelt field
// is an error (`unknown_field`), not silently ignored.

export const Year = intBetween(1945, 2100);

const planFields = {
  startYear: Year,
  endYear: Year,
  title: LocalizedText,
  summary: OptionalText,
  status: z.enum(PlanStatus),
  isPublic: z.boolean(),
  /** The meeting that adopted the plan, or is scheduled to. */
  adoptionMeetingId: Id.nullable(),
  circulatedOn: IsoDate.nullable(),
  adoptedOn: IsoDate.nullable(),
  adoptedPrecision: z.enum(DatePrecision),
};

const YEARS = [["startYear", "endYear"]] as const;

export const PlanCreateInput = endsNotBeforeStarts(
  z.strictObject({
    key: Key.optional(),
    ...planFields,
    summary: planFields.summary.optional(),
    status: planFields.status.optional(),
    isPublic: planFields.isPublic.optional(),
    adoptionMeetingId: planFields.adoptionMeetingId.optional(),
    circulatedOn: planFields.circulatedOn.optional(),
    adoptedOn: planFields.adoptedOn.optional(),
    adoptedPrecision: planFields.adoptedPrecision.optional(),
  }),
  YEARS,
).meta({ id: "PlanCreateInput" });
export type PlanCreateInput = z.infer<typeof PlanCreateInput>;

export const PlanUpdateInput = endsNotBeforeStarts(
  z.strictObject({
    ...z.object(planFields).partial().shape,
    version: Version,
  }),
  YEARS,
).meta({ id: "PlanUpdateInput" });
export type PlanUpdateInput = z.infer<typeof PlanUpdateInput>;
