import type { Range } from "@/lib/validation/ranges";

// The rules of a meeting, written once for its writes and the spreadsheet import's preview.

/** A meeting cannot end before it starts. */
export const MEETING_RANGES = [["startDate", "endDate"]] as const satisfies readonly Range[];
