import "server-only";
import { readableActivities, readableDeliverables, readableMeetings } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isoDate, isUuid } from "@/lib/db/dto";
import { deliverableOrder, deliverableSummarySelect, toDeliverableSummary, type DeliverableSummary } from "@/lib/deliverables/dto";
import { toLocalizedText, toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { meetingOrder, meetingSummarySelect, toMeetingSummary, type MeetingSummary } from "@/lib/meetings/dto";
import { organizationSelect, toOrganization, type OrganizationDto } from "@/lib/organizations/dto";
import { activityOrder, activitySummarySelect, toActivitySummary, type ActivitySummary } from "./dto";

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
  };
}

export interface ActivityListItem extends ActivitySummary {
  pillarId: string;
  planId: string;
}

/**
 * Activities the viewer may read, in plan order (newest plan first, then pillar and activity
 * position); `planId` / `pillarId` narrow the list.
 */
export async function listActivities(
  viewer: Viewer,
  filter: { planId?: string; pillarId?: string } = {},
): Promise<ActivityListItem[]> {
  if ((filter.planId !== undefined && !isUuid(filter.planId)) || (filter.pillarId !== undefined && !isUuid(filter.pillarId))) {
    return [];
  }
  const rows = await getDb().activity.findMany({
    where: {
      AND: [
        readableActivities(viewer),
        filter.pillarId ? { pillarId: filter.pillarId } : {},
        filter.planId ? { pillar: { planId: filter.planId } } : {},
      ],
    },
    select: { ...activitySummarySelect, pillar: { select: { id: true, planId: true } } },
    orderBy: [
      { pillar: { plan: { startYear: "desc" } } },
      { pillar: { planId: "asc" } },
      { pillar: { position: "asc" } },
      { pillarId: "asc" },
      ...activityOrder,
    ],
  });
  return rows.map((row) => ({ ...toActivitySummary(row), pillarId: row.pillar.id, planId: row.pillar.planId }));
}
