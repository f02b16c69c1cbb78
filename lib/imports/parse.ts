import ExcelJS from "exceljs";
import {
  KEY_COLUMN,
  SHEETS,
  SHEET_FIELDS,
  columnsOf,
  listCell,
  listItems,
  type Cell,
  type Cells,
  type FieldSpec,
  type SheetId,
} from "./columns";
import { enumReader, sheetOfName } from "./labels";
import { rezip, unzipWithBudget, UnzipBudgetError } from "./unzip";

// Reading an uploaded workbook into normalised rows, before anything is looked up: sheets are
// found by name in any language, columns by the machine ids of the first row, and every cell is
// turned into text, a whole number, an ISO date or an enum value, or reported where it stands.

/** Bytes accepted for an upload: a plan's records take a small fraction of this. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Rows read from one sheet; a plan's sheets hold a few hundred. */
export const MAX_SHEET_ROWS = 20_000;

/** Row 1: column ids; row 2: the columns' names in the template's language; data from row 3. */
export const ID_ROW = 1;
export const LABEL_ROW = 2;
export const FIRST_DATA_ROW = 3;

export type RowErrorCode = string;

/** A problem at a cell, as Excel shows it (1-based row, the column's id). */
export interface CellError {
  sheet: SheetId;
  row: number;
  column: string;
  code: RowErrorCode;
}

export interface ParsedRow {
  row: number;
  cells: Cells;
  /** Columns whose cell could not be read (reported in `errors`). */
  invalid: Set<string>;
}

export interface ParsedSheet {
  /** The template's columns present in the sheet. */
  columns: Set<string>;
  rows: ParsedRow[];
}

export interface ParsedWorkbook {
  sheets: Partial<Record<SheetId, ParsedSheet>>;
  errors: CellError[];
}

/** Why a file is refused as a whole (before any row is read). */
export type FileErrorCode =
  "no_file" | "too_large" | "not_xlsx" | "no_sheets" | "too_large_unpacked" | "too_many_entries" | "too_many_rows";

/** File refusals that are about size (413 Content Too Large) rather than content (400). */
export const OVERSIZE_CODES: ReadonlySet<FileErrorCode> = new Set([
  "too_large",
  "too_large_unpacked",
  "too_many_entries",
  "too_many_rows",
]);

export class ImportFileError extends Error {
  override name = "ImportFileError";
  constructor(readonly code: FileErrorCode) {
    super(code);
  }
}

// Every .xlsx is a ZIP archive.
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function parseWorkbook(bytes: Uint8Array): Promise<ParsedWorkbook> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new ImportFileError("too_large");
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new ImportFileError("not_xlsx");
  let budgeted: Uint8Array;
  try {
    budgeted = rezip(unzipWithBudget(bytes));
  } catch (error) {
    if (!(error instanceof UnzipBudgetError)) throw error;
    throw new ImportFileError(error.code === "not_zip" ? "not_xlsx" : error.code);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(budgeted as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError("not_xlsx");
  }
  for (const worksheet of workbook.worksheets) {
    if (sheetOfName(worksheet.name) && worksheet.rowCount > MAX_SHEET_ROWS) throw new ImportFileError("too_many_rows");
  }
  const parsed: ParsedWorkbook = { sheets: {}, errors: [] };
  for (const worksheet of workbook.worksheets) {
    const sheet = sheetOfName(worksheet.name);
    if (!sheet || parsed.sheets[sheet]) continue;
    parsed.sheets[sheet] = readSheet(sheet, worksheet, parsed.errors);
  }
  if (SHEETS.every((sheet) => !parsed.sheets[sheet])) throw new ImportFileError("no_sheets");
  return parsed;
}

function readSheet(sheet: SheetId, worksheet: ExcelJS.Worksheet, errors: CellError[]): ParsedSheet {
  const known = new Set([KEY_COLUMN, ...SHEET_FIELDS[sheet].flatMap(columnsOf)]);
  const positions = new Map<string, number>();
  worksheet.getRow(ID_ROW).eachCell((cell, col) => {
    const id = typeof cell.value === "string" ? cell.value.trim() : null;
    if (id && known.has(id) && !positions.has(id)) positions.set(id, col);
  });
  const result: ParsedSheet = { columns: new Set(positions.keys()), rows: [] };
  if (!positions.has(KEY_COLUMN)) {
    errors.push({ sheet, row: ID_ROW, column: KEY_COLUMN, code: "missing_column" });
    return result;
  }
  const readers = columnReaders(sheet);
  for (let r = FIRST_DATA_ROW; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const parsedRow: ParsedRow = { row: r, cells: {}, invalid: new Set() };
    for (const [column, col] of positions) {
      const read = readers.get(column)!(plainValue(row.getCell(col).value));
      if (read.ok) parsedRow.cells[column] = read.value;
      else {
        parsedRow.invalid.add(column);
        parsedRow.cells[column] = null;
        errors.push({ sheet, row: r, column, code: read.code });
      }
    }
    const blank = Object.values(parsedRow.cells).every((v) => v === null) && parsedRow.invalid.size === 0;
    if (!blank) result.rows.push(parsedRow);
  }
  return result;
}

type Plain = string | number | Date | null;
type Read = { ok: true; value: Cell } | { ok: false; code: RowErrorCode };
type Reader = (value: Plain) => Read;

/** A cell's value without Excel's wrappers (rich text, hyperlinks, formulas); blank text is null. */
export function plainValue(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return value;
  if ("richText" in value) return plainValue(value.richText.map((part) => part.text).join(""));
  if ("hyperlink" in value) return plainValue(typeof value.text === "string" ? value.text : value.hyperlink);
  if ("formula" in value || "sharedFormula" in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  return null;
}

const ok = (value: Cell): Read => ({ ok: true, value });
const fail = (code: RowErrorCode): Read => ({ ok: false, code });

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

const readText: Reader = (v) => ok(v === null ? null : v instanceof Date ? isoOf(v) : String(v));

const readInt: Reader = (v) => {
  if (v === null) return ok(null);
  const n = typeof v === "number" ? v : typeof v === "string" && /^[+-]?\d+$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) ? ok(n) : fail("not_a_number");
};

/** Excel counts days from 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

// Excel keeps a typed date as a date (read back as UTC midnight), or as its day number in a cell
// formatted as text; text must already be ISO.
const readDate: Reader = (v) => {
  if (v === null) return ok(null);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? fail("not_a_date") : ok(isoOf(v));
  if (typeof v === "number")
    return Number.isInteger(v) && v > 0 && v < 2_958_466
      ? ok(isoOf(new Date(EXCEL_EPOCH + v * DAY_MS)))
      : fail("not_a_date");
  return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))
    ? ok(v)
    : fail("not_a_date");
};

const readList: Reader = (v) => ok(v === null ? null : listCell(listItems(v instanceof Date ? isoOf(v) : String(v))));

function readerOf(spec: FieldSpec): Reader {
  switch (spec.kind) {
    case "list":
      return readList;
    case "int":
      return readInt;
    case "date":
      return readDate;
    case "enum": {
      const lookup = enumReader(spec.values);
      return (v) => {
        if (v === null) return ok(null);
        const value = lookup(v instanceof Date ? isoOf(v) : String(v));
        return value === null ? fail("invalid_option") : ok(value);
      };
    }
    default:
      return readText;
  }
}

function columnReaders(sheet: SheetId): Map<string, Reader> {
  const readers = new Map<string, Reader>([[KEY_COLUMN, readText]]);
  for (const spec of SHEET_FIELDS[sheet]) for (const column of columnsOf(spec)) readers.set(column, readerOf(spec));
  return readers;
}
