import "server-only";
import { isoDate } from "@/lib/db/dto";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, type FieldErrors } from "@/lib/errors";
import { endsBeforeStart, type Range } from "@/lib/validation/ranges";
import type { Json, Snapshot } from "./write";

// Turning a record's scalar columns into a JSON snapshot and back. A snapshot uses the API's
// input format (dates as YYYY-MM-DD, bilingual text as objects), so an update is "the record's
// snapshot with the input laid over it": what changed is a plain diff, the audit event stores
// exactly what the client sent, and only changed columns are written.

/** How a column is stored: as is, a JSON column (null → SQL NULL), or a `@db.Date`. */
export type FieldKind = "value" | "json" | "date";
export type FieldSpec = Record<string, FieldKind>;

/** `{ field: true }` for every field of a spec, to spread into a Prisma `select`. */
export function selectFields<S extends FieldSpec>(spec: S): { [K in keyof S]: true } {
  return Object.fromEntries(Object.keys(spec).map((field) => [field, true])) as { [K in keyof S]: true };
}

/** The given fields of `next` whose names are in `changes`. */
export function pickChanged(next: Snapshot, changes: Record<string, unknown>): Snapshot {
  return Object.fromEntries(
    Object.keys(changes)
      .filter((f) => f in next)
      .map((f) => [f, next[f] ?? null]),
  );
}

export function snapshotOf(row: Record<string, unknown>, spec: FieldSpec): Snapshot {
  const out: Snapshot = {};
  for (const [field, kind] of Object.entries(spec)) {
    const value = row[field];
    out[field] = kind === "date" ? isoDate((value as Date | null) ?? null) : ((value ?? null) as Json);
  }
  return out;
}

/** The fields of `input` that `spec` knows and that were given (undefined = leave as is). */
export function givenFields(input: Record<string, unknown>, spec: FieldSpec): Snapshot {
  const out: Snapshot = {};
  for (const field of Object.keys(spec)) {
    if (input[field] !== undefined) out[field] = input[field] as Json;
  }
  return out;
}

/**
 * Prisma `data` for the given snapshot fields. Callers cast the result to their model's input
 * type; the specs are checked against the model with `satisfies` where they are declared.
 */
export function writeData(values: Snapshot, spec: FieldSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    const kind = spec[field];
    if (kind === undefined) continue;
    if (kind === "date") out[field] = value === null ? null : new Date(`${value as string}T00:00:00Z`);
    else if (kind === "json") out[field] = value === null ? Prisma.DbNull : value;
    else out[field] = value;
  }
  return out;
}

/** Sorted, de-duplicated ids: the snapshot form of a set of links. */
export function idSet(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}

/** Collects field errors (message keys) and throws them together as one 422. */
export class FieldCheck {
  private readonly fields: FieldErrors = {};

  add(path: string, key: string): this {
    (this.fields[path] ??= []).push(key);
    return this;
  }

  /** The feature's start/end pairs (its rules.ts), for those the write touches: an end before its start. */
  ranges<F extends string>(
    next: Partial<Record<F, unknown>>,
    ranges: readonly Range<F>[],
    changed: (field: string) => boolean,
  ): this {
    const touched = ranges.filter(([start, end]) => changed(start) || changed(end));
    for (const end of endsBeforeStart(next, touched)) this.add(end, "end_before_start");
    return this;
  }

  throwIfAny(): void {
    if (Object.keys(this.fields).length > 0) throw new AppError("validation", { fields: this.fields });
  }
}

/** True when every id in `ids` is among `found`. */
export function allFound(ids: readonly string[], found: readonly { id: string }[]): boolean {
  const have = new Set(found.map((f) => f.id));
  return ids.every((id) => have.has(id));
}

/** Whether an error is PostgreSQL's unique violation on a column (keys and emails raced in). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** How many ids one millisecond's 12-bit counter can number. */
const IDS_PER_MS = 4096;

/**
 * `n` UUIDv7s that sort in the order generated: a timestamp and a counter in the 12 `rand_a`
 * bits. Children written with `createMany` (presenters, recipients) and the rows of an import are
 * read back ordered by id, and Prisma's own uuid(7) default does not promise order within one
 * millisecond. Past 4096 ids the timestamp moves on by a millisecond per 4096, so a sheet of any
 * length still gets ids in its order.
 */
export function sequentialUuids(n: number): string[] {
  const start = Date.now();
  return Array.from({ length: n }, (_, i) => {
    const timeHex = (start + Math.floor(i / IDS_PER_MS)).toString(16).padStart(12, "0");
    const random = crypto.getRandomValues(new Uint8Array(8));
    random[0] = (random[0]! & 0x3f) | 0x80; // RFC 9562 variant
    const tail = Array.from(random, (b) => b.toString(16).padStart(2, "0")).join("");
    const randA = (0x7000 | (i % IDS_PER_MS)).toString(16);
    return `${timeHex.slice(0, 8)}-${timeHex.slice(8)}-${randA}-${tail.slice(0, 4)}-${tail.slice(4)}`;
  });
}

/** A value built only from JSON-safe parts (strings, numbers, booleans, null, arrays, plain objects) as `Json`. */
export function toJson(value: object | null): Json {
  return value as Json;
}
