import { apiRequest } from "@/lib/api/client";
import type { ReportJobDto } from "@/lib/reports/jobs";
import type { ReportFormat, ReportLocale } from "@/lib/reports/model";

// The browser side of report jobs (docs/decisions/015-report-jobs.md): start one with the
// session cookie, then read its status until it ends. Errors come back in the page's language.

export type { ReportJobDto };

export interface ReportChoice {
  format: ReportFormat;
  locale: ReportLocale;
  since?: string;
}

export function startReportJob(planId: string, choice: ReportChoice, pageLocale: string): Promise<ReportJobDto> {
  return apiRequest(`/api/v1/plans/${encodeURIComponent(planId)}/report-jobs`, {
    method: "POST",
    body: choice,
    locale: pageLocale,
  });
}

export function fetchReportJob(jobId: string, pageLocale: string): Promise<ReportJobDto> {
  return apiRequest(`/api/v1/report-jobs/${encodeURIComponent(jobId)}`, { method: "GET", locale: pageLocale });
}
