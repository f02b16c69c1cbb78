import type { Prisma } from "@/lib/db/generated/client";
import type { DatePrecision, DeliverableStageKind, DeliverableType } from "@/lib/db/generated/enums";
import { isoDate } from "@/lib/db/dto";
import { toLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { meetingRefSelect, toMeetingRef, type MeetingRef } from "@/lib/meetings/dto";

export interface StageRef {
  stage: DeliverableStageKind;
  completed: boolean;
  date: string | null;
  datePrecision: DatePrecision;
}

export interface DeliverableSummary {
  id: string;
  key: string;
  type: DeliverableType;
  title: LocalizedText;
  meeting: MeetingRef | null;
  targetMeeting: MeetingRef | null;
  /** The most recent completed stage, or the first scheduled one when none is completed. */
  latestStage: StageRef | null;
  /** For optimistic concurrency: send it back with a change (409 when stale). */
  version: number;
}

export const stageOrder = [
  { position: "asc" },
  { id: "asc" },
] satisfies Prisma.DeliverableStageOrderByWithRelationInput[];

export const deliverableSummarySelect = {
  id: true,
  key: true,
  type: true,
  title: true,
  meeting: { select: meetingRefSelect },
  targetMeeting: { select: meetingRefSelect },
  version: true,
  stages: {
    select: { stage: true, completed: true, date: true, datePrecision: true },
    orderBy: stageOrder,
  },
} satisfies Prisma.DeliverableSelect;

export function toStageRef(row: {
  stage: DeliverableStageKind;
  completed: boolean;
  date: Date | null;
  datePrecision: DatePrecision;
}): StageRef {
  return { stage: row.stage, completed: row.completed, date: isoDate(row.date), datePrecision: row.datePrecision };
}

export function toDeliverableSummary(
  row: Prisma.DeliverableGetPayload<{ select: typeof deliverableSummarySelect }>,
): DeliverableSummary {
  const done = row.stages.filter((s) => s.completed);
  const latest = done.at(-1) ?? row.stages[0] ?? null;
  return {
    id: row.id,
    key: row.key,
    type: row.type,
    title: toLocalizedText(row.title),
    meeting: row.meeting ? toMeetingRef(row.meeting) : null,
    targetMeeting: row.targetMeeting ? toMeetingRef(row.targetMeeting) : null,
    latestStage: latest ? toStageRef(latest) : null,
    version: row.version,
  };
}

export const deliverableOrder = [
  { createdAt: "asc" },
  { key: "asc" },
] satisfies Prisma.DeliverableOrderByWithRelationInput[];
