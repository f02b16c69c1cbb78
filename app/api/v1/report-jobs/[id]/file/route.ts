import { api } from "@/lib/api/handler";
import { found } from "@/lib/api/respond";
import { getReportJobFile } from "@/lib/reports/jobs";
import { reportFileResponse } from "@/lib/reports/render";

// GET /api/v1/report-jobs/{id}/file: a finished job's report, with the same headers as
// GET /api/v1/plans/{id}/report; 404 for anyone but the job's starter and while it is not done.

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, params }) =>
  reportFileResponse(found(getReportJobFile(viewer, params.id))),
);
