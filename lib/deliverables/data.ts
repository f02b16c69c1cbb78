import "server-only";
import { readableDeliverables } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isoDate, isUuid } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import type { DatePrecision, DeliverableStageKind } from "@/lib/db/generated/enums";
import { activitySummarySelect, toActivitySummary, type ActivitySummary } from "@/lib/activities/dto";
import { frameworkTagsSelect, toFrameworkTags, type FrameworkTargetDto } from "@/lib/frameworks/dto";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { pageWindow } from "@/lib/lists/query";
import { titleMatches, titleSortKey } from "@/lib/lists/sql";
import { partySelect, toParty, type Party } from "@/lib/organizations/party";
import {
  deliverableOrder,
  deliverableSummarySelect,
  stageOrder,
  toDeliverableSummary,
  type DeliverableSummary,
} from "./dto";
import type { DeliverableListQuery } from "./schema";

export interface StageDto {
  id: string;
  stage: DeliverableStageKind;
  completed: boolean;
  date: string | null;
  datePrecision: DatePrecision;
  language: string | null;
  note: LocalizedText | null;
  recipients: { party: Party; note: LocalizedText | null }[];
}

export interface DeliverableDetail extends DeliverableSummary {
  description: LocalizedText | null;
  documentUrl: string | null;
  version: number;
  activity: (ActivitySummary & { planId: string }) | null;
  /** Dated history, oldest first; scheduled steps last when undated. */
  stages: StageDto[];
  /** The global framework targets it serves, in reference order. */
  frameworkTargets: FrameworkTargetDto[];
}

export async function getDeliverable(viewer: Viewer, deliverableId: string): Promise<DeliverableDetail | null> {
  if (!isUuid(deliverableId)) return null;
  const row = await getDb().deliverable.findFirst({
    where: { AND: [{ id: deliverableId }, readableDeliverables(viewer)] },
    select: {
      ...deliverableSummarySelect,
      description: true,
      documentUrl: true,
      version: true,
      activity: {
        select: {
          ...activitySummarySelect,
          pillar: { select: { planId: true, plan: { select: { isPublic: true } } } },
        },
      },
      stages: {
        orderBy: stageOrder,
        select: {
          id: true,
          stage: true,
          completed: true,
          date: true,
          datePrecision: true,
          language: true,
          note: true,
          recipients: { select: { ...partySelect, note: true }, orderBy: { id: "asc" } },
        },
      },
      frameworks: frameworkTagsSelect,
    },
  });
  if (!row) return null;
  // The producing activity is shown only when its plan is readable too.
  const activityVisible = row.activity && (viewer.kind !== "anonymous" || row.activity.pillar.plan.isPublic);
  return {
    ...toDeliverableSummary(row),
    description: toOptionalLocalizedText(row.description),
    documentUrl: row.documentUrl,
    version: row.version,
    activity:
      activityVisible && row.activity
        ? { ...toActivitySummary(row.activity), planId: row.activity.pillar.planId }
        : null,
    stages: row.stages.map((s) => ({
      id: s.id,
      stage: s.stage,
      completed: s.completed,
      date: isoDate(s.date),
      datePrecision: s.datePrecision,
      language: s.language,
      note: toOptionalLocalizedText(s.note),
      recipients: s.recipients.map((r) => ({ party: toParty(r), note: toOptionalLocalizedText(r.note) })),
    })),
    frameworkTargets: toFrameworkTags(row.frameworks),
  };
}

/** The list query's filters; the pages and the API parse them with DeliverableListQuery. */
export type DeliverableListFilter = Omit<DeliverableListQuery, "sort" | "page">;

/**
 * Deliverables the viewer may read that match the filters, oldest first unless `sort` says
 * otherwise; with `page`, that page only (PAGE_SIZE rows). `activityId` / `meetingId` narrow to
 * those produced by that activity or at (or for) that meeting, `planId` to the plan's (as on its page).
 */
export async function listDeliverables(
  viewer: Viewer,
  query: DeliverableListQuery = {},
  { locale = defaultLocale }: { locale?: Locale } = {},
): Promise<DeliverableSummary[]> {
  const where = await deliverableListWhere(viewer, query);
  if (!where) return [];
  const db = getDb();
  const { skip, take } = pageWindow(query.page);
  if (query.sort !== "title") {
    const orderBy = query.sort === "type" ? [{ type: "asc" as const }, ...deliverableOrder] : deliverableOrder;
    return (await db.deliverable.findMany({ where, select: deliverableSummarySelect, orderBy, skip, take })).map(
      toDeliverableSummary,
    );
  }
  // Prisma cannot order by a key inside the JSON title: order the matching ids in SQL, then load that page.
  const matching = await db.deliverable.findMany({ where, select: { id: true } });
  const ordered = await db.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM "Deliverable" t
    WHERE t.id = ANY(${matching.map((row) => row.id)}::uuid[])
    ORDER BY ${titleSortKey(locale)}, t.key
    LIMIT ${take ?? null} OFFSET ${skip ?? 0}`;
  const ids = ordered.map((row) => row.id);
  const byId = new Map(
    (await db.deliverable.findMany({ where: { id: { in: ids } }, select: deliverableSummarySelect })).map((row) => [
      row.id,
      row,
    ]),
  );
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toDeliverableSummary(row)] : [];
  });
}

/** How many deliverables match the filters (for the result count and the pages). */
export async function countDeliverables(viewer: Viewer, filter: DeliverableListFilter = {}): Promise<number> {
  const where = await deliverableListWhere(viewer, filter);
  return where ? getDb().deliverable.count({ where }) : 0;
}

/** The list's `where`, read scope first; null when an id cannot name a record. */
async function deliverableListWhere(
  viewer: Viewer,
  filter: DeliverableListFilter,
): Promise<Prisma.DeliverableWhereInput | null> {
  const { planId, activityId, meetingId, type, stage, state, framework, q } = filter;
  if (![planId, activityId, meetingId].every((id) => id === undefined || isUuid(id))) return null;
  const db = getDb();
  const conditions: Prisma.DeliverableWhereInput[] = [readableDeliverables(viewer)];
  if (activityId) conditions.push({ activityId });
  if (meetingId) conditions.push({ OR: [{ meetingId }, { targetMeetingId: meetingId }] });
  if (planId) {
    const inPlan = { pillar: { planId } };
    conditions.push({
      OR: [{ activity: inPlan }, { meeting: { OR: [{ planId }, { activities: { some: { activity: inPlan } } }] } }],
    });
  }
  if (type) conditions.push({ type: { in: type } });
  if (state) conditions.push({ stages: { some: { recipients: { some: { memberStateId: state } } } } });
  if (framework) conditions.push({ frameworks: { some: { targetId: framework } } });
  if (stage) {
    // The latest completed stage by position, as DeliverableSummary.latestStage shows it.
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT latest."deliverableId" AS id FROM (
        SELECT DISTINCT ON (s."deliverableId") s."deliverableId", s.stage
        FROM "DeliverableStage" s WHERE s.completed
        ORDER BY s."deliverableId", s.position DESC, s.id DESC
      ) latest
      WHERE latest.stage::text = ANY(${stage}::text[])`;
    conditions.push({ id: { in: ids.map((row) => row.id) } });
  }
  if (q) {
    const ids = await db.$queryRaw<{ id: string }[]>`SELECT t.id FROM "Deliverable" t WHERE ${titleMatches(q)}`;
    conditions.push({ id: { in: ids.map((row) => row.id) } });
  }
  return { AND: conditions };
}
