import type { Operation } from "../operations";

// The report-jobs operations of /api/v1 (listed in lib/api/operations.ts).
export const reportJobsOperations: Operation[] = [];
