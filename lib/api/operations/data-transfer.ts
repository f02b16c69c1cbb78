import type { Operation } from "../operations";

// The data-transfer operations of /api/v1 (listed in lib/api/operations.ts).
export const dataTransferOperations: Operation[] = [];
