import { api } from "@/lib/api/handler";
import { found } from "@/lib/api/respond";
import { parseInput } from "@/lib/errors";
import { ReportQuery } from "@/lib/reports/model";
import { renderPlanReport, reportFileResponse } from "@/lib/reports/render";

// GET /api/v1/plans/{id}/report?format=pdf|docx|pptx|xlsx|csv&locale=ar|en|bilingual&since=YYYY-MM-DD
// The plan status report as a download, for whoever may read the plan (404 otherwise, like the
// plan itself). Laid out in a render worker (lib/reports/pool.ts), so other requests go on
// meanwhile; Node runtime: worker threads, Typst's native addon and Buffer.

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ request, viewer, params }) => {
  // `locale` is the report's language here (ar, en or bilingual), so it is read from the URL
  // directly: the shared query helper keeps `locale` for the language of error messages.
  const query = parseInput(ReportQuery, Object.fromEntries(new URL(request.url).searchParams));
  return reportFileResponse(found(await renderPlanReport(viewer, params.id, query)));
});
