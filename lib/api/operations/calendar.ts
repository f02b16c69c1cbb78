import type { Operation } from "../operations";

// The calendar operations of /api/v1 (listed in lib/api/operations.ts).
export const calendarOperations: Operation[] = [];
