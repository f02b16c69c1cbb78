import { z } from "zod";
import { Id, IsoDate, Key, MemberStateCode, OptionalText, Version } from "@/lib/api/fields";
import { DatePrecision, DeliverableStageKind, DeliverableType } from "@/lib/db/generated/enums";
import { LocalizedText } from "@/lib/i18n/localized-text";

// Input of the deliverable mutations and of POST/PATCH /api/v1/deliverables. `stages` replaces
// the whole dated history, in the order given (dates alone cannot order it: many are unknown).

export const RecipientInput = z
  .strictObject({
    organizationId: Id.optional(),
    memberStateId: MemberStateCode.optional(),
    /** What the recipient was asked to do ("circulate to the Arab Group"). */
    note: OptionalText.optional(),
  })
  .refine((r) => (r.organizationId === undefined) !== (r.memberStateId === undefined), {
    params: { key: "one_party" },
  })
  .meta({ id: "RecipientInput" });

export const StageInput = z
  .strictObject({
    stage: z.enum(DeliverableStageKind),
    /** false while the step is only scheduled. */
    completed: z.boolean().optional(),
    date: IsoDate.nullable().optional(),
    datePrecision: z.enum(DatePrecision).optional(),
    /** Language of the version concerned, e.g. "en" for a translation. */
    language: z.string().regex(/^[a-z]{2,3}$/).nullable().optional(),
    note: OptionalText.optional(),
    recipients: z.array(RecipientInput).max(100).optional(),
  })
  .meta({ id: "StageInput" });
export type StageInput = z.infer<typeof StageInput>;

const deliverableFields = {
  type: z.enum(DeliverableType),
  title: LocalizedText,
  description: OptionalText,
  /** The meeting that produced it. */
  meetingId: Id.nullable(),
  /** The activity that produced it. */
  activityId: Id.nullable(),
  /** The forum it is meant for. */
  targetMeetingId: Id.nullable(),
  documentUrl: z.url({ protocol: /^https?$/ }).max(2000).nullable(),
  stages: z.array(StageInput).max(100),
};

const optionalFields = z.object(deliverableFields).partial().shape;

export const DeliverableCreateInput = z
  .strictObject({
    ...optionalFields,
    key: Key.optional(),
    type: deliverableFields.type,
    title: deliverableFields.title,
  })
  .meta({ id: "DeliverableCreateInput" });
export type DeliverableCreateInput = z.infer<typeof DeliverableCreateInput>;

export const DeliverableUpdateInput = z
  .strictObject({ ...optionalFields, version: Version })
  .meta({ id: "DeliverableUpdateInput" });
export type DeliverableUpdateInput = z.infer<typeof DeliverableUpdateInput>;

/** `GET /api/v1/deliverables?planId=&activityId=&meetingId=`. */
export const DeliverableListQuery = z.object({ planId: Id.optional(), activityId: Id.optional(), meetingId: Id.optional() });
