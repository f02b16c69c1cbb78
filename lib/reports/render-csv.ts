import type { ReportDoc } from "./model";
import { reportTables, type Cell } from "./tables";

// The activities table as CSV: UTF-8 with a byte-order mark (Excel otherwise reads Arabic as
// mojibake), CRLF line ends (RFC 4180). A bilingual file puts the English columns after the
// Arabic ones on the same rows (both documents list the same activities in the same order).

const BOM = "\uFEFF";

/**
 * Spreadsheets evaluate a cell starting with =, +, -, @ (or tab / carriage return, which some
 * strip first) as a formula: prefix such text with an apostrophe so it stays text (CSV
 * injection). Numbers are written as numbers and never neutralised.
 */
export function neutralise(cell: Cell): string {
  if (typeof cell === "number") return String(cell);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function renderCsv(docs: ReportDoc[]): Buffer {
  const tables = docs.map((doc) => reportTables(doc).find((t) => t.id === "activities")!);
  const header = tables.flatMap((t) => t.headers);
  const rows = (tables[0]?.rows ?? []).map((_, i) => tables.flatMap((t) => t.rows[i] ?? []));
  const lines = [header, ...rows].map((row) => row.map((cell) => quote(neutralise(cell))).join(","));
  return Buffer.from(BOM + lines.join("\r\n") + "\r\n", "utf8");
}
