import type { MessagePort } from "node:worker_threads";
import type { ReportDoc, ReportFormat } from "../model";
import { renderFormat } from "../render-format";

// What one render worker does with one task (docs/decisions/015-report-jobs.md): lay out the
// report model the main thread built, and tell it through `progress` when the file is being
// written. Runs in a worker thread, so nothing here may import server-only code or Prisma.

export type RenderWorkerPhase = "layout" | "writing";

export interface RenderTask {
  docs: ReportDoc[];
  format: ReportFormat;
  progress: MessagePort;
}

export async function renderTask({ docs, format, progress }: RenderTask): Promise<Uint8Array> {
  const tell = (phase: RenderWorkerPhase) => progress.postMessage(phase);
  try {
    tell("layout");
    return await renderFormat(docs, format, () => tell("writing"));
  } finally {
    progress.close();
  }
}
