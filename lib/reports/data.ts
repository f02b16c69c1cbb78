import "server-only";
import { readableActivities, readableDeliverables, readableMeetings, readablePlans } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isoDate, isUuid } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import type { Changes } from "@/lib/audit/write";
import { can } from "@/lib/auth/permissions";
import type {
  AuditAction,
  UserRole,
  ActivityStatus,
  DatePrecision,
  DeliverableStageKind,
  DeliverableType,
  MeetingKind,
  MeetingStatus,
  PlanStatus,
} from "@/lib/db/generated/enums";
import { toLocalizedText, toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { meetingOrder, meetingRefSelect, toMeetingRef, type MeetingRef } from "@/lib/meetings/dto";
import { deliverableOrder, stageOrder } from "@/lib/deliverables/dto";
import { activityOrder } from "@/lib/activities/dto";

// Everything the plan status report shows, in a fixed number of queries whatever the plan's
// size (no per-pillar, per-meeting or per-deliverable round trips): getPlan's summaries lack
// outcomes, actual dates, participants and stage history with recipients, so the report has its
// own read. Every `where` goes through lib/auth/scope.ts, like the other data modules.

export interface ReportActivity {
  id: string;
  key: string;
  title: LocalizedText;
  status: ActivityStatus;
  progress: number;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  datePrecision: DatePrecision;
  description: LocalizedText | null;
  outcome: LocalizedText | null;
  partners: LocalizedText[];
}

export interface ReportPillar {
  id: string;
  title: LocalizedText;
  description: LocalizedText | null;
  activities: ReportActivity[];
}

export interface ReportMeeting {
  id: string;
  title: LocalizedText;
  kind: MeetingKind;
  status: MeetingStatus;
  startDate: string;
  endDate: string | null;
  datePrecision: DatePrecision;
  city: LocalizedText | null;
  objectives: LocalizedText | null;
  outcome: LocalizedText | null;
  states: LocalizedText[];
  /** The states among `states` that presented their efforts at the meeting. */
  presentingStates: LocalizedText[];
  organizations: LocalizedText[];
  agenda: ReportAgendaItem[];
}

export interface ReportAgendaItem {
  title: LocalizedText;
  description: LocalizedText | null;
  presenters: LocalizedText[];
}

export interface ReportStage {
  stage: DeliverableStageKind;
  completed: boolean;
  date: string | null;
  datePrecision: DatePrecision;
  language: string | null;
  note: LocalizedText | null;
  recipients: LocalizedText[];
}

export interface ReportDeliverable {
  id: string;
  title: LocalizedText;
  type: DeliverableType;
  /** The activity that produced it, when it is one of the report's. */
  activityId: string | null;
  meeting: MeetingRef | null;
  targetMeeting: MeetingRef | null;
  stages: ReportStage[];
}

export interface NextPlan {
  title: LocalizedText;
  status: PlanStatus;
  circulatedOn: string | null;
  adoptionMeeting: MeetingRef | null;
}

export interface ReportData {
  plan: {
    id: string;
    key: string;
    title: LocalizedText;
    startYear: number;
    endYear: number;
    status: PlanStatus;
    adoptedOn: string | null;
    adoptedPrecision: DatePrecision;
    adoptionMeeting: MeetingRef | null;
  };
  pillars: ReportPillar[];
  meetings: ReportMeeting[];
  deliverables: ReportDeliverable[];
  /** The plan that follows this one (the next period), when the viewer may read it. */
  nextPlan: NextPlan | null;
  /** Ids of activities, meetings and deliverables with an audit event (not the seed's) at or after `since`. */
  changedSince: Set<string> | null;
  /**
   * The audit events behind `changedSince` on this plan's records, oldest first, with what each
   * changed; null without `since` or when the viewer may not read the audit trail.
   */
  changes: ReportChange[] | null;
}

export interface ReportChange {
  at: string;
  action: AuditAction;
  entityType: "Activity" | "Meeting" | "Deliverable";
  entityId: string;
  changes: Changes;
  note: Record<string, string> | null;
  /** Who acted, by role and unit (a focal point's state), never by name: the report is sent on. */
  actor: { role: UserRole; state: LocalizedText | null } | { label: string | null };
}

const activitySelect = {
  id: true,
  key: true,
  title: true,
  status: true,
  progress: true,
  plannedStart: true,
  plannedEnd: true,
  actualStart: true,
  actualEnd: true,
  datePrecision: true,
  description: true,
  outcome: true,
  partners: { select: { organization: { select: { name: true } } }, orderBy: { organization: { key: "asc" } } },
} satisfies Prisma.ActivitySelect;

const nameSelect = { name: true } as const;

const meetingSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  city: true,
  objectives: true,
  outcome: true,
  participations: {
    select: { presentedEfforts: true, memberState: { select: nameSelect } },
    orderBy: { memberStateId: "asc" },
  },
  participants: { select: { organization: { select: nameSelect } }, orderBy: { organization: { key: "asc" } } },
  agendaItems: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      title: true,
      description: true,
      presenters: {
        orderBy: { id: "asc" },
        select: { organization: { select: nameSelect }, memberState: { select: nameSelect } },
      },
    },
  },
} satisfies Prisma.MeetingSelect;

const deliverableSelect = {
  id: true,
  title: true,
  type: true,
  activityId: true,
  meeting: { select: meetingRefSelect },
  targetMeeting: { select: meetingRefSelect },
  stages: {
    orderBy: stageOrder,
    select: {
      stage: true,
      completed: true,
      date: true,
      datePrecision: true,
      language: true,
      note: true,
      recipients: {
        orderBy: { id: "asc" },
        select: { organization: { select: nameSelect }, memberState: { select: nameSelect } },
      },
    },
  },
} satisfies Prisma.DeliverableSelect;

function toActivity(row: Prisma.ActivityGetPayload<{ select: typeof activitySelect }>): ReportActivity {
  return {
    id: row.id,
    key: row.key,
    title: toLocalizedText(row.title),
    status: row.status,
    progress: row.progress,
    plannedStart: isoDate(row.plannedStart),
    plannedEnd: isoDate(row.plannedEnd),
    actualStart: isoDate(row.actualStart),
    actualEnd: isoDate(row.actualEnd),
    datePrecision: row.datePrecision,
    description: toOptionalLocalizedText(row.description),
    outcome: toOptionalLocalizedText(row.outcome),
    partners: row.partners.map((p) => toLocalizedText(p.organization.name)),
  };
}

/** The report's data for `planId`, or null when the plan does not exist or the viewer may not read it. */
export async function getReportData(
  viewer: Viewer,
  planId: string,
  options: { since?: string } = {},
): Promise<ReportData | null> {
  if (!isUuid(planId)) return null;
  const db = getDb();
  const plan = await db.actionPlan.findFirst({
    where: { AND: [{ id: planId }, readablePlans(viewer)] },
    select: {
      id: true,
      key: true,
      title: true,
      startYear: true,
      endYear: true,
      status: true,
      adoptedOn: true,
      adoptedPrecision: true,
      adoptionMeeting: { select: meetingRefSelect },
      pillars: {
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: {
          id: true,
          title: true,
          description: true,
          activities: { where: readableActivities(viewer), orderBy: activityOrder, select: activitySelect },
        },
      },
    },
  });
  if (!plan) return null;

  const inPlan = { pillar: { planId } };
  const servesPlan: Prisma.MeetingWhereInput = { OR: [{ planId }, { activities: { some: { activity: inPlan } } }] };
  const [meetings, deliverables, nextPlan, changed] = await Promise.all([
    db.meeting.findMany({
      where: { AND: [readableMeetings(viewer), servesPlan] },
      select: meetingSelect,
      orderBy: meetingOrder,
    }),
    db.deliverable.findMany({
      where: { AND: [readableDeliverables(viewer), { OR: [{ activity: inPlan }, { meeting: servesPlan }] }] },
      select: deliverableSelect,
      orderBy: deliverableOrder,
    }),
    db.actionPlan.findFirst({
      where: { AND: [readablePlans(viewer), { startYear: { gt: plan.startYear } }, { id: { not: planId } }] },
      orderBy: [{ startYear: "asc" }, { key: "asc" }],
      select: { title: true, status: true, circulatedOn: true, adoptionMeeting: { select: meetingRefSelect } },
    }),
    options.since
      ? db.auditEvent.findMany({
          where: {
            at: { gte: new Date(`${options.since}T00:00:00Z`) },
            entityType: { in: ["Activity", "Meeting", "Deliverable"] },
            // Loading the demo data records history, not changes: a seed run must not make
            // every record look new.
            OR: [{ actorLabel: null }, { actorLabel: { not: "seed" } }],
          },
          select: { entityId: true },
          distinct: ["entityId"],
        })
      : Promise.resolve(null),
  ]);

  const changes =
    options.since && can(viewer, "read", "auditHistory")
      ? await changesSince(options.since, [
          ...plan.pillars.flatMap((p) => p.activities.map((a) => a.id)),
          ...meetings.map((m) => m.id),
          ...deliverables.map((d) => d.id),
        ])
      : null;

  return {
    plan: {
      id: plan.id,
      key: plan.key,
      title: toLocalizedText(plan.title),
      startYear: plan.startYear,
      endYear: plan.endYear,
      status: plan.status,
      adoptedOn: isoDate(plan.adoptedOn),
      adoptedPrecision: plan.adoptedPrecision,
      adoptionMeeting: plan.adoptionMeeting ? toMeetingRef(plan.adoptionMeeting) : null,
    },
    pillars: plan.pillars.map((p) => ({
      id: p.id,
      title: toLocalizedText(p.title),
      description: toOptionalLocalizedText(p.description),
      activities: p.activities.map(toActivity),
    })),
    meetings: meetings.map((m) => ({
      id: m.id,
      title: toLocalizedText(m.title),
      kind: m.kind,
      status: m.status,
      startDate: isoDate(m.startDate),
      endDate: isoDate(m.endDate),
      datePrecision: m.datePrecision,
      city: toOptionalLocalizedText(m.city),
      objectives: toOptionalLocalizedText(m.objectives),
      outcome: toOptionalLocalizedText(m.outcome),
      states: m.participations.map((p) => toLocalizedText(p.memberState.name)),
      presentingStates: m.participations
        .filter((p) => p.presentedEfforts)
        .map((p) => toLocalizedText(p.memberState.name)),
      organizations: m.participants.map((p) => toLocalizedText(p.organization.name)),
      agenda: m.agendaItems.map((item) => ({
        title: toLocalizedText(item.title),
        description: toOptionalLocalizedText(item.description),
        presenters: item.presenters.flatMap((r) => {
          const name = r.organization?.name ?? r.memberState?.name;
          return name ? [toLocalizedText(name)] : [];
        }),
      })),
    })),
    deliverables: deliverables.map((d) => ({
      id: d.id,
      title: toLocalizedText(d.title),
      type: d.type,
      activityId: d.activityId,
      meeting: d.meeting ? toMeetingRef(d.meeting) : null,
      targetMeeting: d.targetMeeting ? toMeetingRef(d.targetMeeting) : null,
      stages: d.stages.map((s) => ({
        stage: s.stage,
        completed: s.completed,
        date: isoDate(s.date),
        datePrecision: s.datePrecision,
        language: s.language,
        note: toOptionalLocalizedText(s.note),
        recipients: s.recipients.flatMap((r) => {
          const name = r.organization?.name ?? r.memberState?.name;
          return name ? [toLocalizedText(name)] : [];
        }),
      })),
    })),
    nextPlan: nextPlan
      ? {
          title: toLocalizedText(nextPlan.title),
          status: nextPlan.status,
          circulatedOn: isoDate(nextPlan.circulatedOn),
          adoptionMeeting: nextPlan.adoptionMeeting ? toMeetingRef(nextPlan.adoptionMeeting) : null,
        }
      : null,
    changedSince: changed ? new Set(changed.map((e) => e.entityId)) : null,
    changes,
  };
}

const REPORTED_ENTITIES = ["Activity", "Meeting", "Deliverable"] as const;
const NOT_SEED: Prisma.AuditEventWhereInput = { OR: [{ actorLabel: null }, { actorLabel: { not: "seed" } }] };

/** The audit events on `ids` since the day, oldest first: one query, bounded by the plan's size. */
async function changesSince(since: string, ids: string[]): Promise<ReportChange[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().auditEvent.findMany({
    where: {
      AND: [
        { at: { gte: new Date(`${since}T00:00:00Z`) } },
        { entityType: { in: [...REPORTED_ENTITIES] } },
        { entityId: { in: ids } },
        NOT_SEED,
      ],
    },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: {
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      changes: true,
      note: true,
      actorLabel: true,
      actor: { select: { role: true, memberState: { select: nameSelect } } },
    },
  });
  return rows.map((row) => ({
    at: row.at.toISOString(),
    action: row.action,
    entityType: row.entityType as ReportChange["entityType"],
    entityId: row.entityId,
    changes: (row.changes ?? {}) as Changes,
    note: (row.note ?? null) as Record<string, string> | null,
    actor: row.actor
      ? {
          role: row.actor.role,
          state: row.actor.memberState ? toLocalizedText(row.actor.memberState.name) : null,
        }
      : { label: row.actorLabel },
  }));
}

/** Whether the viewer may have `planId`'s report (its plan is readable), without loading it: a report job checks this before it is queued. */
export async function isReportablePlan(viewer: Viewer, planId: string): Promise<boolean> {
  if (!isUuid(planId)) return false;
  return (await getDb().actionPlan.count({ where: { AND: [{ id: planId }, readablePlans(viewer)] } })) > 0;
}
