import { REPORT_MEDIA_TYPES, ReportJobInput, ReportJobSchema } from "@/lib/reports/schema";
import type { Operation } from "../operations";

// The report-jobs operations of /api/v1 (listed in lib/api/operations.ts): the plan status
// report made in the background, with progress (docs/decisions/015-report-jobs.md). A job is
// held in memory for the viewer who started it, not a record (`outsideMatrix`): the record-driven
// tests leave these to tests/integration/report-jobs.test.ts.
export const reportJobsOperations: Operation[] = [
  {
    method: "POST",
    path: "/api/v1/plans/{id}/report-jobs",
    operationId: "start_report_job",
    summary:
      "Start making the plan's status report in the background (same choices as the report route); poll the job, then fetch its file",
    tag: "plans",
    permission: { resource: "plan", action: "read" },
    record: "plan",
    body: ReportJobInput,
    response: ReportJobSchema,
    status: 202,
    outsideMatrix: true,
  },
  {
    method: "GET",
    path: "/api/v1/report-jobs/{id}",
    operationId: "get_report_job",
    summary: "A report job's status and progress (for the viewer who started it; kept 15 minutes after it ends)",
    tag: "plans",
    permission: { resource: "plan", action: "read" },
    response: ReportJobSchema,
    status: 200,
    outsideMatrix: true,
  },
  {
    method: "GET",
    path: "/api/v1/report-jobs/{id}/file",
    operationId: "get_report_job_file",
    summary: "A finished report job's file (for the viewer who started it)",
    tag: "plans",
    permission: { resource: "plan", action: "read" },
    files: Object.values(REPORT_MEDIA_TYPES),
    status: 200,
    outsideMatrix: true,
  },
];
