import "server-only";
import { readableActivities, readableDeliverables, readableMeetings } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/db/dto";
import { activitySummarySelect, toActivitySummary, type ActivitySummary } from "@/lib/activities/dto";
import { deliverableOrder, deliverableSummarySelect, toDeliverableSummary, type DeliverableSummary } from "@/lib/deliverables/dto";
import { toLocalizedText, toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { memberStateSelect, toMemberState, type MemberStateDto } from "@/lib/member-states/dto";
import { organizationSelect, toOrganization, type OrganizationDto } from "@/lib/organizations/dto";
import { partySelect, toParty, type Party } from "@/lib/organizations/party";
import { meetingOrder, meetingSummarySelect, toMeetingSummary, type MeetingSummary } from "./dto";

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

/**
 * Every meeting the viewer may read, in date order; `planId` narrows to the meetings held under
 * that plan or serving its activities (as on the plan's page).
 */
export async function listMeetings(viewer: Viewer, filter: { planId?: string } = {}): Promise<MeetingSummary[]> {
  if (filter.planId !== undefined && !isUuid(filter.planId)) return [];
  const { planId } = filter;
  const rows = await getDb().meeting.findMany({
    where: {
      AND: [
        readableMeetings(viewer),
        planId ? { OR: [{ planId }, { activities: { some: { activity: { pillar: { planId } } } } }] } : {},
      ],
    },
    select: meetingSummarySelect,
    orderBy: meetingOrder,
  });
  return rows.map(toMeetingSummary);
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
      deliverables: { where: readableDeliverables(viewer), select: deliverableSummarySelect, orderBy: deliverableOrder },
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
    plan: planVisible && row.plan
      ? { id: row.plan.id, title: toLocalizedText(row.plan.title), startYear: row.plan.startYear, endYear: row.plan.endYear }
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
