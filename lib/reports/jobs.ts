import "server-only";
import { randomUUID } from "node:crypto";
import { errorMessage } from "@/lib/i18n/error-messages";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, notFound, type ErrorCode } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { isReportablePlan } from "./data";
import { renderPlanReport, type RenderedReport, type ReportPhase } from "./render";
import type { ReportJobInput, ReportJobPhase, ReportJobStatus } from "./schema";

// Report jobs (docs/decisions/015-report-jobs.md): the report made in the background while the
// page polls its progress. Jobs live in this process's memory: Mutabaa runs as one server
// process (`npm start`), and a job is worth nothing after a restart (its caller starts another).
// A job is its starter's alone: every read checks the owner and answers 404 to anyone else, as
// for a record out of scope.

/** A finished job and its file are kept this long, then forgotten. */
export const REPORT_JOB_TTL_MS = 15 * 60_000;
/** Unfinished jobs one viewer may have at a time: per account, or per client address for anonymous visitors. */
export const MAX_ACTIVE_JOBS = 3;
/** Finished jobs kept per viewer within the TTL, oldest dropped first. */
const MAX_KEPT_JOBS = 10;

/** What the progress bar shows for each phase: a job's phases, not a measure of time. */
const PHASE_PROGRESS: Record<Exclude<ReportJobPhase, "failed">, number> = {
  queued: 0,
  loading: 0.1,
  layout: 0.35,
  writing: 0.8,
  done: 1,
};

interface ReportJob {
  id: string;
  owner: string;
  /** Whose allowance the job uses while unfinished: the account, or the anonymous client's address. */
  allowance: string;
  planId: string;
  input: ReportJobInput;
  status: ReportJobStatus;
  phase: ReportJobPhase;
  progress: number;
  createdAt: Date;
  finishedAt: Date | null;
  report: RenderedReport | null;
  error: ErrorCode | null;
}

export interface ReportJobDto {
  id: string;
  status: ReportJobStatus;
  phase: ReportJobPhase;
  progress: number;
  format: ReportJobInput["format"];
  locale: ReportJobInput["locale"];
  since: string | null;
  createdAt: string;
  expiresAt: string | null;
  fileUrl: string | null;
  filename: string | null;
  error: { code: ErrorCode; message: string } | null;
}

// On globalThis: Next.js may evaluate this module once per route bundle, and the route that
// starts a job and the one that reads it must see the same jobs.
const JOBS = Symbol.for("mutabaa.reports.jobs");
function jobs(): Map<string, ReportJob> {
  const scope = globalThis as typeof globalThis & { [JOBS]?: Map<string, ReportJob> };
  return (scope[JOBS] ??= new Map());
}

function ownerOf(viewer: Viewer): string {
  return viewer.kind === "user" ? `user:${viewer.userId}` : "anonymous";
}

const isActive = (job: ReportJob) => job.status === "queued" || job.status === "running";

function forgetExpired(now = Date.now()): void {
  for (const [id, job] of jobs()) {
    if (job.finishedAt && now - job.finishedAt.getTime() >= REPORT_JOB_TTL_MS) jobs().delete(id);
  }
}

function forgetOldestFinished(owner: string): void {
  const finished = [...jobs().values()]
    .filter((job) => job.owner === owner && !isActive(job))
    .sort((a, b) => a.finishedAt!.getTime() - b.finishedAt!.getTime());
  for (const job of finished.slice(0, Math.max(0, finished.length - MAX_KEPT_JOBS))) jobs().delete(job.id);
}

/**
 * Queues `planId`'s report for the viewer and answers at once; the report is made in the
 * background (data on this thread, layout in a render worker). 404 when the viewer may not read
 * the plan; 429 when they already have MAX_ACTIVE_JOBS unfinished. `clientAddress` (from
 * lib/http/client-address.ts) keeps one anonymous visitor from using up everyone's allowance.
 */
export async function startReportJob(
  viewer: Viewer,
  planId: string,
  input: ReportJobInput,
  locale: Locale,
  clientAddress: string | null = null,
): Promise<ReportJobDto> {
  forgetExpired();
  if (!(await isReportablePlan(viewer, planId))) throw notFound();
  const owner = ownerOf(viewer);
  const allowance = viewer.kind === "user" ? owner : `address:${clientAddress ?? "unknown"}`;
  const active = [...jobs().values()].filter((job) => job.allowance === allowance && isActive(job)).length;
  if (active >= MAX_ACTIVE_JOBS) throw new AppError("rate_limited", { retryAfterSeconds: 5 });
  const job: ReportJob = {
    id: randomUUID(),
    owner,
    allowance,
    planId,
    input,
    status: "queued",
    phase: "queued",
    progress: PHASE_PROGRESS.queued,
    createdAt: new Date(),
    finishedAt: null,
    report: null,
    error: null,
  };
  jobs().set(job.id, job);
  forgetOldestFinished(owner);
  // After the answer: the caller sees the job queued, then polls.
  setImmediate(() => void run(job, viewer));
  return toDto(job, locale);
}

async function run(job: ReportJob, viewer: Viewer): Promise<void> {
  job.status = "running";
  const advance = (phase: ReportPhase) => {
    // A worker's "writing" message may arrive after its result: never go back.
    if (job.status !== "running" || PHASE_PROGRESS[phase] < job.progress) return;
    job.phase = phase;
    job.progress = PHASE_PROGRESS[phase];
  };
  try {
    const report = await renderPlanReport(viewer, job.planId, { ...job.input, onPhase: advance });
    // The plan was deleted, or made unreadable, after the job was queued.
    if (!report) return fail(job, "not_found");
    job.report = report;
    job.status = "done";
    job.phase = "done";
    job.progress = PHASE_PROGRESS.done;
    job.finishedAt = new Date();
  } catch (error) {
    console.error("Report job failed", job.id, error);
    fail(job, "internal");
  }
}

function fail(job: ReportJob, code: ErrorCode): void {
  job.status = "failed";
  job.phase = "failed";
  job.error = code;
  job.finishedAt = new Date();
}

function readableJob(viewer: Viewer, jobId: string): ReportJob | null {
  forgetExpired();
  const job = jobs().get(jobId);
  return job && job.owner === ownerOf(viewer) ? job : null;
}

/** The job's status for the viewer who started it; null (404) for anyone else or once forgotten. */
export function getReportJob(viewer: Viewer, jobId: string, locale: Locale): ReportJobDto | null {
  const job = readableJob(viewer, jobId);
  return job ? toDto(job, locale) : null;
}

/** The finished job's file for the viewer who started it; null (404) otherwise, and while it is not done. */
export function getReportJobFile(viewer: Viewer, jobId: string): RenderedReport | null {
  return readableJob(viewer, jobId)?.report ?? null;
}

function toDto(job: ReportJob, locale: Locale): ReportJobDto {
  return {
    id: job.id,
    status: job.status,
    phase: job.phase,
    progress: job.progress,
    format: job.input.format,
    locale: job.input.locale,
    since: job.input.since ?? null,
    createdAt: job.createdAt.toISOString(),
    expiresAt: job.finishedAt ? new Date(job.finishedAt.getTime() + REPORT_JOB_TTL_MS).toISOString() : null,
    fileUrl: job.report ? `/api/v1/report-jobs/${job.id}/file` : null,
    filename: job.report?.filename ?? null,
    error: job.error ? { code: job.error, message: errorMessage(job.error, locale) } : null,
  };
}
