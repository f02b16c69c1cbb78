import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getReportData } from "./data";
import { buildReport, type ReportFormat, type ReportLocale } from "./model";
import { renderInWorker } from "./pool";
import { REPORT_MEDIA_TYPES } from "./schema";
import type { RenderWorkerPhase } from "./worker/render-task";

// One entry point for the route and the report jobs: load once (here, on the main thread, where
// the database connection is), build the model once, lay it out in the asked format in a render
// worker (lib/reports/pool.ts), and name the file in the report's language.

/** Where a report being made is: reading the database, laying out, writing the file. */
export type ReportPhase = "loading" | RenderWorkerPhase;

export const CONTENT_TYPES: Record<ReportFormat, string> = { ...REPORT_MEDIA_TYPES, csv: "text/csv; charset=utf-8" };

export interface RenderedReport {
  body: Buffer;
  contentType: string;
  /** In the report's (first) language, e.g. "تقرير المتابعة - خطة عمل … 2022-2023.pdf". */
  filename: string;
  /** ASCII-only fallback for clients without RFC 6266 `filename*`. */
  asciiFilename: string;
}

/** The plan's report, or null when the viewer may not read the plan (the route answers 404). */
export async function renderPlanReport(
  viewer: Viewer,
  planId: string,
  options: {
    format: ReportFormat;
    locale: ReportLocale;
    since?: string;
    now?: Date;
    onPhase?: (phase: ReportPhase) => void;
  },
): Promise<RenderedReport | null> {
  options.onPhase?.("loading");
  const data = await getReportData(viewer, planId, { since: options.since });
  if (!data) return null;
  const docs = buildReport(data, options);
  const first = docs[0]!;
  const stem = safeFilename(`${first.labels.filename} - ${first.title}${options.since ? ` (${options.since})` : ""}`);
  return {
    body: await renderInWorker(docs, options.format, options.onPhase),
    contentType: CONTENT_TYPES[options.format],
    filename: `${stem}.${options.format}`,
    asciiFilename: `report-${data.plan.key.replace(/[^A-Za-z0-9._-]/g, "-")}-${options.locale}${options.since ? `-since-${options.since}` : ""}.${options.format}`,
  };
}

/** Characters no file system or browser accepts in a name, and control characters, become spaces. */
function safeFilename(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 150);
}

/**
 * RFC 6266: `filename` carries the ASCII fallback, `filename*` the real name percent-encoded as
 * UTF-8 (RFC 8187), which every current browser prefers.
 */
export function contentDisposition(report: Pick<RenderedReport, "filename" | "asciiFilename">): string {
  const encoded = encodeURIComponent(report.filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${report.asciiFilename}"; filename*=UTF-8''${encoded}`;
}

/** The report as a download: the synchronous report route and a finished job's file answer alike. */
export function reportFileResponse(report: RenderedReport): Response {
  return new Response(new Uint8Array(report.body), {
    headers: {
      "content-type": report.contentType,
      "content-disposition": contentDisposition(report),
      "content-length": String(report.body.length),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
