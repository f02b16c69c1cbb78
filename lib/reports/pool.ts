import "server-only";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { ReportDoc, ReportFormat } from "./model";
import type { RenderTask, RenderWorkerPhase } from "./worker/render-task";

// Laying out a report is CPU work (Typst's compile is a synchronous native call; docx, pptxgenjs
// and exceljs build and zip in JavaScript): done on the main thread it stalls every other
// request. It runs in a small pool of worker threads instead (docs/decisions/015-report-jobs.md).

// Resolved from the project root at run time, like the Typst template: the entry is loaded by
// Node in the worker, not bundled.
const WORKER_ENTRY = pathToFileURL(path.join(process.cwd(), "lib/reports/worker/entry.mjs")).href;

// One core stays with the main thread (requests, the database); at least one worker, and no
// more than four: a report takes well under a second, a queue is better than memory spikes.
const MAX_WORKERS = Math.min(4, Math.max(1, availableParallelism() - 1));
// A worker's first report pays for loading tsx, the renderers and Typst's fonts (about a
// second); keep it warm across a working session.
const IDLE_TIMEOUT_MS = 10 * 60_000;

// On globalThis: Next.js may evaluate this module once per route bundle, and there must be one
// pool per process.
const POOL = Symbol.for("mutabaa.reports.renderPool");
type WithPool = typeof globalThis & { [POOL]?: Piscina<RenderTask, Uint8Array> };

function renderPool(): Piscina<RenderTask, Uint8Array> {
  const scope = globalThis as WithPool;
  scope[POOL] ??= new Piscina<RenderTask, Uint8Array>({
    filename: WORKER_ENTRY,
    minThreads: 0,
    maxThreads: MAX_WORKERS,
    idleTimeout: IDLE_TIMEOUT_MS,
  });
  return scope[POOL];
}

/** `format`'s file for the report model, made in a worker thread; `onPhase` hears when it starts and when it writes. */
export async function renderInWorker(
  docs: ReportDoc[],
  format: ReportFormat,
  onPhase?: (phase: RenderWorkerPhase) => void,
): Promise<Buffer> {
  const { port1, port2 } = new MessageChannel();
  port1.on("message", (phase: RenderWorkerPhase) => onPhase?.(phase));
  try {
    const bytes = await renderPool().run({ docs, format, progress: port2 }, { transferList: [port2] });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } finally {
    port1.close();
  }
}

/** Stops the workers (scripts and tests that must exit). */
export async function closeRenderPool(): Promise<void> {
  const scope = globalThis as WithPool;
  const pool = scope[POOL];
  delete scope[POOL];
  await pool?.destroy();
}
