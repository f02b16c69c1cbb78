import "server-only";
import { createHash } from "node:crypto";
import { sequentialUuids } from "@/lib/audit/record";
import type { Tx } from "@/lib/audit/write";
import { assertCan } from "@/lib/auth/permissions";
import { readableActivities, readableDeliverables, readableMeetings, readablePlans } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isoDate, isUuid } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import { toLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { KEY_COLUMN, SHEETS, SHEET_FIELDS, fieldOfColumn, type Cells, type RefTarget, type SheetId } from "./columns";
import { rowErrorMessage } from "./labels";
import { parseWorkbook, type ParsedWorkbook } from "./parse";
import { buildRow, cellsOf, type Change, type RecordValues } from "./rows";
import type { ImportPreview, RowError, RowPreview, SheetPreview } from "./schema";
import type { Upload } from "./upload";

// Reads of the spreadsheet import: the records a template is filled with, and the dry run that
// compares an uploaded file with the database. The dry run loads every record the file names in
// a fixed number of queries (keys with `in`), whatever the number of rows; the apply step
// (mutations.ts) runs the same dry run inside its transaction and writes what it found.

/** Only those who may create and update all three kinds of record may import them. */
export function assertCanImport(viewer: Viewer, record?: { isPublic: boolean }): void {
  for (const resource of ["activity", "meeting", "deliverable"] as const) {
    assertCan(viewer, "create", resource, record);
    assertCan(viewer, "update", resource, record);
  }
}

const activitySelect = {
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

const meetingSelect = {
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

const deliverableSelect = {
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
function plansOf(sheet: SheetId, record: SavedRecord): string[] {
  if (sheet === "activities") return [(record as SavedActivity).pillar.planId];
  if (sheet === "meetings") return [(record as SavedMeeting).planId].filter((id): id is string => id !== null);
  const d = record as SavedDeliverable;
  return [d.activity?.pillar.planId ?? null, d.meeting?.planId ?? null].filter((id): id is string => id !== null);
}

// ---------------------------------------------------------------------------------------------
// The template's records

export interface TemplateData {
  plan: { id: string; key: string; title: LocalizedText };
  pillarKeys: string[];
  rows: Record<SheetId, Cells[]>;
}

/** The plan's records as the template's rows, or null when the viewer cannot read the plan. */
export async function getImportTemplateData(viewer: Viewer, planId: string): Promise<TemplateData | null> {
  assertCanImport(viewer);
  if (!isUuid(planId)) return null;
  const db = getDb();
  const plan = await db.actionPlan.findFirst({
    where: { AND: [{ id: planId }, readablePlans(viewer)] },
    select: {
      id: true,
      key: true,
      title: true,
      isPublic: true,
      pillars: { select: { key: true }, orderBy: [{ position: "asc" }, { key: "asc" }] },
    },
  });
  if (!plan) return null;
  assertCanImport(viewer, { isPublic: plan.isPublic });
  // The plan's meetings and deliverables as its page shows them (lib/plans/data.ts).
  const inPlan = { pillar: { planId } };
  const planMeetings: Prisma.MeetingWhereInput = { OR: [{ planId }, { activities: { some: { activity: inPlan } } }] };
  const [activities, meetings, deliverables] = await Promise.all([
    db.activity.findMany({
      where: { AND: [readableActivities(viewer), inPlan] },
      select: activitySelect,
      orderBy: [{ pillar: { position: "asc" } }, { position: "asc" }, { key: "asc" }],
    }),
    db.meeting.findMany({
      where: { AND: [readableMeetings(viewer), planMeetings] },
      select: meetingSelect,
      orderBy: [{ startDate: "asc" }, { key: "asc" }],
    }),
    db.deliverable.findMany({
      where: { AND: [readableDeliverables(viewer), { OR: [{ activity: inPlan }, { meeting: planMeetings }] }] },
      select: deliverableSelect,
      orderBy: { key: "asc" },
    }),
  ]);
  return {
    plan: { id: plan.id, key: plan.key, title: toLocalizedText(plan.title) },
    pillarKeys: plan.pillars.map((p) => p.key),
    rows: {
      activities: activities.map((r) => savedCells("activities", r)),
      meetings: meetings.map((r) => savedCells("meetings", r)),
      deliverables: deliverables.map((r) => savedCells("deliverables", r)),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The dry run

/** One row's outcome, with what the apply step needs to write it. */
export interface PlannedRow {
  sheet: SheetId;
  row: number;
  key: string;
  action: "create" | "update" | "unchanged";
  /** The saved record's id, or the id the new record will get. */
  id: string;
  /** The validated create or update input. */
  input: Record<string, unknown>;
  saved: SavedRecord | null;
  /** Columns whose value changes (every filled one for a new record). */
  changes: Change[];
  /** Input fields whose columns changed. */
  changedFields: Set<string>;
}

export interface ImportPlan {
  plan: { id: string; isPublic: boolean };
  preview: ImportPreview;
  rows: PlannedRow[];
}

const cellKey = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/**
 * Compares a parsed workbook with the database through `db` (the client, or the apply step's
 * transaction). Null when the viewer cannot read the plan.
 */
export async function planImport(
  db: Tx,
  viewer: Viewer,
  planId: string,
  parsed: ParsedWorkbook,
  options: { fileHash: string; locale: Locale },
): Promise<ImportPlan | null> {
  if (!isUuid(planId)) return null;
  const plan = await db.actionPlan.findFirst({
    where: { AND: [{ id: planId }, readablePlans(viewer)] },
    select: { id: true, isPublic: true, pillars: { select: { id: true, key: true } } },
  });
  if (!plan) return null;
  assertCanImport(viewer, { isPublic: plan.isPublic });

  const rowsOf = (sheet: SheetId) => parsed.sheets[sheet]?.rows ?? [];
  const keysIn = (sheet: SheetId, column: string) =>
    rowsOf(sheet)
      .map((r) => cellKey(r.cells[column]))
      .filter((k): k is string => k !== null);
  const activityKeys = [...keysIn("activities", KEY_COLUMN), ...keysIn("deliverables", "activity_key")];
  const meetingKeys = [
    ...keysIn("meetings", KEY_COLUMN),
    ...keysIn("deliverables", "meeting_key"),
    ...keysIn("deliverables", "target_meeting_key"),
  ];
  const deliverableKeys = keysIn("deliverables", KEY_COLUMN);
  // One query at a time: inside the apply step's transaction this is one connection.
  const activities = activityKeys.length
    ? await db.activity.findMany({
        where: { AND: [{ key: { in: activityKeys } }, readableActivities(viewer)] },
        select: activitySelect,
      })
    : [];
  const meetings = meetingKeys.length
    ? await db.meeting.findMany({
        where: { AND: [{ key: { in: meetingKeys } }, readableMeetings(viewer)] },
        select: meetingSelect,
      })
    : [];
  const deliverables = deliverableKeys.length
    ? await db.deliverable.findMany({
        where: { AND: [{ key: { in: deliverableKeys } }, readableDeliverables(viewer)] },
        select: deliverableSelect,
      })
    : [];
  const saved: Record<SheetId, Map<string, SavedRecord>> = {
    activities: new Map(activities.map((r) => [r.key, r])),
    meetings: new Map(meetings.map((r) => [r.key, r])),
    deliverables: new Map(deliverables.map((r) => [r.key, r])),
  };

  // New records get their ids now, so rows of later sheets can point at them.
  const created: Record<SheetId, Map<string, string>> = {
    activities: new Map(),
    meetings: new Map(),
    deliverables: new Map(),
  };
  for (const sheet of SHEETS) {
    const fresh = [...new Set(keysIn(sheet, KEY_COLUMN))].filter((key) => !saved[sheet].has(key));
    const ids = sequentialUuids(fresh.length);
    fresh.forEach((key, i) => created[sheet].set(key, ids[i]!));
  }
  const pillars = new Map(plan.pillars.map((p) => [p.key, p.id]));
  const resolve = (target: RefTarget, key: string): string | null => {
    switch (target) {
      case "pillar":
        return pillars.get(key) ?? null;
      case "activity": {
        const activity = saved.activities.get(key) as SavedActivity | undefined;
        if (activity) return activity.pillar.planId === plan.id ? activity.id : null;
        return created.activities.get(key) ?? null;
      }
      case "meeting": {
        const meeting = saved.meetings.get(key) as SavedMeeting | undefined;
        if (meeting) return meeting.planId === null || meeting.planId === plan.id ? meeting.id : null;
        return created.meetings.get(key) ?? null;
      }
      case "forum":
        return saved.meetings.get(key)?.id ?? created.meetings.get(key) ?? null;
    }
  };

  const errors = [...parsed.errors];
  const planned: PlannedRow[] = [];
  for (const sheet of SHEETS) {
    const seen = new Set<string>();
    for (const row of rowsOf(sheet)) {
      const key = cellKey(row.cells[KEY_COLUMN]);
      if (key === null) {
        if (!row.invalid.has(KEY_COLUMN)) errors.push({ sheet, row: row.row, column: KEY_COLUMN, code: "required" });
        continue;
      }
      if (seen.has(key)) {
        errors.push({ sheet, row: row.row, column: KEY_COLUMN, code: "duplicate_key" });
        continue;
      }
      seen.add(key);
      const record = saved[sheet].get(key) ?? null;
      if (record && plansOf(sheet, record).some((id) => id !== plan.id)) {
        errors.push({ sheet, row: row.row, column: KEY_COLUMN, code: "other_plan" });
        continue;
      }
      const extra = !record && sheet === "meetings" ? { planId: plan.id } : {};
      const built = buildRow(
        sheet,
        row,
        record && { cells: savedCells(sheet, record), version: record.version },
        resolve,
        extra,
      );
      errors.push(...built.errors);
      if (!built.input) continue;
      const changedFields = new Set(
        built.changes.map((c) => fieldOfColumn(sheet, c.column)?.field).filter((f): f is string => !!f),
      );
      planned.push({
        sheet,
        row: row.row,
        key,
        action: !record ? "create" : changedFields.size > 0 ? "update" : "unchanged",
        id: record?.id ?? created[sheet].get(key)!,
        input: built.input,
        saved: record,
        changes: built.changes,
        changedFields,
      });
    }
  }

  const sheets: SheetPreview[] = SHEETS.filter((sheet) => parsed.sheets[sheet]).map((sheet) => {
    const rows = planned.filter((p) => p.sheet === sheet);
    return {
      sheet,
      rows: rows
        .filter((p) => p.action !== "unchanged")
        .map((p): RowPreview => ({
          row: p.row,
          key: p.key,
          action: p.action as RowPreview["action"],
          id: p.saved?.id ?? null,
          changes: p.changes.filter((c) => c.column !== KEY_COLUMN),
        })),
      unchanged: rows.filter((p) => p.action === "unchanged").length,
    };
  });
  const sortedErrors: RowError[] = errors
    .sort((a, b) => SHEETS.indexOf(a.sheet) - SHEETS.indexOf(b.sheet) || a.row - b.row)
    .map((e) => ({ ...e, message: rowErrorMessage(e.code, options.locale) }));
  return {
    plan: { id: plan.id, isPublic: plan.isPublic },
    preview: {
      planId: plan.id,
      fingerprint: fingerprint(options.fileHash, planned),
      sheets,
      errors: sortedErrors,
      canApply: sortedErrors.length === 0 && planned.some((p) => p.action !== "unchanged"),
    },
    rows: planned,
  };
}

/**
 * What the preview was computed from: the file's bytes and the version of every saved record it
 * names. The apply step recomputes it in its transaction and refuses (409) when it differs, so
 * what is written is exactly what was previewed.
 */
function fingerprint(fileHash: string, rows: PlannedRow[]): string {
  const state = rows.map((r) => `${r.sheet}:${r.key}:${r.saved ? `${r.saved.id}@${r.saved.version}` : "new"}`).sort();
  return createHash("sha256").update(fileHash).update("\n").update(state.join("\n")).digest("hex");
}

export function hashFile(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The dry run of an upload: what each row would create or change, and every error, without
 * writing. The upload is read once the viewer's role is known to allow importing. Null when the
 * viewer cannot read the plan; throws ImportFileError for a file that is not a readable workbook.
 */
export async function previewImport(
  viewer: Viewer,
  planId: string,
  upload: () => Promise<Upload>,
  locale: Locale,
): Promise<ImportPreview | null> {
  assertCanImport(viewer);
  const { bytes } = await upload();
  const parsed = await parseWorkbook(bytes);
  const result = await planImport(getDb(), viewer, planId, parsed, { fileHash: hashFile(bytes), locale });
  return result?.preview ?? null;
}
