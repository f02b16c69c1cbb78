import "server-only";
import { can, grantFor } from "@/lib/auth/permissions";
import { readableComments, readableDeliverables, readableMeetings } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { commentSelect, toComment, type CommentDto } from "@/lib/comments/data";
import { getDb } from "@/lib/db/client";
import { isoDate } from "@/lib/db/dto";
import { Prisma } from "@/lib/db/generated/client";
import type {
  DatePrecision,
  DeliverableStageKind,
  DeliverableType,
  PledgeUpdateStatus,
} from "@/lib/db/generated/enums";
import { toLocalizedText, toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { listMeetings } from "@/lib/meetings/data";
import {
  meetingRefSelect,
  meetingSummarySelect,
  toMeetingRef,
  toMeetingSummary,
  type MeetingRef,
  type MeetingSummary,
} from "@/lib/meetings/dto";
import {
  listPendingPledgeUpdates,
  listPledges,
  pledgeUpdatesByPledge,
  type PendingPledgeUpdateDto,
  type PledgeDto,
  type PledgeUpdateDto,
} from "@/lib/pledges/data";
import { readablePledges } from "@/lib/pledges/scope";
import { listPlans } from "@/lib/plans/data";
import { memberStateSelect, toMemberState, type MemberStateDto, type PlanRef } from "./dto";

// Member states: the 22-state reference list, one state's profile (its part in meetings, what it
// presented and received, its pledges and its focal points' comments) and the overview matrix.
// Each part is read within the viewer's scope; parts the viewer may not read at all are null.

/** The 22 member states; public reference data, readable by everyone, in ISO code order. */
export async function listMemberStates(_viewer: Viewer): Promise<MemberStateDto[]> {
  const rows = await getDb().memberState.findMany({ select: memberStateSelect, orderBy: { id: "asc" } });
  return rows.map(toMemberState);
}

/** One state by ISO code, upper or lower case ("EG", "eg"). */
export async function getMemberState(_viewer: Viewer, code: string): Promise<MemberStateDto | null> {
  const id = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(id)) return null;
  const row = await getDb().memberState.findUnique({ where: { id }, select: memberStateSelect });
  return row ? toMemberState(row) : null;
}

// ---- Profile ------------------------------------------------------------------------------

export interface ParticipationDto {
  meeting: MeetingSummary;
  plan: PlanRef | null;
  presentedEfforts: boolean;
  note: LocalizedText | null;
}

export interface PresentationDto {
  agendaItemId: string;
  title: LocalizedText;
  meeting: MeetingRef;
}

export interface ReceivedDocumentDto {
  deliverable: { id: string; type: DeliverableType; title: LocalizedText };
  stage: DeliverableStageKind;
  date: string | null;
  datePrecision: DatePrecision;
  /** What the state was asked to do with it. */
  note: LocalizedText | null;
  /**
   * The groups standing for every state it was sent to ("the Arab Group"); empty when it was sent
   * to the state itself.
   */
  via: LocalizedText[];
}

export interface StateCommentDto extends CommentDto {
  /** What the comment is on, for the link to it. */
  target: { kind: "activity" | "meeting" | "deliverable"; id: string; title: LocalizedText } | null;
}

export interface PledgeWithUpdatesDto extends PledgeDto {
  /** Null when the viewer may not read this state's updates. */
  updates: PledgeUpdateDto[] | null;
}

export interface MemberStateProfile {
  state: MemberStateDto;
  participations: ParticipationDto[];
  presentations: PresentationDto[];
  receivedDocuments: ReceivedDocumentDto[];
  /** Null for viewers who may not read pledges (anonymous visitors). */
  pledges: PledgeWithUpdatesDto[] | null;
  /** Updates of this state waiting for review, for those who review them; null for the others. */
  pendingUpdates: PendingPledgeUpdateDto[] | null;
  /** Comments by the state's focal points the viewer may read; null when they may read none. */
  comments: StateCommentDto[] | null;
}

const planRefSelect = { id: true, title: true, startYear: true, endYear: true } satisfies Prisma.ActionPlanSelect;

function toPlanRef(row: Prisma.ActionPlanGetPayload<{ select: typeof planRefSelect }>): PlanRef {
  return { id: row.id, title: toLocalizedText(row.title), startYear: row.startYear, endYear: row.endYear };
}

const stateCommentSelect = {
  ...commentSelect,
  activity: { select: { id: true, title: true } },
  meeting: { select: { id: true, title: true } },
  deliverable: { select: { id: true, title: true } },
} satisfies Prisma.CommentSelect;

function toStateComment(row: Prisma.CommentGetPayload<{ select: typeof stateCommentSelect }>): StateCommentDto {
  const { activity, meeting, deliverable, ...comment } = row;
  const on = (kind: "activity" | "meeting" | "deliverable", record: { id: string; title: unknown } | null) =>
    record ? { kind, id: record.id, title: toLocalizedText(record.title) } : null;
  return {
    ...toComment(comment),
    target: on("activity", activity) ?? on("meeting", meeting) ?? on("deliverable", deliverable),
  };
}

async function stateComments(viewer: Viewer, memberStateId: string): Promise<StateCommentDto[] | null> {
  if (!can(viewer, "read", "comment")) return null;
  const rows = await getDb().comment.findMany({
    where: { AND: [readableComments(viewer), { memberStateId }] },
    select: stateCommentSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toStateComment);
}

async function statePledges(viewer: Viewer, memberStateId: string): Promise<PledgeWithUpdatesDto[] | null> {
  if (!can(viewer, "read", "pledge")) return null;
  const pledges = await listPledges(viewer, { memberStateId });
  const readsUpdates = can(viewer, "read", "pledgeUpdate", { memberStateId });
  const updates = readsUpdates
    ? await pledgeUpdatesByPledge(
        viewer,
        pledges.map((p) => p.id),
      )
    : new Map<string, PledgeUpdateDto[]>();
  return pledges.map((pledge) => ({ ...pledge, updates: readsUpdates ? (updates.get(pledge.id) ?? []) : null }));
}

/** A state's page: everything about it the viewer may read; null for an unknown code. */
export async function getMemberStateProfile(viewer: Viewer, code: string): Promise<MemberStateProfile | null> {
  const state = await getMemberState(viewer, code);
  if (!state) return null;
  const db = getDb();
  const memberStateId = state.code;
  const [participations, presentations, received, pledges, comments] = await Promise.all([
    db.meetingParticipation.findMany({
      where: { memberStateId, meeting: readableMeetings(viewer) },
      select: {
        presentedEfforts: true,
        note: true,
        meeting: { select: { ...meetingSummarySelect, plan: { select: planRefSelect } } },
      },
      orderBy: [{ meeting: { startDate: "asc" } }, { meeting: { key: "asc" } }],
    }),
    db.agendaItemPresenter.findMany({
      where: { memberStateId, agendaItem: { meeting: readableMeetings(viewer) } },
      select: { agendaItem: { select: { id: true, title: true, meeting: { select: meetingRefSelect } } } },
      orderBy: [{ agendaItem: { meeting: { startDate: "asc" } } }, { agendaItem: { position: "asc" } }],
    }),
    db.stageRecipient.findMany({
      // Sent to the state, or to a group that stands for every state (the Arab Group, the missions).
      where: {
        OR: [{ memberStateId }, { organization: { coversMemberStates: true } }],
        stage: { deliverable: readableDeliverables(viewer) },
      },
      select: {
        note: true,
        organization: { select: { name: true } },
        stage: {
          select: {
            id: true,
            stage: true,
            date: true,
            datePrecision: true,
            deliverable: { select: { id: true, type: true, title: true } },
          },
        },
      },
      orderBy: [{ stage: { date: { sort: "asc", nulls: "last" } } }, { id: "asc" }],
    }),
    statePledges(viewer, memberStateId),
    stateComments(viewer, memberStateId),
  ]);
  const reviews = can(viewer, "update", "pledge", { memberStateId });
  return {
    state,
    participations: participations.map(({ meeting: { plan, ...meeting }, presentedEfforts, note }) => ({
      meeting: toMeetingSummary(meeting),
      plan: plan ? toPlanRef(plan) : null,
      presentedEfforts,
      note: toOptionalLocalizedText(note),
    })),
    presentations: presentations.map(({ agendaItem }) => ({
      agendaItemId: agendaItem.id,
      title: toLocalizedText(agendaItem.title),
      meeting: toMeetingRef(agendaItem.meeting),
    })),
    receivedDocuments: receivedByStage(received),
    pledges,
    pendingUpdates: reviews ? await listPendingPledgeUpdates(viewer, { memberStateId }) : null,
    comments,
  };
}

type ReceivedRow = {
  note: unknown;
  organization: { name: unknown } | null;
  stage: {
    id: string;
    stage: DeliverableStageKind;
    date: Date | null;
    datePrecision: DatePrecision;
    deliverable: { id: string; type: DeliverableType; title: unknown };
  };
};

/**
 * One entry per step that reached the state, whether sent to it or to groups standing for it (a
 * statement circulated to "the member states" and "the LAS missions" is one document received);
 * a note addressed to the state itself wins over the groups'.
 */
function receivedByStage(rows: ReceivedRow[]): ReceivedDocumentDto[] {
  const byStage = new Map<string, ReceivedDocumentDto & { direct: boolean }>();
  for (const { note, organization, stage } of rows) {
    let entry = byStage.get(stage.id);
    if (!entry) {
      entry = {
        deliverable: {
          id: stage.deliverable.id,
          type: stage.deliverable.type,
          title: toLocalizedText(stage.deliverable.title),
        },
        stage: stage.stage,
        date: isoDate(stage.date),
        datePrecision: stage.datePrecision,
        note: null,
        via: [],
        direct: false,
      };
      byStage.set(stage.id, entry);
    }
    const text = toOptionalLocalizedText(note);
    if (organization) entry.via.push(toLocalizedText(organization.name));
    else entry.direct = true;
    if (text && (!organization || !entry.note)) entry.note = text;
  }
  return [...byStage.values()].map(({ direct, via, ...doc }) => ({ ...doc, via: direct ? [] : via }));
}

// ---- Overview matrix ----------------------------------------------------------------------

/**
 * A state's part in one meeting: took part, or took part and presented its efforts. A state with
 * no mark did not take part if the meeting's participation is recorded, and is not known otherwise.
 */
export type ParticipationMark = "participated" | "presented";

export interface PledgeTally {
  pledges: number;
  pendingUpdates: number;
  acceptedUpdates: number;
  /** `reportedOn` of the latest update (any status) the viewer may read. */
  lastUpdateOn: string | null;
}

export interface OverviewRow {
  state: MemberStateDto;
  /** Meeting id → mark, for the meetings the state took part in. */
  marks: Record<string, ParticipationMark>;
  /** Null for viewers who may not read pledges. */
  pledges: PledgeTally | null;
}

export interface MemberStateOverview {
  /** The plans the viewer may read, for choosing the columns. */
  plans: PlanRef[];
  /**
   * The plan whose held meetings are the columns (default: the latest with held meetings); null
   * when the viewer may read none.
   */
  plan: PlanRef | null;
  meetings: MeetingSummary[];
  rows: OverviewRow[];
}

/** The plan running this year, else the latest one that has started, else the newest. */
export function currentPlan<P extends { startYear: number; endYear: number }>(
  plans: P[],
  year = new Date().getUTCFullYear(),
): P | null {
  const byStart = [...plans].sort((a, b) => b.startYear - a.startYear);
  return (
    byStart.find((p) => p.startYear <= year && year <= p.endYear) ??
    byStart.find((p) => p.startYear <= year) ??
    byStart[0] ??
    null
  );
}

/**
 * The default columns: the latest plan (by start year) with held meetings, else the current one,
 * so the page does not open on a draft whose meetings have not taken place.
 */
async function latestPlanWithData(viewer: Viewer, plans: PlanRef[]): Promise<PlanRef | null> {
  const held = plans.length
    ? await getDb().meeting.groupBy({
        by: ["planId"],
        where: { AND: [readableMeetings(viewer), { status: "held", planId: { in: plans.map((p) => p.id) } }] },
      })
    : [];
  const withData = new Set(held.map((g) => g.planId));
  const candidates = plans.filter((p) => withData.has(p.id)).sort((a, b) => b.startYear - a.startYear);
  return candidates[0] ?? currentPlan(plans);
}

/** Pledges and updates per state, each counted in SQL (grouped), within the viewer's scope. */
async function pledgeTallies(viewer: Viewer): Promise<Map<string, PledgeTally> | null> {
  if (!can(viewer, "read", "pledge")) return null;
  const db = getDb();
  const tallies = new Map<string, PledgeTally>();
  const tally = (state: string) => {
    let entry = tallies.get(state);
    if (!entry) tallies.set(state, (entry = { pledges: 0, pendingUpdates: 0, acceptedUpdates: 0, lastUpdateOn: null }));
    return entry;
  };
  const pledgeGroups = await db.pledge.groupBy({
    by: ["memberStateId"],
    where: readablePledges(viewer),
    _count: { _all: true },
  });
  for (const group of pledgeGroups) tally(group.memberStateId).pledges = group._count._all;

  // Which states' updates the viewer reads, as SQL: all of them, their own state's, or none.
  const updateScope = (() => {
    switch (grantFor(viewer, "read", "pledgeUpdate")) {
      case "all":
        return Prisma.sql`TRUE`;
      case "ownState":
        return viewer.kind === "user" && viewer.memberStateId
          ? Prisma.sql`p."memberStateId" = ${viewer.memberStateId}`
          : null;
      default:
        return null;
    }
  })();
  if (updateScope === null) return tallies;
  const updateGroups = await db.$queryRaw<
    { state: string; status: PledgeUpdateStatus; count: number; last: Date | null }[]
  >`
    SELECT p."memberStateId" AS state, u.status::text AS status, count(*)::int AS count, max(u."reportedOn") AS last
    FROM "PledgeUpdate" u JOIN "Pledge" p ON p.id = u."pledgeId"
    WHERE ${updateScope}
    GROUP BY p."memberStateId", u.status`;
  for (const group of updateGroups) {
    const entry = tally(group.state);
    if (group.status === "submitted") entry.pendingUpdates = group.count;
    if (group.status === "accepted") entry.acceptedUpdates = group.count;
    const last = isoDate(group.last);
    if (last && (!entry.lastUpdateOn || last > entry.lastUpdateOn)) entry.lastUpdateOn = last;
  }
  return tallies;
}

/**
 * The 22-state overview: rows are the states, columns the held meetings of `planId` (default:
 * the current plan) with each state's participation, plus its pledge and update counts.
 */
export async function getMemberStateOverview(viewer: Viewer, planId?: string): Promise<MemberStateOverview> {
  const [states, plans, tallies] = await Promise.all([
    listMemberStates(viewer),
    listPlans(viewer),
    pledgeTallies(viewer),
  ]);
  const planRefs = plans.map(({ id, title, startYear, endYear }) => ({ id, title, startYear, endYear }));
  const plan = planRefs.find((p) => p.id === planId) ?? (await latestPlanWithData(viewer, planRefs));
  const meetings = plan ? (await listMeetings(viewer, { planId: plan.id })).filter((m) => m.status === "held") : [];
  const participations = meetings.length
    ? await getDb().meetingParticipation.findMany({
        where: { meetingId: { in: meetings.map((m) => m.id) } },
        select: { meetingId: true, memberStateId: true, presentedEfforts: true },
      })
    : [];
  const marks = new Map<string, Record<string, ParticipationMark>>();
  for (const p of participations) {
    const row = marks.get(p.memberStateId) ?? {};
    row[p.meetingId] = p.presentedEfforts ? "presented" : "participated";
    marks.set(p.memberStateId, row);
  }
  const empty: PledgeTally = { pledges: 0, pendingUpdates: 0, acceptedUpdates: 0, lastUpdateOn: null };
  return {
    plans: planRefs,
    plan,
    meetings,
    rows: states.map((state) => ({
      state,
      marks: marks.get(state.code) ?? {},
      pledges: tallies ? (tallies.get(state.code) ?? empty) : null,
    })),
  };
}

/**
 * The state a focal point's account speaks for, looked up by the email they have just signed in
 * with (the session cookie only reaches the next request); null for every other account.
 */
export async function focalPointStateOf(email: string): Promise<string | null> {
  const user = await getDb().user.findFirst({
    where: { email: { equals: email.trim(), mode: "insensitive" } },
    select: { role: true, memberStateId: true },
  });
  return user?.role === "focal_point" ? user.memberStateId : null;
}
