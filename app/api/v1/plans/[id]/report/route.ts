import { api } from "@/lib/api/handler";
import { found } from "@/lib/api/respond";
import { parseInput } from "@/lib/errors";
import { ReportQuery } from "@/lib/reports/model";
import { contentDisposition, renderPlanReport } from "@/lib/reports/render";

// GET /api/v1/plans/{id}/report?format=pdf|docx|pptx|xlsx|csv&locale=ar|en|bilingual&since=YYYY-MM-DD
// The plan status report as a download, for whoever may read the plan (404 otherwise, like the
// plan itself). Node runtime: Typst is a native addon and the office writers need Buffer.

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ request, viewer, params }) => {
  // `locale` is the report's language here (ar, en or bilingual), so it is read from the URL
  // directly: the shared query helper keeps `locale` for the language of error messages.
  const query = parseInput(ReportQuery, Object.fromEntries(new URL(request.url).searchParams));
  const report = found(await renderPlanReport(viewer, params.id, query));
  return new Response(new Uint8Array(report.body), {
    headers: {
      "content-type": report.contentType,
      "content-disposition": contentDisposition(report),
      "content-length": String(report.body.length),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
