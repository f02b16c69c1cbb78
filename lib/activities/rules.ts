import type { Range } from "@/lib/validation/ranges";

// The rules of an activity, written once: its writes (mutations.ts) apply them, and so does
// everything that writes activities through them (the API, the forms, the spreadsheet import).

/** Planned and actual periods: neither may end before it starts. */
export const ACTIVITY_RANGES = [
  ["plannedStart", "plannedEnd"],
  ["actualStart", "actualEnd"],
] as const satisfies readonly Range[];

/** Changes limited to these are a status change on the timeline; anything else is an edit. */
const STATUS_FIELDS: ReadonlySet<string> = new Set(["status", "progress"]);

export function isStatusChange(changedFields: readonly string[]): boolean {
  return changedFields.every((field) => STATUS_FIELDS.has(field));
}

/** Marking an activity completed means it is done, unless the caller says how far it got. */
export function withCompletedProgress<T extends { status?: unknown; progress?: unknown }>(values: T): T {
  return values.status === "completed" && values.progress === undefined ? { ...values, progress: 100 } : values;
}
