import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { SHEETS } from "./columns";

// Inputs of the import routes (query string and form fields) and the shapes they answer with,
// described once for the API documentation and the page.

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `GET /api/v1/plans/{id}/import-template?locale=`: the template's language. */
export const ImportTemplateQuery = z.object({ locale: z.enum(locales).default("ar") });

/** `POST /api/v1/plans/{id}/import?mode=`: a dry run, or the write. */
export const ImportQuery = z.object({ mode: z.enum(["preview", "apply"]) });
export type ImportMode = z.infer<typeof ImportQuery>["mode"];

/** The form fields besides `file`: applying needs the fingerprint of the preview the user saw. */
export const ImportApplyFields = z.object({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/) });

const Sheet = z.enum(SHEETS);
const CellValue = z.union([z.string(), z.number(), z.null()]);

export const RowErrorSchema = z
  .object({
    sheet: Sheet,
    /** 1-based, as Excel numbers rows. */
    row: z.int(),
    /** The column id of the template's first row. */
    column: z.string(),
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: "ImportRowError" });
export type RowError = z.infer<typeof RowErrorSchema>;

export const RowPreviewSchema = z.object({
  row: z.int(),
  key: z.string(),
  action: z.enum(["create", "update"]),
  /** The saved record's id (updates). */
  id: z.uuid().nullable(),
  changes: z.array(z.object({ column: z.string(), from: CellValue, to: CellValue })),
});
export type RowPreview = z.infer<typeof RowPreviewSchema>;

export const SheetPreviewSchema = z.object({ sheet: Sheet, rows: z.array(RowPreviewSchema), unchanged: z.int() });
export type SheetPreview = z.infer<typeof SheetPreviewSchema>;

export const ImportPreviewSchema = z
  .object({
    planId: z.uuid(),
    /** Send it back with `mode=apply`: the write is refused (409) when the records changed since. */
    fingerprint: z.string(),
    sheets: z.array(SheetPreviewSchema),
    errors: z.array(RowErrorSchema),
    /** No errors and at least one change. */
    canApply: z.boolean(),
  })
  .meta({ id: "ImportPreview" });
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z
  .object({
    planId: z.uuid(),
    records: z.array(z.object({ sheet: Sheet, key: z.string(), id: z.uuid(), action: z.enum(["create", "update"]) })),
  })
  .meta({ id: "ImportResult" });
export type ImportResult = z.infer<typeof ImportResultSchema>;
