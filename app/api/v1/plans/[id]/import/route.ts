import { api } from "@/lib/api/handler";
import { ok, found, type ErrorBody } from "@/lib/api/respond";
import { previewImport } from "@/lib/imports/data";
import { fileErrorMessage } from "@/lib/imports/labels";
import { applyImport } from "@/lib/imports/mutations";
import { ImportFileError, OVERSIZE_CODES } from "@/lib/imports/parse";
import { ImportQuery } from "@/lib/imports/schema";
import { readUpload, UPLOAD_BODY_LIMIT } from "@/lib/imports/upload";

// POST /api/v1/plans/{id}/import?mode=preview|apply, multipart with the workbook in `file` (and,
// to apply, the preview's `fingerprint`). A preview answers every change and row error without
// writing; apply writes all rows in one transaction, or nothing (422 with errors, 409 when the
// records changed since the preview).

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = api<{ id: string }>(
  async ({ request, viewer, locale, params, query }) => {
    const { mode } = query(ImportQuery);
    const upload = () => readUpload(request);
    try {
      if (mode === "preview") return ok(found(await previewImport(viewer, params.id, upload, locale)));
      return ok(found(await applyImport(viewer, params.id, upload, { locale })));
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      // A file refused as a whole: the one error shape, with the reason on the `file` field; 413
      // when it is too big (packed, unpacked or in rows), 400 when it is not a workbook.
      const message = fileErrorMessage(error.code, locale);
      const code = OVERSIZE_CODES.has(error.code) ? "too_large" : "bad_request";
      const body: ErrorBody = { error: { code, message, fields: { file: [message] } } };
      const status = code === "too_large" ? 413 : 400;
      return Response.json(body, { status, headers: { "cache-control": "no-store", "content-language": locale } });
    }
  },
  { bodyLimit: UPLOAD_BODY_LIMIT },
);
