import { api } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { parseInput } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { startReportJob } from "@/lib/reports/jobs";
import { ReportJobInput } from "@/lib/reports/schema";

// POST /api/v1/plans/{id}/report-jobs { format, locale, since } → 202 with the queued job: the
// plan status report made in the background; poll GET /api/v1/report-jobs/{jobId}, then fetch
// its file. For whoever may read the plan (404 otherwise).

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = api<{ id: string }>(
  async ({ viewer, locale, params, body, request }) => {
    const input = parseInput(ReportJobInput, (await body()) ?? {});
    return ok(await startReportJob(viewer, params.id, input, locale, clientAddress(request.headers)), 202);
  },
  { anonymousBody: true },
);
