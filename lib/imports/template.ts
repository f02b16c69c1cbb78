import ExcelJS from "exceljs";
import { listSeparator } from "@/lib/i18n/format";
import { createTranslator } from "next-intl";
import { pickText } from "@/lib/i18n/localized-text";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { ENUMS, SHEETS, fieldOfColumn, sheetColumns, type Cells, type EnumName, type SheetId } from "./columns";
import type { TemplateData } from "./data";
import { columnLabel, enumLabel, sheetLabel } from "./labels";
import { FIRST_DATA_ROW, ID_ROW, LABEL_ROW } from "./parse";
import { requiredColumns } from "./rows";
import { XLSX_TYPE } from "./schema";
import { catalogues } from "@/lib/i18n/catalogues";

// The import template: a read-me sheet, then one sheet per kind of record pre-filled with the
// plan's records (so it doubles as "export, edit, re-import"). Row 1 holds the machine column
// ids the parser reads, row 2 their names in the template's language. Drop-down lists come from
// a hidden sheet, so they hold the plan's pillar keys too and stay within Excel's limits.

/** The hidden sheet holding the drop-down lists, one per column. */
export const LISTS_SHEET = "lists";

/** Rows below the records that still get drop-downs, for records added by hand. */
const SPARE_ROWS = 200;

export interface TemplateFile {
  body: Buffer;
  contentType: string;
  filename: string;
  asciiFilename: string;
}

export async function renderTemplate(data: TemplateData, locale: Locale): Promise<TemplateFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Mutabaa";
  const rightToLeft = directionOf(locale) === "rtl";
  writeReadme(workbook.addWorksheet(sheetLabel("readme", locale), { views: [{ rightToLeft }] }), data, locale);
  const dataSheets = SHEETS.map(
    (sheet) =>
      [
        sheet,
        workbook.addWorksheet(sheetLabel(sheet, locale), {
          views: [{ state: "frozen", ySplit: LABEL_ROW, rightToLeft }],
        }),
      ] as const,
  );
  const lists = new Lists(workbook.addWorksheet(LISTS_SHEET, { state: "hidden" }));
  for (const [sheet, worksheet] of dataSheets)
    writeSheet(worksheet, sheet, data.rows[sheet], data.pillarKeys, lists, locale);
  const title = catalogues[locale].importer.title;
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: XLSX_TYPE,
    // Plan keys are made of [a-z0-9._-], safe in any file name.
    filename: `${title} - ${data.plan.key}.xlsx`,
    asciiFilename: `import-template-${data.plan.key}-${locale}.xlsx`,
  };
}

/** Columns of the hidden sheet, each a list a drop-down refers to. */
class Lists {
  private next = 1;
  private readonly ranges = new Map<string, string>();
  constructor(private readonly worksheet: ExcelJS.Worksheet) {}

  /** The absolute range holding `values` (written once per name). */
  range(name: string, values: readonly string[]): string | null {
    if (values.length === 0) return null;
    const known = this.ranges.get(name);
    if (known) return known;
    const column = this.worksheet.getColumn(this.next++);
    column.values = [name, ...values];
    const letter = column.letter;
    const range = `${LISTS_SHEET}!$${letter}$2:$${letter}$${values.length + 1}`;
    this.ranges.set(name, range);
    return range;
  }
}

function cellValue(sheet: SheetId, column: string, value: Cells[string], locale: Locale): ExcelJS.CellValue {
  const spec = fieldOfColumn(sheet, column);
  if (value !== null && spec?.kind === "enum") return enumLabel(spec.values, String(value), locale);
  return value;
}

function writeSheet(
  worksheet: ExcelJS.Worksheet,
  sheet: SheetId,
  rows: Cells[],
  pillarKeys: string[],
  lists: Lists,
  locale: Locale,
): void {
  const columns = sheetColumns(sheet);
  const required = requiredColumns(sheet);
  const ids = worksheet.getRow(ID_ROW);
  ids.values = columns;
  ids.font = { color: { argb: "FF595959" }, size: 9 };
  const labels = worksheet.getRow(LABEL_ROW);
  labels.values = columns.map((column) => `${columnLabel(sheet, column, locale)}${required.has(column) ? " *" : ""}`);
  labels.font = { bold: true };
  labels.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8F0EC" } };
  rows.forEach((cells, i) => {
    worksheet.getRow(FIRST_DATA_ROW + i).values = columns.map((column) =>
      cellValue(sheet, column, cells[column] ?? null, locale),
    );
  });
  worksheet.autoFilter = { from: { row: LABEL_ROW, column: 1 }, to: { row: LABEL_ROW, column: columns.length } };

  const lastRow = FIRST_DATA_ROW + rows.length + SPARE_ROWS;
  columns.forEach((column, i) => {
    const spec = fieldOfColumn(sheet, column);
    const excelColumn = worksheet.getColumn(i + 1);
    excelColumn.width = spec?.kind === "localized" ? 40 : spec?.kind === "date" ? 14 : 22;
    if (spec?.kind === "date") {
      // Text, so a typed 2025-03-31 stays as written instead of turning into a locale's date.
      for (let r = FIRST_DATA_ROW; r <= lastRow; r++) worksheet.getCell(r, i + 1).numFmt = "@";
    }
    const range =
      spec?.kind === "enum"
        ? lists.range(
            spec.values,
            ENUMS[spec.values].map((v) => enumLabel(spec.values as EnumName, v, locale)),
          )
        : spec?.kind === "ref" && spec.target === "pillar"
          ? lists.range("pillar", pillarKeys)
          : null;
    if (!range) return;
    for (let r = FIRST_DATA_ROW; r <= lastRow; r++) {
      worksheet.getCell(r, i + 1).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
      };
    }
  });
}

function writeReadme(worksheet: ExcelJS.Worksheet, data: TemplateData, locale: Locale): void {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "importer.readme" });
  const separator = listSeparator(locale);
  worksheet.getColumn(1).width = 16;
  worksheet.getColumn(2).width = 22;
  worksheet.getColumn(3).width = 34;
  worksheet.getColumn(4).width = 70;
  const title = worksheet.addRow([t("title")]);
  title.font = { bold: true, size: 14 };
  worksheet.addRow([t("plan", { title: pickText(data.plan.title, locale).text })]);
  worksheet.addRow([]);
  for (const rule of ["rule1", "rule2", "rule3", "rule4", "rule5", "rule6", "rule7", "rule8"] as const) {
    const row = worksheet.addRow([t(rule)]);
    worksheet.mergeCells(row.number, 1, row.number, 4);
    row.alignment = { wrapText: true, vertical: "top" };
    row.height = 32;
  }
  worksheet.addRow([]);
  worksheet.addRow([t("colSheet"), t("colId"), t("colLabel"), t("colValues")]).font = { bold: true };
  for (const sheet of SHEETS) {
    const required = requiredColumns(sheet);
    for (const column of sheetColumns(sheet)) {
      const spec = fieldOfColumn(sheet, column);
      const hint = !spec
        ? t("hints.key")
        : spec.kind === "enum"
          ? t("hints.enum", {
              values: ENUMS[spec.values].map((v) => enumLabel(spec.values as EnumName, v, locale)).join(separator),
            })
          : spec.kind === "ref"
            ? t(`hints.${spec.target}`)
            : t(`hints.${spec.kind}`);
      const row = worksheet.addRow([
        sheetLabel(sheet, locale),
        column,
        columnLabel(sheet, column, locale),
        required.has(column) ? `${hint} ${t("required")}` : hint,
      ]);
      row.alignment = { wrapText: true, vertical: "top" };
    }
  }
}
