import type { ReportDoc, ReportFormat } from "./model";
import { renderCsv } from "./render-csv";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";
import { renderPptx } from "./render-pptx";
import { renderXlsx } from "./render-xlsx";

// The layout step alone, without the database: what a render worker runs
// (lib/reports/worker/render-task.ts), so it must not import server-only modules or Prisma.

/**
 * The report model laid out in `format`. `onWriting` is called when the layout is done and the
 * file itself is being written (Typst's PDF export, the office formats' zip packing).
 */
export function renderFormat(docs: ReportDoc[], format: ReportFormat, onWriting?: () => void): Promise<Buffer> {
  switch (format) {
    case "pdf":
      return Promise.resolve(renderPdf(docs, onWriting));
    case "docx":
      return renderDocx(docs, onWriting);
    case "pptx":
      return renderPptx(docs, onWriting);
    case "xlsx":
      return renderXlsx(docs, onWriting);
    case "csv":
      onWriting?.();
      return Promise.resolve(renderCsv(docs));
  }
}
