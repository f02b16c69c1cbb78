import type { Operation } from "../operations";

// The member-states operations of /api/v1 (listed in lib/api/operations.ts).
export const memberStatesOperations: Operation[] = [];
