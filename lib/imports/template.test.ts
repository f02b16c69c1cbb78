import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { KEY_COLUMN, SHEETS, sheetColumns, type Cells } from "./columns";
import type { TemplateData } from "./data";
import { ImportFileError, parseWorkbook } from "./parse";
import { buildRow, requiredColumns } from "./rows";
import { renderTemplate } from "./template";

// The template writer and the parser share one list of columns: whatever one writes, the other
// must read back unchanged, in either language.

const activity: Cells = {
  key: "act-1",
  pillar_key: "pillar-a",
  title_ar: "نشاط أول",
  title_en: "First activity",
  type: "consultation",
  status: "in_progress",
  progress: 40,
  planned_start: "2025-01-15",
  planned_end: "2025-06-30",
  actual_start: null,
  actual_end: null,
  date_precision: "month",
  lead_unit_ar: null,
  lead_unit_en: null,
  description_ar: "وصف",
  description_en: null,
  outcome_ar: null,
  outcome_en: null,
  frameworks: "gcm-23, sdg-10.7",
};
const meeting: Cells = {
  key: "m-1",
  kind: "workshop",
  session_number: 3,
  series: "GRF",
  title_ar: "ورشة",
  title_en: null,
  status: "held",
  start_date: "2025-02-01",
  end_date: "2025-02-02",
  date_precision: "day",
  city_ar: "القاهرة",
  city_en: "Cairo",
  venue_ar: null,
  venue_en: null,
  organizer_ar: null,
  organizer_en: null,
  objectives_ar: null,
  objectives_en: null,
  outcome_ar: null,
  outcome_en: null,
};
const deliverable: Cells = {
  key: "d-1",
  type: "key_messages",
  title_ar: "رسائل رئيسية",
  title_en: "Key messages",
  activity_key: "act-1",
  meeting_key: null,
  target_meeting_key: "m-1",
  document_url: "https://example.org/doc.pdf",
  description_ar: null,
  description_en: null,
  frameworks: null,
};

const data: TemplateData = {
  plan: { id: "00000000-0000-7000-8000-000000000001", key: "plan-x", title: { ar: "خطة", en: "Plan" } },
  pillarKeys: ["pillar-a", "pillar-b"],
  rows: { activities: [activity], meetings: [meeting], deliverables: [deliverable] },
};

describe("import template and parser", () => {
  for (const locale of ["ar", "en"] as const) {
    it(`reads back every cell the ${locale} template writes`, async () => {
      const file = await renderTemplate(data, locale);
      const parsed = await parseWorkbook(new Uint8Array(file.body));
      expect(parsed.errors).toEqual([]);
      for (const sheet of SHEETS) {
        expect([...parsed.sheets[sheet]!.columns].sort()).toEqual([...sheetColumns(sheet)].sort());
        expect(parsed.sheets[sheet]!.rows.map((r) => r.cells)).toEqual(data.rows[sheet]);
        expect(parsed.sheets[sheet]!.rows[0]!.row).toBe(3);
      }
    });
  }

  it("reports unreadable cells where they stand and accepts labels in any language", async () => {
    const file = await renderTemplate(data, "en");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Activities")!;
    const column = (id: string) => sheetColumns("activities").indexOf(id) + 1;
    sheet.getCell(3, column("status")).value = "منجز"; // Arabic label in an English template
    sheet.getCell(3, column("planned_start")).value = new Date(Date.UTC(2025, 2, 31)); // typed as a date
    sheet.getCell(3, column("frameworks")).value = "sdg-10.7،gcm-23 ,gcm-23"; // Arabic comma, repeated id
    sheet.getCell(4, column(KEY_COLUMN)).value = "act-2";
    sheet.getCell(4, column("progress")).value = "half";
    sheet.getCell(4, column("planned_end")).value = "31/03/2025";
    sheet.getCell(4, column("type")).value = "picnic";
    const parsed = await parseWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const rows = parsed.sheets.activities!.rows;
    expect(rows[0]!.cells).toMatchObject({
      status: "completed",
      planned_start: "2025-03-31",
      frameworks: "gcm-23, sdg-10.7",
    });
    expect(parsed.errors).toEqual([
      { sheet: "activities", row: 4, column: "type", code: "invalid_option" },
      { sheet: "activities", row: 4, column: "progress", code: "not_a_number" },
      { sheet: "activities", row: 4, column: "planned_end", code: "not_a_date" },
    ]);
  });

  it("refuses what is not a workbook", async () => {
    await expect(parseWorkbook(new TextEncoder().encode("key,title\n1,2"))).rejects.toEqual(
      new ImportFileError("not_xlsx"),
    );
    await expect(parseWorkbook(new Uint8Array(5 * 1024 * 1024 + 1))).rejects.toEqual(new ImportFileError("too_large"));
  });

  it("validates a row with the API's schemas and names the columns at fault", () => {
    const resolve = (target: string, key: string) =>
      target === "pillar" && key === "pillar-a" ? "00000000-0000-7000-8000-00000000000a" : null;
    const good = buildRow("activities", { row: 3, cells: activity, invalid: new Set() }, null, resolve);
    expect(good.errors).toEqual([]);
    expect(good.input).toMatchObject({
      key: "act-1",
      pillarId: "00000000-0000-7000-8000-00000000000a",
      title: { ar: "نشاط أول", en: "First activity" },
      description: { ar: "وصف" },
      frameworkTargetIds: ["gcm-23", "sdg-10.7"],
    });

    const bad = buildRow(
      "activities",
      {
        row: 7,
        cells: {
          ...activity,
          key: "Bad Key",
          pillar_key: "nowhere",
          title_ar: null,
          progress: 140,
          planned_end: "2024-01-01",
          frameworks: "gcm-99",
        },
        invalid: new Set(),
      },
      null,
      resolve,
    );
    expect(bad.input).toBeNull();
    expect(bad.errors.map((e) => [e.row, e.column, e.code]).sort()).toEqual(
      [
        [7, "key", "invalid_format"],
        [7, "pillar_key", "unknown_reference"],
        [7, "planned_end", "end_before_start"],
        [7, "progress", "between?min=0&max=100"],
        [7, "frameworks", "unknown_reference"],
        [7, "title_ar", "required"],
      ].sort(),
    );
  });

  it("lists as required the columns the create schemas require", () => {
    expect([...requiredColumns("activities")].sort()).toEqual(["key", "pillar_key", "title_ar"]);
    expect([...requiredColumns("meetings")].sort()).toEqual(["key", "kind", "start_date", "title_ar"]);
  });
});
