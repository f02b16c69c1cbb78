import { z } from "zod";
import {
  ImportPreviewSchema,
  ImportQuery,
  ImportResultSchema,
  ImportTemplateQuery,
  XLSX_TYPE,
} from "@/lib/imports/schema";
import type { Operation } from "../operations";

// The data-transfer operations of /api/v1 (listed in lib/api/operations.ts).

const ImportUpload = z
  .object({
    file: z.string().meta({ contentMediaType: XLSX_TYPE, description: "The workbook (at most 5 MB)." }),
    fingerprint: z
      .string()
      .optional()
      .meta({ description: "With `mode=apply`: the `fingerprint` of the preview being applied." }),
  })
  .meta({ id: "ImportUpload" });

export const dataTransferOperations: Operation[] = [
  {
    method: "GET",
    path: "/api/v1/plans/{id}/import-template",
    operationId: "import_template",
    summary:
      "The spreadsheet import template (Excel), pre-filled with the plan's activities, meetings and deliverables",
    tag: "plans",
    permission: { resource: "activity", action: "create" },
    record: "plan",
    query: ImportTemplateQuery,
    files: [XLSX_TYPE],
    status: 200,
  },
  {
    method: "POST",
    path: "/api/v1/plans/{id}/import",
    operationId: "import_spreadsheet",
    summary:
      "Preview (`mode=preview`) or apply (`mode=apply`) a filled-in import template: all rows in one transaction, or none",
    tag: "plans",
    permission: { resource: "activity", action: "create" },
    record: "plan",
    query: ImportQuery,
    body: ImportUpload,
    bodyType: "multipart/form-data",
    response: z.union([ImportPreviewSchema, ImportResultSchema]).meta({ id: "ImportAnswer" }),
    status: 200,
    // Sent as a multipart file, which the matrix does not build: tests/integration/import.test.ts
    // covers every role.
    outsideMatrix: true,
  },
];
