import type { ErrorShape } from "@/components/editing/edit-state";
import { ApiFailure } from "@/components/editing/activity-status-api";
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

async function call(url: string, init: RequestInit, pageLocale: string): Promise<ReportJobDto> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      credentials: "same-origin",
      headers: {
        accept: "application/json",
        "accept-language": pageLocale,
        ...(init.body ? { "content-type": "application/json" } : {}),
      },
      cache: "no-store",
    });
  } catch {
    throw new ApiFailure(null, 0);
  }
  const body = (await response.json().catch(() => null)) as { data?: ReportJobDto; error?: ErrorShape } | null;
  if (!response.ok || !body?.data) throw new ApiFailure(body?.error ?? null, response.status);
  return body.data;
}

export function startReportJob(planId: string, choice: ReportChoice, pageLocale: string): Promise<ReportJobDto> {
  return call(
    `/api/v1/plans/${encodeURIComponent(planId)}/report-jobs`,
    { method: "POST", body: JSON.stringify(choice) },
    pageLocale,
  );
}

export function fetchReportJob(jobId: string, pageLocale: string): Promise<ReportJobDto> {
  return call(`/api/v1/report-jobs/${encodeURIComponent(jobId)}`, { method: "GET" }, pageLocale);
}
