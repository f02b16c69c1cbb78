import {
  ActivityStatus,
  ActivityType,
  DatePrecision,
  DeliverableStageKind,
  DeliverableType,
  MeetingKind,
  MeetingStatus,
  PlanStatus,
  PledgeStatus,
} from "@/lib/db/generated/enums";

// One list per enum, in prisma/schema.prisma's order (the order forms, filters and dashboards
// show), derived from the generated enums so a value added to the schema appears everywhere at
// once. The generated module is plain constants: safe in the browser, no Prisma client with it.

function values<E extends Record<string, string>>(e: E): readonly E[keyof E][] {
  return Object.values(e) as E[keyof E][];
}

export const PLAN_STATUSES = values(PlanStatus);
export const ACTIVITY_STATUSES = values(ActivityStatus);
export const ACTIVITY_TYPES = values(ActivityType);
export const MEETING_KINDS = values(MeetingKind);
export const MEETING_STATUSES = values(MeetingStatus);
export const DELIVERABLE_TYPES = values(DeliverableType);
/** The stages a deliverable goes through, in the order they normally happen. */
export const STAGE_KINDS = values(DeliverableStageKind);
export const DATE_PRECISIONS = values(DatePrecision);
export const PLEDGE_STATUSES = values(PledgeStatus);
