import type { ActivitySummary } from "@/lib/activities/dto";
import type { DeliverableSummary } from "@/lib/deliverables/dto";
import type { MeetingSummary } from "@/lib/meetings/dto";
import type { PlanSummary } from "@/lib/plans/data";
import type { StageDto } from "@/lib/deliverables/data";

// The choices of the editing forms' selects, in the order shown. `every` ties each list to
// the DTO's type, so a value added to the schema's enum fails type-checking here until it is
// listed (and translated); no zod or Prisma code reaches the browser for them.

/** The list, checked to name every value of `T` (and nothing else). */
function every<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ) => list;
}

export const PLAN_STATUSES = every<PlanSummary["status"]>()([
  "draft",
  "circulated",
  "adopted",
  "in_implementation",
  "closed",
]);
export const ACTIVITY_STATUSES = every<ActivitySummary["status"]>()([
  "not_started",
  "in_progress",
  "completed",
  "postponed",
  "cancelled",
]);
export const ACTIVITY_TYPES = every<ActivitySummary["type"]>()([
  "meeting",
  "capacity_building",
  "consultation",
  "forum_participation",
  "documentation",
  "advocacy",
  "mainstreaming",
  "other",
]);
export const MEETING_KINDS = every<MeetingSummary["kind"]>()([
  "arcp_session",
  "workshop",
  "regional_consultation",
  "international_forum",
  "high_level_officials",
  "other",
]);
export const MEETING_STATUSES = every<MeetingSummary["status"]>()(["planned", "held", "postponed", "cancelled"]);
export const DELIVERABLE_TYPES = every<DeliverableSummary["type"]>()([
  "final_statement",
  "information_paper",
  "documentary_file",
  "key_messages",
  "statement",
  "contribution_paper",
  "other",
]);
export const STAGE_KINDS = every<StageDto["stage"]>()([
  "drafted",
  "adopted",
  "issued",
  "translated",
  "submitted",
  "circulated",
  "published",
]);
export const PRECISIONS = every<StageDto["datePrecision"]>()(["day", "month", "year"]);

/** Languages a document version may be in (stage "translated"). */
export const DOCUMENT_LANGUAGES = ["ar", "en", "fr"] as const;
