import "server-only";
import { readableActivities, readableDeliverables, readableMeetings, readablePlans } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isoDate, isUuid } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import { activitySummarySelect, toActivitySummary, type ActivitySummary } from "@/lib/activities/dto";
import {
  deliverableOrder,
  deliverableSummarySelect,
  toDeliverableSummary,
  type DeliverableSummary,
} from "@/lib/deliverables/dto";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { toLocalizedText, toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { pageWindow, periodOverlap } from "@/lib/lists/query";
import { titleMatches, titleSortKey } from "@/lib/lists/sql";
import { memberStateSelect, toMemberState, type MemberStateDto } from "@/lib/member-states/dto";
import { organizationSelect, toOrganization, type OrganizationDto } from "@/lib/organizations/dto";
import { partySelect, toParty, type Party } from "@/lib/organizations/party";
import { meetingOrder, meetingSummarySelect, toMeetingSummary, type MeetingSummary } from "./dto";
import type { MeetingListQuery } from "./schema";

export interface AgendaItemDto {
  id: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText | null;
  presenters: Party[];
}

export interface MeetingDetail extends MeetingSummary {
  venue: LocalizedText | null;
  organizer: LocalizedText | null;
  objectives: LocalizedText | null;
  outcome: LocalizedText | null;
  version: number;
  plan: { id: string; title: LocalizedText; startYear: number; endYear: number } | null;
  participations: { memberState: MemberStateDto; presentedEfforts: boolean; note: LocalizedText | null }[];
  organizations: OrganizationDto[];
  agendaItems: AgendaItemDto[];
  activities: (ActivitySummary & { planId: string })[];
  /** Produced at this meeting. */
  deliverables: DeliverableSummary[];
  /** Submitted to this meeting (a forum). */
  submissions: DeliverableSummary[];
}

/** The list query's filters; the pages and the API parse them with MeetingListQuery. */
export type MeetingListFilter = Omit<MeetingListQuery, "sort" | "page">;

/**
 * Meetings the viewer may read that match the filters, in date order unless `sort` says
 * otherwise; with `page`, that page only (PAGE_SIZE rows). `planId` keeps the meetings held under
 * that plan or serving its activities (as on the plan's page).
 */
export async function listMeetings(
  viewer: Viewer,
  query: MeetingListQuery = {},
  { locale = defaultLocale }: { locale?: Locale } = {},
): Promise<MeetingSummary[]> {
  const where = await meetingListWhere(viewer, query);
  if (!where) return [];
  const db = getDb();
  const { skip, take } = pageWindow(query.page);
  if (query.sort !== "title") {
    const orderBy = query.sort === "recent" ? recentFirst : meetingOrder;
    return (await db.meeting.findMany({ where, select: meetingSummarySelect, orderBy, skip, take })).map(
      toMeetingSummary,
    );
  }
  // Prisma cannot order by a key inside the JSON title: order the matching ids in SQL, then load that page.
  const matching = await db.meeting.findMany({ where, select: { id: true } });
  const ordered = await db.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM "Meeting" t
    WHERE t.id = ANY(${matching.map((row) => row.id)}::uuid[])
    ORDER BY ${titleSortKey(locale)}, t."startDate", t.key
    LIMIT ${take ?? null} OFFSET ${skip ?? 0}`;
  const ids = ordered.map((row) => row.id);
  const byId = new Map(
    (await db.meeting.findMany({ where: { id: { in: ids } }, select: meetingSummarySelect })).map((row) => [
      row.id,
      row,
    ]),
  );
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toMeetingSummary(row)] : [];
  });
}

/** The start of the first readable meeting on or after `today` (the calendar opens on its month), or null. */
export async function nextMeetingDate(viewer: Viewer, today: string): Promise<string | null> {
  const row = await getDb().meeting.findFirst({
    where: { AND: [readableMeetings(viewer), { startDate: { gte: new Date(`${today}T00:00:00Z`) } }] },
    select: { startDate: true },
    orderBy: meetingOrder,
  });
  return row ? isoDate(row.startDate) : null;
}

/** How many meetings match the filters (for the result count and the pages). */
export async function countMeetings(viewer: Viewer, filter: MeetingListFilter = {}): Promise<number> {
  const where = await meetingListWhere(viewer, filter);
  return where ? getDb().meeting.count({ where }) : 0;
}

const recentFirst = [
  { startDate: "desc" },
  { endDate: "desc" },
  { key: "asc" },
] satisfies Prisma.MeetingOrderByWithRelationInput[];

/** The list's `where`, read scope first; null when an id cannot name a record. */
async function meetingListWhere(viewer: Viewer, filter: MeetingListFilter): Promise<Prisma.MeetingWhereInput | null> {
  const { planId, kind, status, state, q } = filter;
  if (planId !== undefined && !isUuid(planId)) return null;
  const conditions: Prisma.MeetingWhereInput[] = [readableMeetings(viewer)];
  if (planId) conditions.push({ OR: [{ planId }, { activities: { some: { activity: { pillar: { planId } } } } }] });
  if (kind) conditions.push({ kind: { in: kind } });
  if (status) conditions.push({ status: { in: status } });
  if (state) conditions.push({ participations: { some: { memberStateId: state } } });
  conditions.push(...periodOverlap(filter, "startDate", "endDate"));
  if (q) {
    const ids = await getDb().$queryRaw<{ id: string }[]>`SELECT t.id FROM "Meeting" t WHERE ${titleMatches(q)}`;
    conditions.push({ id: { in: ids.map((row) => row.id) } });
  }
  return { AND: conditions };
}

/** A meeting as an iCalendar event needs it (lib/calendar/ical.ts). */
export interface MeetingFeedItem extends MeetingSummary {
  venue: LocalizedText | null;
  objectives: LocalizedText | null;
  outcome: LocalizedText | null;
  updatedAt: Date;
}

export interface MeetingFeed {
  /** The plan of a per-plan feed; null for the feed of every meeting. */
  plan: { id: string; key: string; title: LocalizedText } | null;
  meetings: MeetingFeedItem[];
}

/**
 * Every meeting the viewer may read, chronologically, for the calendar feeds; with `planId`, the
 * plan's meetings (held under it or serving its activities), or null when the plan is not readable.
 */
export async function getMeetingFeed(viewer: Viewer, planId?: string): Promise<MeetingFeed | null> {
  const db = getDb();
  let plan: MeetingFeed["plan"] = null;
  if (planId !== undefined) {
    if (!isUuid(planId)) return null;
    const row = await db.actionPlan.findFirst({
      where: { AND: [{ id: planId }, readablePlans(viewer)] },
      select: { id: true, key: true, title: true },
    });
    if (!row) return null;
    plan = { ...row, title: toLocalizedText(row.title) };
  }
  const where = await meetingListWhere(viewer, { planId });
  const rows = where
    ? await db.meeting.findMany({
        where,
        select: { ...meetingSummarySelect, venue: true, objectives: true, outcome: true, updatedAt: true },
        orderBy: meetingOrder,
      })
    : [];
  return {
    plan,
    meetings: rows.map((row) => ({
      ...toMeetingSummary(row),
      venue: toOptionalLocalizedText(row.venue),
      objectives: toOptionalLocalizedText(row.objectives),
      outcome: toOptionalLocalizedText(row.outcome),
      updatedAt: row.updatedAt,
    })),
  };
}

export async function getMeeting(viewer: Viewer, meetingId: string): Promise<MeetingDetail | null> {
  if (!isUuid(meetingId)) return null;
  const row = await getDb().meeting.findFirst({
    where: { AND: [{ id: meetingId }, readableMeetings(viewer)] },
    select: {
      ...meetingSummarySelect,
      venue: true,
      organizer: true,
      objectives: true,
      outcome: true,
      version: true,
      plan: { select: { id: true, title: true, startYear: true, endYear: true, isPublic: true } },
      participations: {
        select: { memberState: { select: memberStateSelect }, presentedEfforts: true, note: true },
        orderBy: { memberStateId: "asc" },
      },
      participants: {
        select: { organization: { select: organizationSelect } },
        orderBy: { organization: { key: "asc" } },
      },
      agendaItems: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          position: true,
          title: true,
          description: true,
          presenters: { select: partySelect, orderBy: { id: "asc" } },
        },
      },
      activities: {
        where: { activity: readableActivities(viewer) },
        select: { activity: { select: { ...activitySummarySelect, pillar: { select: { planId: true } } } } },
        orderBy: [{ activity: { pillar: { position: "asc" } } }, { activity: { position: "asc" } }],
      },
      deliverables: {
        where: readableDeliverables(viewer),
        select: deliverableSummarySelect,
        orderBy: deliverableOrder,
      },
      targetedBy: { where: readableDeliverables(viewer), select: deliverableSummarySelect, orderBy: deliverableOrder },
    },
  });
  if (!row) return null;
  const planVisible = row.plan && (viewer.kind !== "anonymous" || row.plan.isPublic);
  return {
    ...toMeetingSummary(row),
    venue: toOptionalLocalizedText(row.venue),
    organizer: toOptionalLocalizedText(row.organizer),
    objectives: toOptionalLocalizedText(row.objectives),
    outcome: toOptionalLocalizedText(row.outcome),
    version: row.version,
    plan:
      planVisible && row.plan
        ? {
            id: row.plan.id,
            title: toLocalizedText(row.plan.title),
            startYear: row.plan.startYear,
            endYear: row.plan.endYear,
          }
        : null,
    participations: row.participations.map((p) => ({
      memberState: toMemberState(p.memberState),
      presentedEfforts: p.presentedEfforts,
      note: toOptionalLocalizedText(p.note),
    })),
    organizations: row.participants.map((p) => toOrganization(p.organization)),
    agendaItems: row.agendaItems.map((item) => ({
      id: item.id,
      position: item.position,
      title: toLocalizedText(item.title),
      description: toOptionalLocalizedText(item.description),
      presenters: item.presenters.map(toParty),
    })),
    activities: row.activities.map(({ activity }) => ({
      ...toActivitySummary(activity),
      planId: activity.pillar.planId,
    })),
    deliverables: row.deliverables.map(toDeliverableSummary),
    submissions: row.targetedBy.map(toDeliverableSummary),
  };
}
