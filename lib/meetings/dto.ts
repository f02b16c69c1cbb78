import type { Prisma } from "@/lib/db/generated/client";
import type { DatePrecision, MeetingKind, MeetingStatus } from "@/lib/db/generated/enums";
import { isoDate } from "@/lib/db/dto";
import { toLocalizedText, toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";

export interface MeetingRef {
  id: string;
  title: LocalizedText;
  startDate: string;
  datePrecision: DatePrecision;
}

export interface MeetingSummary extends MeetingRef {
  key: string;
  kind: MeetingKind;
  sessionNumber: number | null;
  series: string | null;
  status: MeetingStatus;
  endDate: string | null;
  city: LocalizedText | null;
  /** The member states' participation is recorded: a state not listed did not take part. */
  participationRecorded: boolean;
  /** For optimistic concurrency: send it back with a change (409 when stale). */
  version: number;
}

export const meetingRefSelect = {
  id: true,
  title: true,
  startDate: true,
  datePrecision: true,
} satisfies Prisma.MeetingSelect;

export const meetingSummarySelect = {
  ...meetingRefSelect,
  key: true,
  kind: true,
  sessionNumber: true,
  series: true,
  status: true,
  endDate: true,
  city: true,
  participationRecorded: true,
  version: true,
} satisfies Prisma.MeetingSelect;

export function toMeetingRef(row: Prisma.MeetingGetPayload<{ select: typeof meetingRefSelect }>): MeetingRef {
  return {
    id: row.id,
    title: toLocalizedText(row.title),
    startDate: isoDate(row.startDate),
    datePrecision: row.datePrecision,
  };
}

export function toMeetingSummary(
  row: Prisma.MeetingGetPayload<{ select: typeof meetingSummarySelect }>,
): MeetingSummary {
  return {
    ...toMeetingRef(row),
    key: row.key,
    kind: row.kind,
    sessionNumber: row.sessionNumber,
    series: row.series,
    status: row.status,
    endDate: isoDate(row.endDate),
    city: toOptionalLocalizedText(row.city),
    participationRecorded: row.participationRecorded,
    version: row.version,
  };
}

/** Chronological order, the order every meeting list is shown in. */
export const meetingOrder = [
  { startDate: "asc" },
  { endDate: "asc" },
  { key: "asc" },
] satisfies Prisma.MeetingOrderByWithRelationInput[];
