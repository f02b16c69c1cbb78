import { z } from "zod";
import { ERROR_CODES } from "@/lib/errors";
import { REPORT_FORMATS, REPORT_LOCALES, ReportQuery, type ReportFormat } from "./model";

// Report jobs (docs/decisions/015-report-jobs.md): what starting one takes, and what its status
// answer holds (for the OpenAPI document; lib/reports/jobs.ts builds the DTO).

/** The media type of each format's file (CSV is served with `; charset=utf-8`). */
export const REPORT_MEDIA_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
} as const satisfies Record<ReportFormat, string>;

/** POST /api/v1/plans/{id}/report-jobs: the same choices as the report route's query. */
export const ReportJobInput = z.strictObject(ReportQuery.shape).meta({ id: "ReportJobInput" });
export type ReportJobInput = z.output<typeof ReportJobInput>;

export const REPORT_JOB_STATUSES = ["queued", "running", "done", "failed"] as const;
export type ReportJobStatus = (typeof REPORT_JOB_STATUSES)[number];

/** Finer than the status, for the progress bar: where a running job is. */
export const REPORT_JOB_PHASES = ["queued", "loading", "layout", "writing", "done", "failed"] as const;
export type ReportJobPhase = (typeof REPORT_JOB_PHASES)[number];

export const ReportJobSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(REPORT_JOB_STATUSES),
    phase: z.enum(REPORT_JOB_PHASES).meta({
      description:
        "queued; loading (reading the plan's data); layout (laying out the report); writing (writing the file); done; failed.",
    }),
    progress: z.number().min(0).max(1).meta({ description: "From 0 to 1, by phase." }),
    format: z.enum(REPORT_FORMATS),
    locale: z.enum(REPORT_LOCALES),
    since: z.iso.date().nullable(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable().meta({ description: "When a finished job and its file are forgotten." }),
    fileUrl: z.string().nullable().meta({ description: "Where the file is, once the job is done." }),
    filename: z.string().nullable(),
    error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).nullable(),
  })
  .meta({ id: "ReportJob" });
