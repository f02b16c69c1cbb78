import type {
  ActivityStatus,
  AuditAction,
  DatePrecision,
  DeliverableStageKind,
  MeetingKind,
  MeetingStatus,
} from "@/lib/db/generated/enums";
import type { LocalizedText } from "@/lib/i18n/localized-text";

// What the plan dashboard, GET /api/v1/plans/{id}/progress and /changes return: plain data,
// dates as YYYY-MM-DD, timestamps as ISO strings.

export type StatusCounts = Record<ActivityStatus, number>;

export interface ProgressFigures {
  /** Activities per status, every status present (zeros included). */
  count: StatusCounts;
  total: number;
  /**
   * Weighted progress, 0–100 rounded: the average of the activities' progress with completed ones
   * counting 100 and cancelled ones left out; null when no activity counts (docs/decisions/010).
   */
  progress: number | null;
}

export interface PillarProgress extends ProgressFigures {
  id: string;
  key: string;
  title: LocalizedText;
}

export interface PlanProgress {
  planId: string;
  pillars: PillarProgress[];
  overall: ProgressFigures;
}

/** Deliverables counted by the latest stage they completed (`none`: no stage completed yet). */
export type StageCounts = Record<DeliverableStageKind | "none", number>;

export interface DatedRef {
  id: string;
  title: LocalizedText;
  date: string;
  datePrecision: DatePrecision;
}

export interface UpcomingMeeting extends DatedRef {
  kind: MeetingKind;
  endDate: string | null;
}

export interface Deadline extends DatedRef {
  /** An activity's planned end, or a deliverable's scheduled stage. */
  kind: "activity" | "deliverable";
  stage: DeliverableStageKind | null;
}

export interface LateItems {
  /** How many there are in all; `items` holds the oldest few. */
  total: number;
  items: Deadline[];
}

export interface TimelineActivity {
  id: string;
  pillarId: string;
  title: LocalizedText;
  status: ActivityStatus;
  start: string | null;
  end: string | null;
  /** Whether `start`/`end` are the actual dates (else the planned ones). */
  actual: boolean;
  datePrecision: DatePrecision;
}

export interface TimelineMeeting extends DatedRef {
  status: MeetingStatus;
}

export interface RecentChange {
  id: string;
  at: string;
  action: AuditAction;
  entity: "plan" | "pillar" | "activity" | "meeting" | "deliverable";
  entityId: string;
  title: LocalizedText;
  actor: string | null;
  /** The fields that changed (names only: values are on the record's own history). */
  fields: string[];
  /** An activity's change of status (other records' statuses are counted among `fields`). */
  status: { from: ActivityStatus | null; to: ActivityStatus } | null;
}

export interface PlanDashboard {
  plan: { id: string; startYear: number; endYear: number };
  progress: PlanProgress;
  deliverableStages: StageCounts;
  deliverableTotal: number;
  upcomingMeetings: UpcomingMeeting[];
  deadlines: Deadline[];
  late: LateItems;
  timeline: { activities: TimelineActivity[]; meetings: TimelineMeeting[] };
  /** Newest first; null when the viewer may not read the audit trail (anonymous visitors). */
  recentChanges: RecentChange[] | null;
  /** The day the figures are computed for. */
  today: string;
}

export interface StatusChange {
  eventId: string;
  at: string;
  activity: { id: string; title: LocalizedText };
  from: ActivityStatus | null;
  to: ActivityStatus;
  actor: string | null;
}

export interface CreatedRecord {
  eventId: string;
  at: string;
  id: string;
  title: LocalizedText;
  actor: string | null;
}

export interface AdvancedDeliverable {
  id: string;
  title: LocalizedText;
  stage: DeliverableStageKind;
  date: string;
  datePrecision: DatePrecision;
}

export interface HeldMeeting extends DatedRef {
  kind: MeetingKind;
  endDate: string | null;
}

export interface PlanChanges {
  planId: string;
  planTitle: LocalizedText;
  from: string;
  to: string;
  /** When no `from` was given: the plan's last meeting held before `to`, whose first day `from` is. */
  sinceLastMeeting: DatedRef | null;
  /** Audit-trail sections: null when the viewer may not read the audit trail. */
  statusChanges: StatusChange[] | null;
  newActivities: CreatedRecord[] | null;
  newDeliverables: CreatedRecord[] | null;
  advancedDeliverables: AdvancedDeliverable[];
  meetingsHeld: HeldMeeting[];
}
