import { api } from "@/lib/api/handler";
import { found, ok } from "@/lib/api/respond";
import { getReportJob } from "@/lib/reports/jobs";

// GET /api/v1/report-jobs/{id}: a report job's status and progress, for the viewer who started
// it (404 for anyone else, and once the job is forgotten).

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = api<{ id: string }>(async ({ viewer, locale, params }) =>
  ok(found(getReportJob(viewer, params.id, locale))),
);
