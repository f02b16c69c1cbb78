import "server-only";
import { readableActivities, readableDeliverables, readableMeetings } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isoDate, isUuid } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import {
  deliverableOrder,
  deliverableSummarySelect,
  toDeliverableSummary,
  type DeliverableSummary,
} from "@/lib/deliverables/dto";
import { frameworkTagsSelect, toFrameworkTags, type FrameworkTargetDto } from "@/lib/frameworks/dto";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { toLocalizedText, toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { pageWindow, periodOverlap } from "@/lib/lists/query";
import { titleMatches, titleSortKey } from "@/lib/lists/sql";
import { meetingOrder, meetingSummarySelect, toMeetingSummary, type MeetingSummary } from "@/lib/meetings/dto";
import { organizationSelect, toOrganization, type OrganizationDto } from "@/lib/organizations/dto";
import { activityOrder, activitySummarySelect, toActivitySummary, type ActivitySummary } from "./dto";
import type { ActivityListQuery, ActivitySort } from "./schema";

export interface ActivityDetail extends ActivitySummary {
  description: LocalizedText | null;
  leadUnit: LocalizedText | null;
  outcome: LocalizedText | null;
  actualStart: string | null;
  actualEnd: string | null;
  version: number;
  plan: { id: string; title: LocalizedText; startYear: number; endYear: number };
  pillar: { id: string; title: LocalizedText; position: number };
  partners: OrganizationDto[];
  meetings: MeetingSummary[];
  deliverables: DeliverableSummary[];
  /** The global framework targets it serves, in reference order. */
  frameworkTargets: FrameworkTargetDto[];
}

export async function getActivity(viewer: Viewer, activityId: string): Promise<ActivityDetail | null> {
  if (!isUuid(activityId)) return null;
  const row = await getDb().activity.findFirst({
    where: { AND: [{ id: activityId }, readableActivities(viewer)] },
    select: {
      ...activitySummarySelect,
      description: true,
      leadUnit: true,
      outcome: true,
      actualStart: true,
      actualEnd: true,
      version: true,
      pillar: {
        select: {
          id: true,
          title: true,
          position: true,
          plan: { select: { id: true, title: true, startYear: true, endYear: true } },
        },
      },
      partners: {
        select: { organization: { select: organizationSelect } },
        orderBy: { organization: { key: "asc" } },
      },
      meetings: {
        where: { meeting: readableMeetings(viewer) },
        select: { meeting: { select: meetingSummarySelect } },
        orderBy: meetingOrder.map((order) => ({ meeting: order })),
      },
      deliverables: {
        where: readableDeliverables(viewer),
        select: deliverableSummarySelect,
        orderBy: deliverableOrder,
      },
      frameworks: frameworkTagsSelect,
    },
  });
  if (!row) return null;
  const { plan, ...pillar } = row.pillar;
  return {
    ...toActivitySummary(row),
    description: toOptionalLocalizedText(row.description),
    leadUnit: toOptionalLocalizedText(row.leadUnit),
    outcome: toOptionalLocalizedText(row.outcome),
    actualStart: isoDate(row.actualStart),
    actualEnd: isoDate(row.actualEnd),
    version: row.version,
    plan: { ...plan, title: toLocalizedText(plan.title) },
    pillar: { ...pillar, title: toLocalizedText(pillar.title) },
    partners: row.partners.map((p) => toOrganization(p.organization)),
    meetings: row.meetings.map((m) => toMeetingSummary(m.meeting)),
    deliverables: row.deliverables.map(toDeliverableSummary),
    frameworkTargets: toFrameworkTags(row.frameworks),
  };
}

export interface ActivityListItem extends ActivitySummary {
  pillarId: string;
  planId: string;
}

/** The list query's filters; the pages and the API parse them with ActivityListQuery. */
export type ActivityListFilter = Omit<ActivityListQuery, "sort" | "page">;

const planOrder = [
  { pillar: { plan: { startYear: "desc" } } },
  { pillar: { planId: "asc" } },
  { pillar: { position: "asc" } },
  { pillarId: "asc" },
  ...activityOrder,
] satisfies Prisma.ActivityOrderByWithRelationInput[];

const sortOrders: Record<Exclude<ActivitySort, "title">, Prisma.ActivityOrderByWithRelationInput[]> = {
  plan: planOrder,
  start: [{ plannedStart: { sort: "asc", nulls: "last" } }, ...planOrder],
  // The enum's declared order: not started → in progress → completed → postponed → cancelled.
  status: [{ status: "asc" }, ...planOrder],
  progress: [{ progress: "desc" }, ...planOrder],
};

/**
 * Activities the viewer may read that match the filters, in plan order (newest plan first, then
 * pillar and activity position) unless `sort` says otherwise; with `page`, that page only
 * (PAGE_SIZE rows). Titles sort in `locale`, falling back to Arabic.
 */
export async function listActivities(
  viewer: Viewer,
  query: ActivityListQuery = {},
  { locale = defaultLocale }: { locale?: Locale } = {},
): Promise<ActivityListItem[]> {
  const where = await activityListWhere(viewer, query);
  if (!where) return [];
  const db = getDb();
  const select = {
    ...activitySummarySelect,
    pillar: { select: { id: true, planId: true } },
  } satisfies Prisma.ActivitySelect;
  const { skip, take } = pageWindow(query.page);
  const toItem = (row: Prisma.ActivityGetPayload<{ select: typeof select }>): ActivityListItem => ({
    ...toActivitySummary(row),
    pillarId: row.pillar.id,
    planId: row.pillar.planId,
  });
  if (query.sort !== "title") {
    const rows = await db.activity.findMany({ where, select, orderBy: sortOrders[query.sort ?? "plan"], skip, take });
    return rows.map(toItem);
  }
  // Prisma cannot order by a key inside the JSON title: order the matching ids in SQL, then load that page.
  const matching = await db.activity.findMany({ where, select: { id: true } });
  const ordered = await db.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM "Activity" t
    WHERE t.id = ANY(${matching.map((row) => row.id)}::uuid[])
    ORDER BY ${titleSortKey(locale)}, t.key
    LIMIT ${take ?? null} OFFSET ${skip ?? 0}`;
  const ids = ordered.map((row) => row.id);
  const rows = await db.activity.findMany({ where: { id: { in: ids } }, select });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toItem(row)] : [];
  });
}

/** How many activities match the filters (for the result count and the pages). */
export async function countActivities(viewer: Viewer, filter: ActivityListFilter = {}): Promise<number> {
  const where = await activityListWhere(viewer, filter);
  return where ? getDb().activity.count({ where }) : 0;
}

/** The list's `where`, read scope first; null when an id cannot name a record. */
async function activityListWhere(
  viewer: Viewer,
  filter: ActivityListFilter,
): Promise<Prisma.ActivityWhereInput | null> {
  const { planId, pillarId, status, type, framework, q } = filter;
  if ((planId !== undefined && !isUuid(planId)) || (pillarId !== undefined && !isUuid(pillarId))) return null;
  const conditions: Prisma.ActivityWhereInput[] = [readableActivities(viewer)];
  if (pillarId) conditions.push({ pillarId });
  if (planId) conditions.push({ pillar: { planId } });
  if (status) conditions.push({ status: { in: status } });
  if (type) conditions.push({ type });
  if (framework) conditions.push({ frameworks: { some: { targetId: framework } } });
  conditions.push(...periodOverlap(filter, "plannedStart", "plannedEnd"));
  if (q) {
    const ids = await getDb().$queryRaw<{ id: string }[]>`SELECT t.id FROM "Activity" t WHERE ${titleMatches(q)}`;
    conditions.push({ id: { in: ids.map((row) => row.id) } });
  }
  return { AND: conditions };
}
