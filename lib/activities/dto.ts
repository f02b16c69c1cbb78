import type { Prisma } from "@/lib/db/generated/client";
import type { ActivityStatus, ActivityType, DatePrecision } from "@/lib/db/generated/enums";
import { isoDate } from "@/lib/db/dto";
import { toLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";

export interface ActivitySummary {
  id: string;
  key: string;
  position: number;
  title: LocalizedText;
  type: ActivityType;
  status: ActivityStatus;
  progress: number;
  plannedStart: string | null;
  plannedEnd: string | null;
  datePrecision: DatePrecision;
  /** For optimistic concurrency: send it back with a change (409 when stale). */
  version: number;
}

export const activitySummarySelect = {
  id: true,
  key: true,
  position: true,
  title: true,
  type: true,
  status: true,
  progress: true,
  plannedStart: true,
  plannedEnd: true,
  datePrecision: true,
  version: true,
} satisfies Prisma.ActivitySelect;

export function toActivitySummary(
  row: Prisma.ActivityGetPayload<{ select: typeof activitySummarySelect }>,
): ActivitySummary {
  return {
    id: row.id,
    key: row.key,
    position: row.position,
    title: toLocalizedText(row.title),
    type: row.type,
    status: row.status,
    progress: row.progress,
    plannedStart: isoDate(row.plannedStart),
    plannedEnd: isoDate(row.plannedEnd),
    datePrecision: row.datePrecision,
    version: row.version,
  };
}

export const activityOrder = [{ position: "asc" }, { key: "asc" }] satisfies Prisma.ActivityOrderByWithRelationInput[];
