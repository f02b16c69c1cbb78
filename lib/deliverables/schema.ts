import { z } from "zod";
import { Id, IsoDate, Key, MemberStateCode, OptionalText, Text, Version } from "@/lib/validation/fields";
import { DatePrecision, DeliverableStageKind, DeliverableType } from "@/lib/db/generated/enums";
import { FrameworkTargetIds } from "@/lib/frameworks/schema";
import { LocalizedText } from "@/lib/i18n/localized-text";
import { multi, PageNumber, SearchText } from "@/lib/lists/query";

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
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .nullable()
      .optional(),
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
  documentUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
  stages: z.array(StageInput).max(100),
  /** Global framework targets it serves (GCM/GCR objectives, SDG targets); replaces the list. */
  frameworkTargetIds: FrameworkTargetIds,
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

export const DELIVERABLE_SORTS = ["created", "title", "type"] as const;
export type DeliverableSort = (typeof DELIVERABLE_SORTS)[number];

/**
 * `GET /api/v1/deliverables` and the documents page: `planId` keeps the plan's documents (through
 * the producing activity or meeting), `meetingId` those produced at or meant for the meeting,
 * `stage` those whose latest completed stage is one of the given, `state` those a member state
 * received at some stage, `framework` those tagged with the target.
 */
export const DeliverableListQuery = z.object({
  planId: Id.optional(),
  activityId: Id.optional(),
  meetingId: Id.optional(),
  type: multi(z.enum(DeliverableType)).optional(),
  stage: multi(z.enum(DeliverableStageKind)).optional(),
  state: MemberStateCode.optional(),
  framework: Text(50).optional(),
  q: SearchText.optional(),
  sort: z.enum(DELIVERABLE_SORTS).optional(),
  page: PageNumber.optional(),
});
export type DeliverableListQuery = z.infer<typeof DeliverableListQuery>;
