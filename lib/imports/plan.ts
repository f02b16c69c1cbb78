import { createHash } from "node:crypto";
import type { Locale } from "@/lib/i18n/locales";
import { KEY_COLUMN, SHEETS, fieldOfColumn, type RefTarget, type SheetId } from "./columns";
import { rowErrorMessage } from "./labels";
import type { ParsedWorkbook } from "./parse";
import { buildRow, type Change } from "./rows";
import { plansOf, savedCells, type SavedActivity, type SavedMeeting, type SavedRecord } from "./saved";
import type { ImportPreview, RowError, RowPreview, SheetPreview } from "./schema";

// The dry run's planner: a parsed workbook and the saved records it names in, the preview and
// the rows to write out. Pure (no database, no clock, no randomness: the ids of new records come
// from `newIds`), so every rule of the comparison is unit-tested (plan.test.ts); data.ts loads
// what it needs (docs/decisions/019-import-planner.md).

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

/** What the planner compares a workbook with: the plan, its pillars, and the saved records the sheets name by key. */
export interface ImportContext {
  plan: { id: string; isPublic: boolean; pillars: { id: string; key: string }[] };
  saved: { activities: SavedActivity[]; meetings: SavedMeeting[]; deliverables: SavedRecord[] };
}

export interface PlanOptions {
  fileHash: string;
  locale: Locale;
  /** `n` ids for new records, sorting in the order given (sequentialUuids in the app). */
  newIds: (n: number) => string[];
}

const cellKey = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

const rowsOf = (parsed: ParsedWorkbook, sheet: SheetId) => parsed.sheets[sheet]?.rows ?? [];

function keysIn(parsed: ParsedWorkbook, sheet: SheetId, column: string): string[] {
  return rowsOf(parsed, sheet)
    .map((r) => cellKey(r.cells[column]))
    .filter((k): k is string => k !== null);
}

/** The keys of the saved records a workbook may name: its rows' own keys and the keys its references use. */
export function keysNamed(parsed: ParsedWorkbook): Record<SheetId, string[]> {
  return {
    activities: [...keysIn(parsed, "activities", KEY_COLUMN), ...keysIn(parsed, "deliverables", "activity_key")],
    meetings: [
      ...keysIn(parsed, "meetings", KEY_COLUMN),
      ...keysIn(parsed, "deliverables", "meeting_key"),
      ...keysIn(parsed, "deliverables", "target_meeting_key"),
    ],
    deliverables: keysIn(parsed, "deliverables", KEY_COLUMN),
  };
}

/** New records get their ids before any row is built, so rows of later sheets can point at them. */
function assignIds(
  parsed: ParsedWorkbook,
  saved: Record<SheetId, Map<string, SavedRecord>>,
  newIds: PlanOptions["newIds"],
): Record<SheetId, Map<string, string>> {
  const created = { activities: new Map(), meetings: new Map(), deliverables: new Map() };
  for (const sheet of SHEETS) {
    const fresh = [...new Set(keysIn(parsed, sheet, KEY_COLUMN))].filter((key) => !saved[sheet].has(key));
    const ids = newIds(fresh.length);
    fresh.forEach((key, i) => created[sheet].set(key, ids[i]!));
  }
  return created;
}

/** What a key in a reference column stands for: a record of this plan (saved or new), or a forum of any plan. */
function resolver(
  context: ImportContext,
  saved: { activities: Map<string, SavedActivity>; meetings: Map<string, SavedMeeting> },
  created: Record<SheetId, Map<string, string>>,
) {
  const planId = context.plan.id;
  const pillars = new Map(context.plan.pillars.map((p) => [p.key, p.id]));
  return (target: RefTarget, key: string): string | null => {
    switch (target) {
      case "pillar":
        return pillars.get(key) ?? null;
      case "activity": {
        const activity = saved.activities.get(key);
        if (activity) return activity.pillar.planId === planId ? activity.id : null;
        return created.activities.get(key) ?? null;
      }
      case "meeting": {
        const meeting = saved.meetings.get(key);
        if (meeting) return meeting.planId === null || meeting.planId === planId ? meeting.id : null;
        return created.meetings.get(key) ?? null;
      }
      case "forum":
        return saved.meetings.get(key)?.id ?? created.meetings.get(key) ?? null;
    }
  };
}

/** Compares a parsed workbook with the saved records: what each row would create or change, and every error. */
export function planRows(parsed: ParsedWorkbook, context: ImportContext, options: PlanOptions): ImportPlan {
  const { plan } = context;
  const activities = new Map(context.saved.activities.map((r) => [r.key, r]));
  const meetings = new Map(context.saved.meetings.map((r) => [r.key, r]));
  const saved: Record<SheetId, Map<string, SavedRecord>> = {
    activities,
    meetings,
    deliverables: new Map(context.saved.deliverables.map((r) => [r.key, r])),
  };
  const created = assignIds(parsed, saved, options.newIds);
  const resolve = resolver(context, { activities, meetings }, created);

  const errors = [...parsed.errors];
  const planned: PlannedRow[] = [];
  for (const sheet of SHEETS) {
    const seen = new Set<string>();
    for (const row of rowsOf(parsed, sheet)) {
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

  const sortedErrors: RowError[] = errors
    .sort((a, b) => SHEETS.indexOf(a.sheet) - SHEETS.indexOf(b.sheet) || a.row - b.row)
    .map((e) => ({ ...e, message: rowErrorMessage(e.code, options.locale) }));
  return {
    plan: { id: plan.id, isPublic: plan.isPublic },
    preview: {
      planId: plan.id,
      fingerprint: fingerprint(options.fileHash, planned),
      sheets: sheetPreviews(parsed, planned),
      errors: sortedErrors,
      canApply: sortedErrors.length === 0 && planned.some((p) => p.action !== "unchanged"),
    },
    rows: planned,
  };
}

/** Per sheet in the file: the rows that create or change a record, and how many change nothing. */
function sheetPreviews(parsed: ParsedWorkbook, planned: PlannedRow[]): SheetPreview[] {
  return SHEETS.filter((sheet) => parsed.sheets[sheet]).map((sheet) => {
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
