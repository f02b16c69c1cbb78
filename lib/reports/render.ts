import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getReportData } from "./data";
import { buildReport, type ReportFormat, type ReportLocale } from "./model";
import { renderCsv } from "./render-csv";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";
import { renderPptx } from "./render-pptx";
import { renderXlsx } from "./render-xlsx";

// One entry point for the route and the benchmark: load once, build the model once, lay it out
// in the asked format, and name the file in the report's language.

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

export interface RenderedReport {
  body: Buffer;
  contentType: string;
  /** In the report's (first) language, e.g. "تقرير المتابعة - خطة عمل … 2022-2023.pdf". */
  filename: string;
  /** ASCII-only fallback for clients without RFC 6266 `filename*`. */
  asciiFilename: string;
}

export function renderFormat(docs: Parameters<typeof renderPdf>[0], format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case "pdf":
      return Promise.resolve(renderPdf(docs));
    case "docx":
      return renderDocx(docs);
    case "pptx":
      return renderPptx(docs);
    case "xlsx":
      return renderXlsx(docs);
    case "csv":
      return Promise.resolve(renderCsv(docs));
  }
}

/** The plan's report, or null when the viewer may not read the plan (the route answers 404). */
export async function renderPlanReport(
  viewer: Viewer,
  planId: string,
  options: { format: ReportFormat; locale: ReportLocale; since?: string; now?: Date },
): Promise<RenderedReport | null> {
  const data = await getReportData(viewer, planId, { since: options.since });
  if (!data) return null;
  const docs = buildReport(data, options);
  const first = docs[0]!;
  const stem = safeFilename(`${first.labels.filename} - ${first.title}${options.since ? ` (${options.since})` : ""}`);
  return {
    body: await renderFormat(docs, options.format),
    contentType: CONTENT_TYPES[options.format],
    filename: `${stem}.${options.format}`,
    asciiFilename: `report-${data.plan.key.replace(/[^A-Za-z0-9._-]/g, "-")}-${options.locale}${options.since ? `-since-${options.since}` : ""}.${options.format}`,
  };
}

/** Characters no file system or browser accepts in a name, and control characters, become spaces. */
function safeFilename(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 150);
}

/**
 * RFC 6266: `filename` carries the ASCII fallback, `filename*` the real name percent-encoded as
 * UTF-8 (RFC 8187), which every current browser prefers.
 */
export function contentDisposition(report: Pick<RenderedReport, "filename" | "asciiFilename">): string {
  const encoded = encodeURIComponent(report.filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${report.asciiFilename}"; filename*=UTF-8''${encoded}`;
}
