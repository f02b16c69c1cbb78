import { apiRequest } from "@/lib/api/client";
import type { ImportMode, ImportPreview, ImportResult } from "@/lib/imports/schema";

// The browser side of the import: the chosen file posted as multipart to
// POST /api/v1/plans/{id}/import with the session cookie, answered `{ data }` or the error shape.

export async function postImport(planId: string, mode: "preview", file: File, locale: string): Promise<ImportPreview>;
export async function postImport(
  planId: string,
  mode: "apply",
  file: File,
  locale: string,
  fingerprint: string,
): Promise<ImportResult>;
export async function postImport(
  planId: string,
  mode: ImportMode,
  file: File,
  locale: string,
  fingerprint?: string,
): Promise<ImportPreview | ImportResult> {
  const form = new FormData();
  form.set("file", file);
  if (fingerprint) form.set("fingerprint", fingerprint);
  return apiRequest(`/api/v1/plans/${encodeURIComponent(planId)}/import?mode=${mode}&locale=${locale}`, {
    method: "POST",
    body: form,
    locale,
  });
}
