import type { Operation } from "../operations";

// The frameworks operations of /api/v1 (listed in lib/api/operations.ts).
export const frameworksOperations: Operation[] = [];
