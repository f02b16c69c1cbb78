import ExcelJS from "exceljs";
import type { ReportDoc } from "./model";
import { reportTables } from "./tables";

// A sheet per entity with a bold, frozen header row and an autofilter; Arabic sheets are laid
// out right to left. A bilingual workbook has the Arabic sheets, then the English ones (their
// names differ by language, so they never clash).

const MAX_SHEET_NAME = 31; // Excel's limit

export async function renderXlsx(docs: ReportDoc[], onWriting?: () => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Mutabaa";
  for (const doc of docs) {
    for (const table of reportTables(doc)) {
      const sheet = workbook.addWorksheet(table.name.slice(0, MAX_SHEET_NAME), {
        views: [{ state: "frozen", ySplit: 1, rightToLeft: doc.dir === "rtl" }],
      });
      sheet.addRow(table.headers).font = { bold: true };
      for (const row of table.rows) sheet.addRow(row);
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
      table.headers.forEach((header, i) => {
        const longest = Math.max(header.length, ...table.rows.map((r) => String(r[i] ?? "").length));
        sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
        sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: "top" };
      });
    }
  }
  onWriting?.();
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
