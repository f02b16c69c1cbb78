import "server-only";
import { readableDeliverables } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isoDate, isUuid } from "@/lib/db/dto";
import type { DatePrecision, DeliverableStageKind } from "@/lib/db/generated/enums";
import { activitySummarySelect, toActivitySummary, type ActivitySummary } from "@/lib/activities/dto";
import { toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { partySelect, toParty, type Party } from "@/lib/organizations/party";
import { deliverableOrder, deliverableSummarySelect, stageOrder, toDeliverableSummary, type DeliverableSummary } from "./dto";

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
      activity: { select: { ...activitySummarySelect, pillar: { select: { planId: true, plan: { select: { isPublic: true } } } } } },
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
    },
  });
  if (!row) return null;
  // The producing activity is shown only when its plan is readable too.
  const activityVisible =
    row.activity && (viewer.kind !== "anonymous" || row.activity.pillar.plan.isPublic);
  return {
    ...toDeliverableSummary(row),
    description: toOptionalLocalizedText(row.description),
    documentUrl: row.documentUrl,
    version: row.version,
    activity: activityVisible && row.activity
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
  };
}

/**
 * Deliverables the viewer may read, oldest first; `activityId` / `meetingId` narrow to those
 * produced by that activity or at (or for) that meeting, `planId` to the plan's (as on its page).
 */
export async function listDeliverables(
  viewer: Viewer,
  filter: { planId?: string; activityId?: string; meetingId?: string } = {},
): Promise<DeliverableSummary[]> {
  const ids = [filter.planId, filter.activityId, filter.meetingId].filter((v) => v !== undefined);
  if (!ids.every(isUuid)) return [];
  const { planId, activityId, meetingId } = filter;
  const inPlan = { pillar: { planId } };
  const rows = await getDb().deliverable.findMany({
    where: {
      AND: [
        readableDeliverables(viewer),
        activityId ? { activityId } : {},
        meetingId ? { OR: [{ meetingId }, { targetMeetingId: meetingId }] } : {},
        planId
          ? {
              OR: [
                { activity: inPlan },
                { meeting: { OR: [{ planId }, { activities: { some: { activity: inPlan } } }] } },
              ],
            }
          : {},
      ],
    },
    select: deliverableSummarySelect,
    orderBy: deliverableOrder,
  });
  return rows.map(toDeliverableSummary);
}
