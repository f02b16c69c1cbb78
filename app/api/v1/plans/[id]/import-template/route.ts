import { api } from "@/lib/api/handler";
import { found } from "@/lib/api/respond";
import { parseInput } from "@/lib/errors";
import { getImportTemplateData } from "@/lib/imports/data";
import { ImportTemplateQuery } from "@/lib/imports/schema";
import { renderTemplate } from "@/lib/imports/template";
import { reportFileResponse } from "@/lib/reports/render";

// GET /api/v1/plans/{id}/import-template?locale=ar|en: the import workbook pre-filled with the
// plan's activities, meetings and deliverables, for those who may import (secretariat, admins).

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ request, viewer, params }) => {
  // `locale` is the template's language here (and that of error messages).
  const { locale } = parseInput(ImportTemplateQuery, Object.fromEntries(new URL(request.url).searchParams));
  const data = found(await getImportTemplateData(viewer, params.id));
  return reportFileResponse(await renderTemplate(data, locale));
});
