import type { z } from "zod";
import { ACTIVITY_RANGES } from "@/lib/activities/rules";
import { ActivityCreateInput, ActivityUpdateInput } from "@/lib/activities/schema";
import { DeliverableCreateInput, DeliverableUpdateInput } from "@/lib/deliverables/schema";
import { fieldErrorsFrom } from "@/lib/errors";
import { MEETING_RANGES } from "@/lib/meetings/rules";
import { MeetingCreateInput, MeetingUpdateInput } from "@/lib/meetings/schema";
import { endsBeforeStart, type Range } from "@/lib/validation/ranges";
import {
  KEY_COLUMN,
  SHEET_FIELDS,
  columnOfPath,
  columnsOf,
  listCell,
  listItems,
  type Cell,
  type Cells,
  type RefTarget,
  type SheetId,
} from "./columns";
import type { CellError, ParsedRow } from "./parse";

// One row of a sheet → the create or update input of its record, validated by the same zod
// schemas as the API and the forms (lib/<feature>/schema.ts), with every problem placed on the
// column it comes from. Pure: the records the row refers to are looked up beforehand (data.ts).

/** The schemas a sheet's rows must satisfy: a sheet is a list of API inputs. */
const SCHEMAS: Record<SheetId, { create: z.ZodType; update: z.ZodType }> = {
  activities: { create: ActivityCreateInput, update: ActivityUpdateInput },
  meetings: { create: MeetingCreateInput, update: MeetingUpdateInput },
  deliverables: { create: DeliverableCreateInput, update: DeliverableUpdateInput },
};

/**
 * Columns a new record cannot do without, read from the create schemas themselves (a field the
 * schema does not accept as missing), so the read-me sheet cannot drift from the validation.
 */
export function requiredColumns(sheet: SheetId): Set<string> {
  const shape = (SCHEMAS[sheet].create as z.ZodObject).shape;
  const required = new Set([KEY_COLUMN]);
  for (const spec of SHEET_FIELDS[sheet]) {
    if (shape[spec.field]?.safeParse(undefined).success !== false) continue;
    required.add(spec.kind === "localized" ? `${spec.column}_ar` : spec.column);
  }
  return required;
}

/** Start and end fields that must come in order: the features' own rules, as their writes apply them. */
const RANGES: Record<SheetId, readonly Range[]> = {
  activities: ACTIVITY_RANGES,
  meetings: MEETING_RANGES,
  deliverables: [],
};

/** A saved record's field values as the sheet holds them: text objects, ISO dates, and keys in place of ids. */
export type RecordValues = Record<string, unknown>;

/** A saved record as cells, the way the template writes it and the preview compares it. */
export function cellsOf(sheet: SheetId, key: string, values: RecordValues): Cells {
  const cells: Cells = { [KEY_COLUMN]: key };
  for (const spec of SHEET_FIELDS[sheet]) {
    const value = values[spec.field];
    if (spec.kind === "localized") {
      const text = (value ?? null) as Record<string, string> | null;
      for (const column of columnsOf(spec)) cells[column] = text?.[column.slice(spec.column.length + 1)] ?? null;
    } else if (spec.kind === "list") {
      cells[spec.column] = listCell((value ?? []) as string[]);
    } else {
      cells[spec.column] = (value ?? null) as Cell;
    }
  }
  return cells;
}

/** The id a key stands for (a saved record or one this import creates), or null when unknown. */
export type Resolve = (target: RefTarget, key: string) => string | null;

export interface Change {
  column: string;
  from: Cell;
  to: Cell;
}

export interface BuiltRow {
  /** The validated create input (with `key`) or update input (with `version`); null when the row has errors. */
  input: Record<string, unknown> | null;
  /** Columns whose value differs from the saved record (every filled column for a new one). */
  changes: Change[];
  errors: CellError[];
}

/**
 * Builds and validates one row. `saved` is the record's current state (null for a new record);
 * columns left out of the sheet keep it, so a sheet with a few columns changes only those.
 */
export function buildRow(
  sheet: SheetId,
  parsed: ParsedRow,
  saved: { cells: Cells; version: number } | null,
  resolve: Resolve,
  extra: Record<string, unknown> = {},
): BuiltRow {
  const errors: CellError[] = [];
  const flagged = new Set(parsed.invalid);
  const flag = (column: string, code: string) => {
    if (flagged.has(column)) return;
    flagged.add(column);
    errors.push({ sheet, row: parsed.row, column, code });
  };
  const cells: Cells = { ...(saved?.cells ?? {}) };
  for (const [column, value] of Object.entries(parsed.cells)) if (!parsed.invalid.has(column)) cells[column] = value;
  // A field that cannot be empty keeps its saved value when its cells are left empty.
  for (const spec of SHEET_FIELDS[sheet]) {
    const columns = columnsOf(spec);
    if (!spec.nullable && saved && columns.every((column) => cells[column] == null)) {
      for (const column of columns) cells[column] = saved.cells[column] ?? null;
    }
  }

  const fields: Record<string, unknown> = {};
  for (const spec of SHEET_FIELDS[sheet]) {
    // An empty cell clears what may be cleared and keeps (or defaults) the rest.
    const empty = spec.nullable ? null : undefined;
    if (spec.kind === "localized") {
      const text = Object.fromEntries(
        columnsOf(spec).flatMap((column) =>
          cells[column] == null ? [] : [[column.slice(spec.column.length + 1), cells[column]]],
        ),
      );
      fields[spec.field] = Object.keys(text).length > 0 ? text : empty;
    } else if (spec.kind === "ref") {
      const key = cells[spec.column];
      if (key == null) fields[spec.field] = empty;
      else {
        const id = resolve(spec.target, String(key));
        if (id === null) flag(spec.column, spec.target === "forum" ? "unknown_forum" : "unknown_reference");
        fields[spec.field] = id ?? undefined;
      }
    } else if (spec.kind === "list") {
      fields[spec.field] = listItems((cells[spec.column] ?? null) as string | null);
    } else {
      fields[spec.field] = cells[spec.column] ?? empty;
    }
  }

  for (const end of endsBeforeStart(fields, RANGES[sheet])) flag(columnOfPath(sheet, [end]), "end_before_start");
  if (
    sheet === "deliverables" &&
    fields.activityId == null &&
    fields.meetingId == null &&
    !flagged.has("activity_key") &&
    !flagged.has("meeting_key")
  ) {
    flag("activity_key", "needs_link");
  }

  const schema = saved ? SCHEMAS[sheet].update : SCHEMAS[sheet].create;
  const candidate = saved
    ? { ...fields, ...extra, version: saved.version }
    : { key: cells[KEY_COLUMN], ...fields, ...extra };
  const result = schema.safeParse(candidate);
  if (!result.success) {
    for (const [path, keys] of Object.entries(fieldErrorsFrom(result.error))) {
      for (const key of keys) flag(columnOfPath(sheet, path.split(".")), key);
    }
  }

  const changes: Change[] = [];
  for (const column of Object.keys(cells)) {
    const from = saved?.cells[column] ?? null;
    const to = cells[column] ?? null;
    if (from !== to) changes.push({ column, from, to });
  }
  const valid = errors.length === 0 && parsed.invalid.size === 0 && result.success;
  return { input: valid ? (result.data as Record<string, unknown>) : null, changes, errors };
}
