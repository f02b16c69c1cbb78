import { isoDate } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import { SHEET_FIELDS, type Cells, type SheetId } from "./columns";
import { cellsOf, type RecordValues } from "./rows";

// The saved records a sheet names, as the import reads them (the selects) and compares them with
// the sheet's rows (as cells). No database access here: data.ts loads them, plan.ts compares.

export const activitySelect = {
  id: true,
  key: true,
  version: true,
  updatedAt: true,
  pillarId: true,
  position: true,
  pillar: { select: { key: true, planId: true } },
  title: true,
  description: true,
  type: true,
  status: true,
  progress: true,
  plannedStart: true,
  plannedEnd: true,
  actualStart: true,
  actualEnd: true,
  datePrecision: true,
  leadUnit: true,
  outcome: true,
  frameworks: { select: { targetId: true } },
} satisfies Prisma.ActivitySelect;

export const meetingSelect = {
  id: true,
  key: true,
  version: true,
  updatedAt: true,
  planId: true,
  kind: true,
  sessionNumber: true,
  series: true,
  title: true,
  status: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  city: true,
  venue: true,
  organizer: true,
  objectives: true,
  outcome: true,
} satisfies Prisma.MeetingSelect;

export const deliverableSelect = {
  id: true,
  key: true,
  version: true,
  updatedAt: true,
  type: true,
  title: true,
  description: true,
  activityId: true,
  meetingId: true,
  targetMeetingId: true,
  documentUrl: true,
  activity: { select: { key: true, pillar: { select: { planId: true } } } },
  meeting: { select: { key: true, planId: true } },
  targetMeeting: { select: { key: true } },
  frameworks: { select: { targetId: true } },
} satisfies Prisma.DeliverableSelect;

export type SavedActivity = Prisma.ActivityGetPayload<{ select: typeof activitySelect }>;
export type SavedMeeting = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;
export type SavedDeliverable = Prisma.DeliverableGetPayload<{ select: typeof deliverableSelect }>;
export type SavedRecord = SavedActivity | SavedMeeting | SavedDeliverable;

/** The key of the record a reference field points at, as the sheet names it. */
function referencedKey(record: SavedRecord, field: string): string | null {
  const relation = {
    pillarId: "pillar",
    activityId: "activity",
    meetingId: "meeting",
    targetMeetingId: "targetMeeting",
  }[field];
  const target = relation ? (record as unknown as Record<string, { key: string } | null>)[relation] : null;
  return target?.key ?? null;
}

/** The framework targets a record is tagged with (the one list the sheets carry). */
function frameworkTargetIds(record: SavedRecord): string[] {
  return "frameworks" in record ? record.frameworks.map((f) => f.targetId) : [];
}

function valuesOf(sheet: SheetId, record: SavedRecord): RecordValues {
  const source = record as unknown as Record<string, unknown>;
  const values: RecordValues = {};
  for (const spec of SHEET_FIELDS[sheet]) {
    const value = source[spec.field];
    if (spec.kind === "ref") values[spec.field] = referencedKey(record, spec.field);
    else if (spec.kind === "list") values[spec.field] = frameworkTargetIds(record);
    else if (spec.kind === "date") values[spec.field] = isoDate((value as Date | null) ?? null);
    else values[spec.field] = value;
  }
  return values;
}

export const savedCells = (sheet: SheetId, record: SavedRecord): Cells =>
  cellsOf(sheet, record.key, valuesOf(sheet, record));

/** Which plan a saved record belongs to; null for one no plan claims yet (a forum, an unlinked deliverable). */
export function plansOf(sheet: SheetId, record: SavedRecord): string[] {
  if (sheet === "activities") return [(record as SavedActivity).pillar.planId];
  if (sheet === "meetings") return [(record as SavedMeeting).planId].filter((id): id is string => id !== null);
  const d = record as SavedDeliverable;
  return [d.activity?.pillar.planId ?? null, d.meeting?.planId ?? null].filter((id): id is string => id !== null);
}
