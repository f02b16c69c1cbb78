import { z } from "zod";
import {
  Id,
  IdList,
  IsoDate,
  Key,
  OptionalLabel,
  OptionalText,
  TEXT_LIMITS,
  Text,
  Version,
  endsNotBeforeStarts,
  intBetween,
} from "@/lib/validation/fields";
import { ActivityStatus, ActivityType, DatePrecision } from "@/lib/db/generated/enums";
import { FrameworkTargetIds } from "@/lib/frameworks/schema";
import { LocalizedText } from "@/lib/i18n/localized-text";
import { multi, PageNumber, SearchText } from "@/lib/lists/query";

// Input of the activity mutations and of POST/PATCH /api/v1/activities.

export const Progress = intBetween(0, 100);

/** A status note: plain text in its writer's language (kept with the audit event). */
export const StatusNote = Text(TEXT_LIMITS.note);

const activityFields = {
  /** Moving an activity to another pillar (of the same or another plan). */
  pillarId: Id,
  title: LocalizedText,
  description: OptionalText,
  type: z.enum(ActivityType),
  status: z.enum(ActivityStatus),
  progress: Progress,
  plannedStart: IsoDate.nullable(),
  plannedEnd: IsoDate.nullable(),
  actualStart: IsoDate.nullable(),
  actualEnd: IsoDate.nullable(),
  datePrecision: z.enum(DatePrecision),
  leadUnit: OptionalLabel,
  outcome: OptionalText,
  /** Partner organisations; replaces the list. */
  partnerIds: IdList,
  /** Meetings that serve the activity; replaces the list. */
  meetingIds: IdList,
  /** Global framework targets it serves (GCM/GCR objectives, SDG targets); replaces the list. */
  frameworkTargetIds: FrameworkTargetIds,
};

const optionalFields = z.object(activityFields).partial().shape;

const DATE_PAIRS = [
  ["plannedStart", "plannedEnd"],
  ["actualStart", "actualEnd"],
] as const;

export const ActivityCreateInput = endsNotBeforeStarts(
  z.strictObject({
    ...optionalFields,
    pillarId: activityFields.pillarId,
    title: activityFields.title,
    key: Key.optional(),
    /** 1-based; appended after the pillar's last activity when omitted. */
    position: z.int().min(1).max(1000).optional(),
  }),
  DATE_PAIRS,
).meta({ id: "ActivityCreateInput" });
export type ActivityCreateInput = z.infer<typeof ActivityCreateInput>;

/**
 * Any subset of the fields plus `version`. A change of status or progress only, with or without
 * `note`, is recorded as a status change; anything else as an edit (keeping the note).
 */
export const ActivityUpdateInput = endsNotBeforeStarts(
  z.strictObject({
    ...optionalFields,
    note: StatusNote.optional(),
    version: Version,
  }),
  DATE_PAIRS,
).meta({ id: "ActivityUpdateInput" });
export type ActivityUpdateInput = z.infer<typeof ActivityUpdateInput>;

/** The quick status update: `{ status?, progress?, note?, version }`. */
export const ActivityStatusInput = z
  .strictObject({
    status: activityFields.status.optional(),
    progress: Progress.optional(),
    note: StatusNote.optional(),
    version: Version,
  })
  .meta({ id: "ActivityStatusInput" });
export type ActivityStatusInput = z.infer<typeof ActivityStatusInput>;

export const ACTIVITY_SORTS = ["plan", "title", "start", "status", "progress"] as const;
export type ActivitySort = (typeof ACTIVITY_SORTS)[number];

/**
 * `GET /api/v1/activities` and the activities page (/activities?...): every filter optional and
 * combined with AND. `from`/`to` keep activities whose planned period overlaps them; without
 * `page` the API answers every match, with it one page of PAGE_SIZE.
 */
export const ActivityListQuery = z.object({
  planId: Id.optional(),
  pillarId: Id.optional(),
  status: multi(z.enum(ActivityStatus)).optional(),
  type: z.enum(ActivityType).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** A framework target id ("gcm-1"): activities tagged with it. */
  framework: Text(50).optional(),
  q: SearchText.optional(),
  sort: z.enum(ACTIVITY_SORTS).optional(),
  page: PageNumber.optional(),
});
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;
