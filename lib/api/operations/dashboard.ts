import type { Operation } from "../operations";

// The dashboard operations of /api/v1 (listed in lib/api/operations.ts).
export const dashboardOperations: Operation[] = [];
