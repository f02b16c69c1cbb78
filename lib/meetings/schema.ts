import { z } from "zod";
import {
  Id,
  IdList,
  IsoDate,
  Key,
  MemberStateCode,
  OptionalLabel,
  OptionalText,
  Text,
  Version,
  endsNotBeforeStarts,
  intBetween,
} from "@/lib/validation/fields";
import { DatePrecision, MeetingKind, MeetingStatus } from "@/lib/db/generated/enums";
import { LocalizedText } from "@/lib/i18n/localized-text";
import { multi, PageNumber, SearchText } from "@/lib/lists/query";

// Input of the meeting mutations and of POST/PATCH /api/v1/meetings. Lists (participations,
// organisations, agenda, activities) are replaced as a whole when given.

/** Who presented or received something: an organisation or a member state. */
export const PartyInput = z
  .strictObject({ organizationId: Id.optional(), memberStateId: MemberStateCode.optional() })
  .refine((p) => (p.organizationId === undefined) !== (p.memberStateId === undefined), {
    params: { key: "one_party" },
  })
  .meta({ id: "PartyInput" });
export type PartyInput = z.infer<typeof PartyInput>;

export const ParticipationInput = z
  .strictObject({
    memberStateId: MemberStateCode,
    /** The state presented its efforts at the meeting. */
    presentedEfforts: z.boolean().optional(),
    note: OptionalText.optional(),
  })
  .meta({ id: "ParticipationInput" });

export const AgendaItemInput = z
  .strictObject({
    title: LocalizedText,
    description: OptionalText.optional(),
    presenters: z.array(PartyInput).max(100).optional(),
  })
  .meta({ id: "AgendaItemInput" });

const uniqueStates = (list: { memberStateId: string }[]) =>
  new Set(list.map((p) => p.memberStateId)).size === list.length;

const meetingFields = {
  /** The plan the meeting is held under; null for forums outside any plan. */
  planId: Id.nullable(),
  kind: z.enum(MeetingKind),
  sessionNumber: intBetween(1, 10_000).nullable(),
  series: Text(50).nullable(),
  title: LocalizedText,
  status: z.enum(MeetingStatus),
  startDate: IsoDate,
  endDate: IsoDate.nullable(),
  datePrecision: z.enum(DatePrecision),
  city: OptionalLabel,
  venue: OptionalLabel,
  organizer: OptionalLabel,
  objectives: OptionalText,
  outcome: OptionalText,
  /**
   * The participation is recorded: states not in `participations` did not take part. False (the
   * default) while it is not recorded yet, when an empty list means "not known", not "nobody".
   */
  participationRecorded: z.boolean(),
  /** Participating member states, each saying whether it presented its efforts. */
  participations: z
    .array(ParticipationInput)
    .max(22)
    .refine(uniqueStates, { params: { key: "duplicate" } }),
  organizationIds: IdList,
  agendaItems: z.array(AgendaItemInput).max(200),
  /** Activities the meeting serves. */
  activityIds: IdList,
};

const optionalFields = z.object(meetingFields).partial().shape;

const DATES = [["startDate", "endDate"]] as const;

export const MeetingCreateInput = endsNotBeforeStarts(
  z.strictObject({
    ...optionalFields,
    key: Key.optional(),
    kind: meetingFields.kind,
    title: meetingFields.title,
    startDate: meetingFields.startDate,
  }),
  DATES,
).meta({ id: "MeetingCreateInput" });
export type MeetingCreateInput = z.infer<typeof MeetingCreateInput>;

export const MeetingUpdateInput = endsNotBeforeStarts(
  z.strictObject({ ...optionalFields, version: Version }),
  DATES,
).meta({ id: "MeetingUpdateInput" });
export type MeetingUpdateInput = z.infer<typeof MeetingUpdateInput>;

/** Linking or unlinking one activity changes the meeting: the meeting's version guards it. */
export const MeetingLinkInput = z.strictObject({ version: Version }).meta({ id: "MeetingLinkInput" });
export type MeetingLinkInput = z.infer<typeof MeetingLinkInput>;

export const MEETING_SORTS = ["date", "recent", "title"] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];

/**
 * `GET /api/v1/meetings` and the meetings page: `planId` keeps the meetings held under the plan or
 * serving its activities, `state` those a member state took part in, `from`/`to` those whose
 * dates overlap the period. Chronological unless `sort` says otherwise.
 */
export const MeetingListQuery = z.object({
  planId: Id.optional(),
  kind: multi(z.enum(MeetingKind)).optional(),
  status: multi(z.enum(MeetingStatus)).optional(),
  state: MemberStateCode.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  q: SearchText.optional(),
  sort: z.enum(MEETING_SORTS).optional(),
  page: PageNumber.optional(),
});
export type MeetingListQuery = z.infer<typeof MeetingListQuery>;
