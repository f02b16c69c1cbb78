import { describe, expect, it } from "vitest";
import type { ParsedRow, ParsedWorkbook } from "./parse";
import { planRows, type ImportContext } from "./plan";
import type { SavedActivity } from "./saved";

// The import's planner without a database: a parsed workbook and the saved records it names in,
// the preview and the rows to write out.

const PLAN = "0190a000-0000-7000-8000-000000000001";
const OTHER_PLAN = "0190a000-0000-7000-8000-000000000002";
const PILLAR = "0190a000-0000-7000-8000-000000000010";
const SAVED_ID = "0190a000-0000-7000-8000-000000000100";

/** Ids as the app would hand them out, but predictable. */
const newIds = (n: number) =>
  Array.from({ length: n }, (_, i) => `0190b000-0000-7000-8000-${String(i + 1).padStart(12, "0")}`);

const options = { fileHash: "file-1", locale: "en" as const, newIds };

function saved(overrides: Partial<SavedActivity> = {}): SavedActivity {
  return {
    id: SAVED_ID,
    key: "act-saved",
    version: 3,
    updatedAt: new Date("2031-01-01T00:00:00Z"),
    pillarId: PILLAR,
    position: 1,
    pillar: { key: "pillar-1", planId: PLAN },
    title: { ar: "نشاط محفوظ" },
    description: null,
    type: "other",
    status: "in_progress",
    progress: 50,
    plannedStart: new Date("2031-01-01T00:00:00Z"),
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    datePrecision: "day",
    leadUnit: null,
    outcome: null,
    frameworks: [],
    ...overrides,
  };
}

function context(activities: SavedActivity[] = []): ImportContext {
  return {
    plan: { id: PLAN, isPublic: false, pillars: [{ id: PILLAR, key: "pillar-1" }] },
    saved: { activities, meetings: [], deliverables: [] },
  };
}

let rowNumber = 3;
const row = (cells: ParsedRow["cells"]): ParsedRow => ({ row: rowNumber++, cells, invalid: new Set() });

function workbook(sheets: Partial<Record<"activities" | "deliverables", ParsedRow[]>>): ParsedWorkbook {
  return {
    sheets: Object.fromEntries(
      Object.entries(sheets).map(([sheet, rows]) => [sheet, { columns: new Set(Object.keys(rows[0]!.cells)), rows }]),
    ),
    errors: [],
  };
}

describe("planRows", () => {
  it("creates new records with ids in the order of their rows, and deliverables may point at them", () => {
    const parsed = workbook({
      activities: [
        row({ key: "act-a", pillar_key: "pillar-1", title_ar: "أ", status: "not_started" }),
        row({ key: "act-b", pillar_key: "pillar-1", title_ar: "ب", status: "not_started" }),
      ],
      deliverables: [row({ key: "del-a", type: "statement", title_ar: "بيان", activity_key: "act-b" })],
    });
    const plan = planRows(parsed, context(), options);
    expect(plan.preview.errors).toEqual([]);
    expect(plan.preview.canApply).toBe(true);
    expect(plan.rows.map((r) => [r.sheet, r.key, r.action, r.id])).toEqual([
      ["activities", "act-a", "create", newIds(2)[0]],
      ["activities", "act-b", "create", newIds(2)[1]],
      ["deliverables", "del-a", "create", newIds(1)[0]],
    ]);
    expect(plan.rows[2]!.input.activityId).toBe(newIds(2)[1]);
    expect(plan.preview.sheets.find((s) => s.sheet === "activities")!.rows[0]!.changes).toEqual(
      expect.arrayContaining([{ column: "title_ar", from: null, to: "أ" }]),
    );
  });

  it("leaves a row equal to its record unchanged, and updates only the columns that differ", () => {
    const record = saved();
    const same = planRows(
      workbook({ activities: [row({ key: "act-saved", status: "in_progress" })] }),
      context([record]),
      options,
    );
    expect(same.rows.map((r) => r.action)).toEqual(["unchanged"]);
    expect(same.preview.canApply).toBe(false);
    expect(same.preview.sheets[0]).toMatchObject({ rows: [], unchanged: 1 });

    const changed = planRows(
      workbook({ activities: [row({ key: "act-saved", status: "completed", progress: 100 })] }),
      context([record]),
      options,
    );
    const [update] = changed.rows;
    expect(update).toMatchObject({ action: "update", id: SAVED_ID, saved: record });
    expect([...update!.changedFields].sort()).toEqual(["progress", "status"]);
    expect(update!.input).toMatchObject({
      version: 3,
      status: "completed",
      progress: 100,
      title: { ar: "نشاط محفوظ" },
    });
    expect(changed.preview.sheets[0]!.rows[0]!.changes).toEqual([
      { column: "status", from: "in_progress", to: "completed" },
      { column: "progress", from: 50, to: 100 },
    ]);
  });

  it("reports every bad row at its sheet, row and column, in the reader's language, and keeps the good ones", () => {
    rowNumber = 3;
    const parsed = workbook({
      activities: [
        row({
          key: "act-a",
          pillar_key: "pillar-1",
          title_ar: "أ",
          planned_start: "2031-05-01",
          planned_end: "2031-04-01",
        }),
        row({ key: "act-a", pillar_key: "pillar-1", title_ar: "أ" }),
        row({ key: null, pillar_key: "pillar-1", title_ar: "ب" }),
        row({ key: "act-b", pillar_key: "no-such-pillar", title_ar: "ب" }),
        row({ key: "act-other", title_ar: "ج" }),
        row({ key: "act-good", pillar_key: "pillar-1", title_ar: "د" }),
      ],
    });
    const other = saved({
      id: "0190a000-0000-7000-8000-000000000200",
      key: "act-other",
      pillar: { key: "p", planId: OTHER_PLAN },
    });
    const plan = planRows(parsed, context([other]), options);
    expect(plan.preview.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, "planned_end", "end_before_start"],
      [4, "key", "duplicate_key"],
      [5, "key", "required"],
      [6, "pillar_key", "unknown_reference"],
      [7, "key", "other_plan"],
    ]);
    expect(plan.preview.errors[0]!.message).toBe("The end comes before the start.");
    expect(plan.preview.canApply).toBe(false);
    expect(plan.rows.map((r) => r.key)).toEqual(["act-good"]);
  });

  it("fingerprints the file and the version of every record it names", () => {
    const parsed = workbook({ activities: [row({ key: "act-saved", status: "completed" })] });
    const at = (version: number, fileHash = "file-1") =>
      planRows(parsed, context([saved({ version })]), { ...options, fileHash }).preview.fingerprint;
    expect(at(3)).toBe(at(3));
    expect(at(4)).not.toBe(at(3));
    expect(at(3, "file-2")).not.toBe(at(3));
  });
});
