import {
  ActivityStatus,
  ActivityType,
  DatePrecision,
  DeliverableType,
  MeetingKind,
  MeetingStatus,
} from "@/lib/db/generated/enums";

// The spreadsheet's shape, shared by the template writer, the parser and the preview: one list of
// sheets, each a list of fields, each field one column (or two for bilingual text, `_ar`/`_en`).
// Column ids are stable machine names written in the template's first row; the parser finds
// columns by these ids only, so it reads a template in either language, with columns reordered
// or left out (docs/decisions/014-spreadsheet-import.md).

export const SHEETS = ["activities", "meetings", "deliverables"] as const;
export type SheetId = (typeof SHEETS)[number];

/** Enum columns and the message namespace holding their labels. */
export const ENUMS = {
  activityType: Object.values(ActivityType),
  activityStatus: Object.values(ActivityStatus),
  meetingKind: Object.values(MeetingKind),
  meetingStatus: Object.values(MeetingStatus),
  deliverableType: Object.values(DeliverableType),
  datePrecision: Object.values(DatePrecision),
} as const;
export type EnumName = keyof typeof ENUMS;

/** Records another column points at by key. */
export type RefTarget = "pillar" | "activity" | "meeting" | "forum";

export type FieldKind =
  | { kind: "text" }
  | { kind: "localized" }
  | { kind: "enum"; values: EnumName }
  | { kind: "int" }
  | { kind: "date" }
  | { kind: "ref"; target: RefTarget }
  /** Ids separated by commas in one cell ("gcm-23, sdg-10.7"); the list is replaced as a whole. */
  | { kind: "list" };

export type FieldSpec = FieldKind & {
  /** The field of the create/update input (lib/<feature>/schema.ts). */
  field: string;
  /** The column id, or the stem of the `_ar`/`_en` pair for bilingual text. */
  column: string;
  /**
   * What an empty cell means: `null` clears the field; otherwise the current value is kept (the
   * default for a new record), as for fields that cannot be empty.
   */
  nullable: boolean;
};

const text = (field: string, column: string, nullable = true): FieldSpec => ({ kind: "text", field, column, nullable });
const localized = (field: string, column: string, nullable = true): FieldSpec => ({
  kind: "localized",
  field,
  column,
  nullable,
});
const choice = (field: string, column: string, values: EnumName): FieldSpec => ({
  kind: "enum",
  field,
  column,
  values,
  nullable: false,
});
const int = (field: string, column: string, nullable: boolean): FieldSpec => ({ kind: "int", field, column, nullable });
const date = (field: string, column: string, nullable = true): FieldSpec => ({ kind: "date", field, column, nullable });
const list = (field: string, column: string): FieldSpec => ({ kind: "list", field, column, nullable: true });
const ref = (field: string, column: string, target: RefTarget, nullable: boolean): FieldSpec => ({
  kind: "ref",
  field,
  column,
  target,
  nullable,
});

export const KEY_COLUMN = "key";

export const SHEET_FIELDS: Record<SheetId, readonly FieldSpec[]> = {
  activities: [
    ref("pillarId", "pillar_key", "pillar", false),
    localized("title", "title", false),
    choice("type", "type", "activityType"),
    choice("status", "status", "activityStatus"),
    int("progress", "progress", false),
    date("plannedStart", "planned_start"),
    date("plannedEnd", "planned_end"),
    date("actualStart", "actual_start"),
    date("actualEnd", "actual_end"),
    choice("datePrecision", "date_precision", "datePrecision"),
    localized("leadUnit", "lead_unit"),
    localized("description", "description"),
    localized("outcome", "outcome"),
    list("frameworkTargetIds", "frameworks"),
  ],
  meetings: [
    choice("kind", "kind", "meetingKind"),
    int("sessionNumber", "session_number", true),
    text("series", "series"),
    localized("title", "title", false),
    choice("status", "status", "meetingStatus"),
    date("startDate", "start_date", false),
    date("endDate", "end_date"),
    choice("datePrecision", "date_precision", "datePrecision"),
    localized("city", "city"),
    localized("venue", "venue"),
    localized("organizer", "organizer"),
    localized("objectives", "objectives"),
    localized("outcome", "outcome"),
  ],
  deliverables: [
    choice("type", "type", "deliverableType"),
    localized("title", "title", false),
    ref("activityId", "activity_key", "activity", true),
    ref("meetingId", "meeting_key", "meeting", true),
    ref("targetMeetingId", "target_meeting_key", "forum", true),
    text("documentUrl", "document_url"),
    localized("description", "description"),
    list("frameworkTargetIds", "frameworks"),
  ],
};

export const TEXT_LANGUAGES = ["ar", "en"] as const;

/** The column ids of a field: `title_ar`, `title_en` for bilingual text, else the one column. */
export function columnsOf(spec: FieldSpec): string[] {
  return spec.kind === "localized" ? TEXT_LANGUAGES.map((lang) => `${spec.column}_${lang}`) : [spec.column];
}

/** Every column of a sheet in template order, the key first. */
export function sheetColumns(sheet: SheetId): string[] {
  return [KEY_COLUMN, ...SHEET_FIELDS[sheet].flatMap(columnsOf)];
}

/** The field a column belongs to (null for the key column). */
export function fieldOfColumn(sheet: SheetId, column: string): FieldSpec | null {
  return SHEET_FIELDS[sheet].find((spec) => columnsOf(spec).includes(column)) ?? null;
}

/**
 * The column an input path names: `title.en` → `title_en`, `title` → `title_ar` (Arabic is the
 * required half), `pillarId` → `pillar_key`. Unknown paths land on the key column.
 */
export function columnOfPath(sheet: SheetId, path: readonly PropertyKey[]): string {
  const spec = SHEET_FIELDS[sheet].find((s) => s.field === path[0]);
  if (!spec) return KEY_COLUMN;
  if (spec.kind !== "localized") return spec.column;
  const lang = TEXT_LANGUAGES.find((l) => l === path[1]) ?? "ar";
  return `${spec.column}_${lang}`;
}

/** A list cell's ids, and the one way a list is written in a cell (sorted, comma-separated). */
export function listItems(cell: string | null): string[] {
  return cell === null ? [] : [...new Set(cell.split(/[\s,،;]+/).filter(Boolean))].sort();
}
export function listCell(items: readonly string[]): string | null {
  return items.length === 0 ? null : [...new Set(items)].sort().join(", ");
}

/** A normalised cell: trimmed text, a whole number, an ISO date or an enum value; null when empty. */
export type Cell = string | number | null;
/** A row by column id. A column missing from the sheet is missing here too. */
export type Cells = Record<string, Cell>;
