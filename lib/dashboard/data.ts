import "server-only";
import { activityOrder } from "@/lib/activities/dto";
import { ENTITY_TYPE } from "@/lib/audit/write";
import { assertCan, can } from "@/lib/auth/permissions";
import {
  readableActivities,
  readableDeliverables,
  readableMeetings,
  readablePillars,
  readablePlans,
} from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isoDate, isUuid } from "@/lib/db/dto";
import { Prisma } from "@/lib/db/generated/client";
import type { ActivityStatus, AuditAction, DeliverableStageKind } from "@/lib/db/generated/enums";
import { toLocalizedText } from "@/lib/i18n/localized-text";
import { meetingOrder } from "@/lib/meetings/dto";
import { toDate } from "@/lib/validation/fields";
import type {
  Deadline,
  LateItems,
  UpcomingMeeting,
  PlanChanges,
  PlanDashboard,
  PlanProgress,
  RecentChange,
  StageCounts,
  StatusChange,
  CreatedRecord,
} from "./dto";
import { ACTIVITY_STATUSES } from "@/lib/enums";
import { emptyStageCounts, figuresOf, type StatusGroup } from "./progress";
import type { ChangesQuery } from "./schema";

// The plan dashboard's figures, the progress API and "what changed", in a fixed number of queries
// whatever the plan's size: counts are grouped in SQL, lists are capped. The plan is looked up
// through the viewer's read scope first; everything under a readable plan is readable
// (lib/auth/scope.ts), so the raw SQL below only narrows to the plan. The audit trail is read only
// by those the permissions table lets read it (not anonymous visitors).

/** How many items the dashboard lists per section (the totals are counted in full). */
export const LIST_LIMIT = 8;
/** How many recent changes the dashboard shows. */
export const RECENT_LIMIT = 10;
/** At most this many audit-based entries per "what changed" answer. */
export const CHANGES_LIMIT = 500;

type Db = ReturnType<typeof getDb>;

const today = () => new Date().toISOString().slice(0, 10);

interface PlanRow {
  id: string;
  title: unknown;
  startYear: number;
  endYear: number;
  isPublic: boolean;
}

async function findPlan(db: Db, viewer: Viewer, planId: string): Promise<PlanRow | null> {
  assertCan(viewer, "read", "plan");
  if (!isUuid(planId)) return null;
  const plan = await db.actionPlan.findFirst({
    where: { AND: [{ id: planId }, readablePlans(viewer)] },
    select: { id: true, title: true, startYear: true, endYear: true, isPublic: true },
  });
  if (plan) assertCan(viewer, "read", "plan", { isPublic: plan.isPublic });
  return plan;
}

// The plan's records, as the plan page lists them: activities under its pillars; meetings held
// under it or serving one of its activities; deliverables of those activities or meetings.
const activitiesIn = (planId: string): Prisma.ActivityWhereInput => ({ pillar: { planId } });
const meetingsServing = (planId: string): Prisma.MeetingWhereInput => ({
  OR: [{ planId }, { activities: { some: { activity: activitiesIn(planId) } } }],
});
const deliverablesOf = (planId: string): Prisma.DeliverableWhereInput => ({
  OR: [{ activity: activitiesIn(planId) }, { meeting: meetingsServing(planId) }],
});

/** The same sets for raw SQL: CTEs `plan_activities`, `plan_meetings`, `plan_deliverables` (ids). */
const planRecordsSql = (planId: string) => Prisma.sql`
  plan_activities AS (
    SELECT a.id, a.title FROM "Activity" a JOIN "Pillar" p ON p.id = a."pillarId" WHERE p."planId" = ${planId}::uuid
  ),
  plan_meetings AS (
    SELECT m.id, m.title FROM "Meeting" m
    WHERE m."planId" = ${planId}::uuid
       OR EXISTS (SELECT 1 FROM "ActivityMeeting" am JOIN plan_activities pa ON pa.id = am."activityId" WHERE am."meetingId" = m.id)
  ),
  plan_deliverables AS (
    SELECT d.id, d.title FROM "Deliverable" d
    WHERE d."activityId" IN (SELECT id FROM plan_activities) OR d."meetingId" IN (SELECT id FROM plan_meetings)
  )`;

// Loading the demo data records history, not changes: a seed run must not make every record look
// recently changed (the plan report reads the trail the same way).
const NOT_SEED = Prisma.sql`(e."actorLabel" IS NULL OR e."actorLabel" <> 'seed')`;

async function progressOf(db: Db, viewer: Viewer, planId: string): Promise<PlanProgress> {
  const [pillars, groups] = await Promise.all([
    db.pillar.findMany({
      where: { AND: [readablePillars(viewer), { planId }] },
      orderBy: [{ position: "asc" }, { key: "asc" }],
      select: { id: true, key: true, title: true },
    }),
    db.activity.groupBy({
      by: ["pillarId", "status"],
      where: { AND: [readableActivities(viewer), activitiesIn(planId)] },
      _count: { _all: true },
      _sum: { progress: true },
    }),
  ]);
  const byPillar = new Map<string, StatusGroup[]>();
  const all: StatusGroup[] = [];
  for (const g of groups) {
    const group = { status: g.status, count: g._count._all, progressSum: g._sum.progress ?? 0 };
    all.push(group);
    const list = byPillar.get(g.pillarId) ?? [];
    list.push(group);
    byPillar.set(g.pillarId, list);
  }
  return {
    planId,
    pillars: pillars.map((p) => ({
      id: p.id,
      key: p.key,
      title: toLocalizedText(p.title),
      ...figuresOf(byPillar.get(p.id) ?? []),
    })),
    overall: figuresOf(all),
  };
}

/**
 * Per pillar and overall: activities per status and weighted progress (docs/decisions/010), or
 * null when the plan does not exist or the viewer may not read it.
 */
export async function getPlanProgress(viewer: Viewer, planId: string): Promise<PlanProgress | null> {
  const db = getDb();
  const plan = await findPlan(db, viewer, planId);
  return plan ? progressOf(db, viewer, plan.id) : null;
}

/** Deliverables counted by the latest stage each has completed, in one grouped query. */
async function stageCounts(db: Db, planId: string): Promise<{ counts: StageCounts; total: number }> {
  const rows = await db.$queryRaw<{ stage: DeliverableStageKind | "none"; count: number }[]>`
    WITH ${planRecordsSql(planId)},
    latest AS (
      SELECT DISTINCT ON (s."deliverableId") s."deliverableId", s.stage
      FROM "DeliverableStage" s
      WHERE s.completed AND s."deliverableId" IN (SELECT id FROM plan_deliverables)
      ORDER BY s."deliverableId", s.position DESC, s.id DESC
    )
    SELECT coalesce(l.stage::text, 'none') AS stage, count(*)::int AS count
    FROM plan_deliverables d LEFT JOIN latest l ON l."deliverableId" = d.id
    GROUP BY 1`;
  const counts = emptyStageCounts();
  let total = 0;
  for (const row of rows) {
    counts[row.stage] = row.count;
    total += row.count;
  }
  return { counts, total };
}

interface AuditRow {
  id: bigint;
  at: Date;
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  actorName: string | null;
  actorLabel: string | null;
  title: unknown;
}

const ENTITY_OF: Record<string, RecentChange["entity"]> = {
  [ENTITY_TYPE.plan]: "plan",
  [ENTITY_TYPE.pillar]: "pillar",
  [ENTITY_TYPE.activity]: "activity",
  [ENTITY_TYPE.meeting]: "meeting",
  [ENTITY_TYPE.deliverable]: "deliverable",
};

/**
 * The plan's audit events (its own, its pillars', activities', meetings' and deliverables'; never
 * comments), newest first, with each record's title. Records since deleted have no title left to
 * show and are not listed.
 */
async function auditEvents(
  db: Db,
  planId: string,
  options: { from?: Date; until?: Date; filter?: Prisma.Sql; limit: number },
): Promise<AuditRow[]> {
  const from = options.from ? Prisma.sql`AND e.at >= ${options.from}` : Prisma.empty;
  const until = options.until ? Prisma.sql`AND e.at < ${options.until}` : Prisma.empty;
  const filter = options.filter ? Prisma.sql`AND ${options.filter}` : Prisma.empty;
  return db.$queryRaw<AuditRow[]>`
    WITH ${planRecordsSql(planId)},
    records AS (
      SELECT ${ENTITY_TYPE.plan} AS type, id, title FROM "ActionPlan" WHERE id = ${planId}::uuid
      UNION ALL SELECT ${ENTITY_TYPE.pillar}, id, title FROM "Pillar" WHERE "planId" = ${planId}::uuid
      UNION ALL SELECT ${ENTITY_TYPE.activity}, id, title FROM plan_activities
      UNION ALL SELECT ${ENTITY_TYPE.meeting}, id, title FROM plan_meetings
      UNION ALL SELECT ${ENTITY_TYPE.deliverable}, id, title FROM plan_deliverables
    )
    SELECT e.id, e.at, e.action, e."entityType", e."entityId", e.changes, e."actorLabel", u.name AS "actorName", r.title
    FROM "AuditEvent" e
    JOIN records r ON r.type = e."entityType" AND r.id::text = e."entityId"
    LEFT JOIN "User" u ON u.id = e."actorId"
    WHERE ${NOT_SEED} ${from} ${until} ${filter}
    ORDER BY e.at DESC, e.id DESC
    LIMIT ${options.limit}`;
}

const actorOf = (row: AuditRow) => row.actorName ?? row.actorLabel;

const ACTIVITY_STATUS = new Set<unknown>(ACTIVITY_STATUSES);
const asStatus = (value: unknown) => (ACTIVITY_STATUS.has(value) ? (value as ActivityStatus) : null);

/** An activity event's change of status, when it has one. */
function statusChangeOf(row: AuditRow): { from: ActivityStatus | null; to: ActivityStatus } | null {
  const status = row.changes?.status;
  const to = row.entityType === ENTITY_TYPE.activity ? asStatus(status?.to) : null;
  return to ? { from: asStatus(status?.from), to } : null;
}

function toRecentChange(row: AuditRow): RecentChange {
  return {
    id: row.id.toString(),
    at: row.at.toISOString(),
    action: row.action,
    entity: ENTITY_OF[row.entityType] ?? "plan",
    entityId: row.entityId,
    title: toLocalizedText(row.title),
    actor: actorOf(row),
    fields: Object.keys(row.changes ?? {}),
    status: statusChangeOf(row),
  };
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Statuses after which an activity is neither due nor late. */
const SETTLED: ActivityStatus[] = ["completed", "cancelled"];

/**
 * Everything the plan dashboard shows, or null when the plan does not exist or the viewer may not
 * read it. `today` fixes "today" (tests, the benchmark).
 */
/** What every step of the dashboard reads under: the plan, the viewer's scopes within it, and the day. */
interface DashboardScope {
  db: Db;
  plan: PlanRow;
  activities: Prisma.ActivityWhereInput;
  meetings: Prisma.MeetingWhereInput;
  stages: Prisma.DeliverableStageWhereInput;
  today: Date;
}

const OPEN_ACTIVITY: Prisma.ActivityWhereInput = { status: { notIn: SETTLED } };
const ACTIVITY_REF = { id: true, title: true, plannedEnd: true, datePrecision: true } as const;
const STAGE_REF = {
  stage: true,
  date: true,
  datePrecision: true,
  deliverable: { select: { id: true, title: true } },
} as const;

type ActivityRef = Prisma.ActivityGetPayload<{ select: typeof ACTIVITY_REF }>;
type StageRef = Prisma.DeliverableStageGetPayload<{ select: typeof STAGE_REF }>;

const activityDeadline = (a: ActivityRef): Deadline => ({
  kind: "activity",
  id: a.id,
  title: toLocalizedText(a.title),
  date: isoDate(a.plannedEnd)!,
  datePrecision: a.datePrecision,
  stage: null,
});

const stageDeadline = (s: StageRef): Deadline => ({
  kind: "deliverable",
  id: s.deliverable.id,
  title: toLocalizedText(s.deliverable.title),
  date: isoDate(s.date)!,
  datePrecision: s.datePrecision,
  stage: s.stage,
});

/** The oldest few open activities ending, and unfinished stages falling, on the given side of today. */
async function datedItems(scope: DashboardScope, when: "due" | "late"): Promise<Deadline[]> {
  const side = when === "due" ? { gte: scope.today } : { lt: scope.today };
  const [activities, stages] = await Promise.all([
    scope.db.activity.findMany({
      where: { AND: [scope.activities, OPEN_ACTIVITY, { plannedEnd: side }] },
      orderBy: [{ plannedEnd: "asc" }, { key: "asc" }],
      take: LIST_LIMIT,
      select: ACTIVITY_REF,
    }),
    scope.db.deliverableStage.findMany({
      where: { AND: [scope.stages, { completed: false, date: side }] },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: STAGE_REF,
    }),
  ]);
  return [...activities.map(activityDeadline), ...stages.map(stageDeadline)].sort(byDate).slice(0, LIST_LIMIT);
}

async function upcomingMeetingsOf(scope: DashboardScope): Promise<UpcomingMeeting[]> {
  const meetings = await scope.db.meeting.findMany({
    where: { AND: [scope.meetings, { status: "planned", startDate: { gte: scope.today } }] },
    orderBy: meetingOrder,
    take: LIST_LIMIT,
    select: { id: true, title: true, kind: true, startDate: true, endDate: true, datePrecision: true },
  });
  return meetings.map((m) => ({
    id: m.id,
    title: toLocalizedText(m.title),
    kind: m.kind,
    date: isoDate(m.startDate),
    endDate: isoDate(m.endDate),
    datePrecision: m.datePrecision,
  }));
}

/** The late items, counted in full. */
async function lateItemsOf(scope: DashboardScope): Promise<LateItems> {
  const late = { lt: scope.today };
  const [items, activities, stages] = await Promise.all([
    datedItems(scope, "late"),
    scope.db.activity.count({ where: { AND: [scope.activities, OPEN_ACTIVITY, { plannedEnd: late }] } }),
    scope.db.deliverableStage.count({ where: { AND: [scope.stages, { completed: false, date: late }] } }),
  ]);
  return { total: activities + stages, items };
}

/** Every activity of the plan by pillar, and its meetings within the plan's years. */
async function timelineOf(scope: DashboardScope): Promise<PlanDashboard["timeline"]> {
  const { db, plan } = scope;
  const [activities, meetings] = await Promise.all([
    db.activity.findMany({
      where: scope.activities,
      orderBy: [{ pillar: { position: "asc" } }, { pillar: { key: "asc" } }, ...activityOrder],
      select: {
        id: true,
        pillarId: true,
        title: true,
        status: true,
        plannedStart: true,
        plannedEnd: true,
        actualStart: true,
        actualEnd: true,
        datePrecision: true,
      },
    }),
    db.meeting.findMany({
      where: {
        AND: [
          scope.meetings,
          { startDate: { gte: toDate(`${plan.startYear}-01-01`), lt: toDate(`${plan.endYear + 1}-01-01`) } },
        ],
      },
      orderBy: meetingOrder,
      select: { id: true, title: true, status: true, startDate: true, datePrecision: true },
    }),
  ]);
  return {
    activities: activities.map((a) => {
      const actual = a.actualStart !== null;
      return {
        id: a.id,
        pillarId: a.pillarId,
        title: toLocalizedText(a.title),
        status: a.status,
        start: isoDate(actual ? a.actualStart : a.plannedStart),
        end: isoDate(actual ? a.actualEnd : a.plannedEnd),
        actual,
        datePrecision: a.datePrecision,
      };
    }),
    meetings: meetings.map((m) => ({
      id: m.id,
      title: toLocalizedText(m.title),
      status: m.status,
      date: isoDate(m.startDate),
      datePrecision: m.datePrecision,
    })),
  };
}

async function recentChangesOf(scope: DashboardScope, viewer: Viewer): Promise<RecentChange[] | null> {
  if (!can(viewer, "read", "auditHistory")) return null;
  return (await auditEvents(scope.db, scope.plan.id, { limit: RECENT_LIMIT })).map(toRecentChange);
}

export async function getPlanDashboard(
  viewer: Viewer,
  planId: string,
  options: { today?: string } = {},
): Promise<PlanDashboard | null> {
  const db = getDb();
  const plan = await findPlan(db, viewer, planId);
  if (!plan) return null;
  const day = options.today ?? today();
  const scope: DashboardScope = {
    db,
    plan,
    activities: { AND: [readableActivities(viewer), activitiesIn(plan.id)] },
    meetings: { AND: [readableMeetings(viewer), meetingsServing(plan.id)] },
    stages: { deliverable: { AND: [readableDeliverables(viewer), deliverablesOf(plan.id)] } },
    today: toDate(day),
  };
  // The steps run side by side; each reads a fixed number of queries whatever the plan's size.
  const [progress, stages, upcomingMeetings, deadlines, late, timeline, recentChanges] = await Promise.all([
    progressOf(db, viewer, plan.id),
    stageCounts(db, plan.id),
    upcomingMeetingsOf(scope),
    datedItems(scope, "due"),
    lateItemsOf(scope),
    timelineOf(scope),
    recentChangesOf(scope, viewer),
  ]);
  return {
    plan: { id: plan.id, startYear: plan.startYear, endYear: plan.endYear },
    progress,
    deliverableStages: stages.counts,
    deliverableTotal: stages.total,
    upcomingMeetings,
    deadlines,
    late,
    timeline,
    recentChanges,
    today: day,
  };
}

const dayAfter = (iso: string) => new Date(toDate(iso).getTime() + 86_400_000);

/**
 * What changed under the plan between two days (both included, UTC): activity status changes,
 * new activities and deliverables (from the audit trail, for those who may read it), deliverable
 * stages completed on a day in the range and meetings held in it. Without `from`, the range starts
 * on the first day of the plan's last meeting held before `to` ("since the last meeting"), or on
 * 1 January of the plan's first year. Null when the plan does not exist or the viewer may not read it.
 */
export async function getPlanChanges(
  viewer: Viewer,
  planId: string,
  query: ChangesQuery,
  options: { today?: string } = {},
): Promise<PlanChanges | null> {
  const db = getDb();
  const plan = await findPlan(db, viewer, planId);
  if (!plan) return null;
  const to = query.to ?? options.today ?? today();
  const meetingScope = { AND: [readableMeetings(viewer), meetingsServing(plan.id)] };

  let from = query.from;
  let sinceLastMeeting: PlanChanges["sinceLastMeeting"] = null;
  if (!from) {
    const last = await db.meeting.findFirst({
      where: { AND: [meetingScope, { status: "held", startDate: { lt: toDate(to) } }] },
      orderBy: [{ startDate: "desc" }, { key: "desc" }],
      select: { id: true, title: true, startDate: true, datePrecision: true },
    });
    from = last ? isoDate(last.startDate) : `${plan.startYear}-01-01`;
    if (last)
      sinceLastMeeting = {
        id: last.id,
        title: toLocalizedText(last.title),
        date: from,
        datePrecision: last.datePrecision,
      };
  }
  const range = { gte: toDate(from), lte: toDate(to) };
  const readsAudit = can(viewer, "read", "auditHistory");

  const [events, stages, meetings] = await Promise.all([
    readsAudit
      ? auditEvents(db, plan.id, {
          from: toDate(from),
          until: dayAfter(to),
          filter: Prisma.sql`e."entityType" IN (${ENTITY_TYPE.activity}, ${ENTITY_TYPE.deliverable})
            AND (e.action = 'create' OR (e."entityType" = ${ENTITY_TYPE.activity} AND e.changes -> 'status' IS NOT NULL))`,
          limit: CHANGES_LIMIT,
        })
      : Promise.resolve(null),
    db.deliverableStage.findMany({
      where: {
        AND: [
          { deliverable: { AND: [readableDeliverables(viewer), deliverablesOf(plan.id)] } },
          { completed: true, date: range },
        ],
      },
      orderBy: [{ date: "asc" }, { position: "asc" }, { id: "asc" }],
      select: { stage: true, date: true, datePrecision: true, deliverable: { select: { id: true, title: true } } },
    }),
    db.meeting.findMany({
      where: { AND: [meetingScope, { status: "held", startDate: range }] },
      orderBy: meetingOrder,
      select: { id: true, title: true, kind: true, startDate: true, endDate: true, datePrecision: true },
    }),
  ]);

  let statusChanges: StatusChange[] | null = null;
  let newActivities: CreatedRecord[] | null = null;
  let newDeliverables: CreatedRecord[] | null = null;
  if (events) {
    statusChanges = [];
    newActivities = [];
    newDeliverables = [];
    // Oldest first: a reader follows the period in order.
    for (const row of [...events].reverse()) {
      const created = {
        eventId: row.id.toString(),
        at: row.at.toISOString(),
        id: row.entityId,
        title: toLocalizedText(row.title),
        actor: actorOf(row),
      };
      if (row.action === "create") {
        (row.entityType === ENTITY_TYPE.activity ? newActivities : newDeliverables).push(created);
        continue;
      }
      const status = statusChangeOf(row);
      if (!status) continue;
      statusChanges.push({
        eventId: created.eventId,
        at: created.at,
        activity: { id: row.entityId, title: created.title },
        ...status,
        actor: created.actor,
      });
    }
  }

  return {
    planId: plan.id,
    planTitle: toLocalizedText(plan.title),
    from,
    to,
    sinceLastMeeting,
    statusChanges,
    newActivities,
    newDeliverables,
    advancedDeliverables: stages.map((s) => ({
      id: s.deliverable.id,
      title: toLocalizedText(s.deliverable.title),
      stage: s.stage,
      date: isoDate(s.date)!,
      datePrecision: s.datePrecision,
    })),
    meetingsHeld: meetings.map((m) => ({
      id: m.id,
      title: toLocalizedText(m.title),
      kind: m.kind,
      date: isoDate(m.startDate),
      endDate: isoDate(m.endDate),
      datePrecision: m.datePrecision,
    })),
  };
}
