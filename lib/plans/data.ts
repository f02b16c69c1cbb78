import "server-only";
import { readableDeliverables, readableMeetings, readablePlans } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isoDate, isUuid } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import type { DatePrecision, PlanStatus } from "@/lib/db/generated/enums";
import { toLocalizedText, toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { activityOrder, activitySummarySelect, toActivitySummary, type ActivitySummary } from "@/lib/activities/dto";
import {
  deliverableOrder,
  deliverableSummarySelect,
  toDeliverableSummary,
  type DeliverableSummary,
} from "@/lib/deliverables/dto";
import {
  meetingOrder,
  meetingRefSelect,
  meetingSummarySelect,
  toMeetingRef,
  toMeetingSummary,
  type MeetingRef,
  type MeetingSummary,
} from "@/lib/meetings/dto";

export interface PlanSummary {
  id: string;
  key: string;
  startYear: number;
  endYear: number;
  title: LocalizedText;
  status: PlanStatus;
  isPublic: boolean;
  /** The meeting that adopted the plan or, while it is not adopted, the one scheduled to. */
  adoptionMeeting: MeetingRef | null;
  adoptedOn: string | null;
  adoptedPrecision: DatePrecision;
  circulatedOn: string | null;
  pillarCount: number;
  activityCount: number;
  /** For optimistic concurrency: send it back with a change (409 when stale). */
  version: number;
}

export interface PillarWithActivities {
  id: string;
  key: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText | null;
  version: number;
  activities: ActivitySummary[];
}

export interface PlanDetail extends PlanSummary {
  summary: LocalizedText | null;
  pillars: PillarWithActivities[];
  /** Meetings held under the plan or serving its activities, in date order. */
  meetings: MeetingSummary[];
  deliverables: DeliverableSummary[];
}

const planSummarySelect = {
  id: true,
  key: true,
  startYear: true,
  endYear: true,
  title: true,
  status: true,
  isPublic: true,
  adoptionMeeting: { select: meetingRefSelect },
  adoptedOn: true,
  adoptedPrecision: true,
  circulatedOn: true,
  version: true,
  _count: { select: { pillars: true } },
} satisfies Prisma.ActionPlanSelect;

type PlanSummaryRow = Prisma.ActionPlanGetPayload<{ select: typeof planSummarySelect }>;

function toPlanSummary(row: PlanSummaryRow, activityCount: number): PlanSummary {
  return {
    id: row.id,
    key: row.key,
    startYear: row.startYear,
    endYear: row.endYear,
    title: toLocalizedText(row.title),
    status: row.status,
    isPublic: row.isPublic,
    adoptionMeeting: row.adoptionMeeting ? toMeetingRef(row.adoptionMeeting) : null,
    adoptedOn: isoDate(row.adoptedOn),
    adoptedPrecision: row.adoptedPrecision,
    circulatedOn: isoDate(row.circulatedOn),
    pillarCount: row._count.pillars,
    activityCount,
    version: row.version,
  };
}

/** Activities per plan in one grouped query (Prisma cannot count grandchildren in `_count`). */
async function activityCounts(planIds: string[]): Promise<Map<string, number>> {
  if (planIds.length === 0) return new Map();
  const rows = await getDb().$queryRaw<{ planId: string; count: bigint }[]>`
    SELECT p."planId", count(a.id) AS count
    FROM "Pillar" p JOIN "Activity" a ON a."pillarId" = p.id
    WHERE p."planId" = ANY(${planIds}::uuid[])
    GROUP BY p."planId"`;
  return new Map(rows.map((r) => [r.planId, Number(r.count)]));
}

/** Plans the viewer may read, newest period first. */
export async function listPlans(viewer: Viewer): Promise<PlanSummary[]> {
  const rows = await getDb().actionPlan.findMany({
    where: readablePlans(viewer),
    select: planSummarySelect,
    orderBy: [{ startYear: "desc" }, { key: "asc" }],
  });
  const counts = await activityCounts(rows.map((r) => r.id));
  return rows.map((row) => toPlanSummary(row, counts.get(row.id) ?? 0));
}

export async function getPlan(viewer: Viewer, planId: string): Promise<PlanDetail | null> {
  if (!isUuid(planId)) return null;
  const db = getDb();
  const plan = await db.actionPlan.findFirst({
    where: { AND: [{ id: planId }, readablePlans(viewer)] },
    select: {
      ...planSummarySelect,
      summary: true,
      pillars: {
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: {
          id: true,
          key: true,
          position: true,
          title: true,
          description: true,
          version: true,
          activities: { orderBy: activityOrder, select: activitySummarySelect },
        },
      },
    },
  });
  if (!plan) return null;

  const inPlan = { pillar: { planId } };
  const [meetings, deliverables] = await Promise.all([
    db.meeting.findMany({
      where: {
        AND: [readableMeetings(viewer), { OR: [{ planId }, { activities: { some: { activity: inPlan } } }] }],
      },
      select: meetingSummarySelect,
      orderBy: meetingOrder,
    }),
    db.deliverable.findMany({
      where: {
        AND: [
          readableDeliverables(viewer),
          {
            OR: [
              { activity: inPlan },
              { meeting: { OR: [{ planId }, { activities: { some: { activity: inPlan } } }] } },
            ],
          },
        ],
      },
      select: deliverableSummarySelect,
      orderBy: deliverableOrder,
    }),
  ]);

  const activityCount = plan.pillars.reduce((n, p) => n + p.activities.length, 0);
  return {
    ...toPlanSummary(plan, activityCount),
    summary: toOptionalLocalizedText(plan.summary),
    pillars: plan.pillars.map((p) => ({
      id: p.id,
      key: p.key,
      position: p.position,
      title: toLocalizedText(p.title),
      description: toOptionalLocalizedText(p.description),
      version: p.version,
      activities: p.activities.map(toActivitySummary),
    })),
    meetings: meetings.map(toMeetingSummary),
    deliverables: deliverables.map(toDeliverableSummary),
  };
}
