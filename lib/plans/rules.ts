import type { Range } from "@/lib/validation/ranges";

/** A plan's period: it cannot end before the year it starts. */
export const PLAN_RANGES = [["startYear", "endYear"]] as const satisfies readonly Range[];
