"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { ApiFailure } from "@/lib/api/client";
import type { ErrorShape } from "@/lib/errors";
import { QueryProvider } from "@/components/providers/query-provider";
import { buttonBase, buttonTones } from "@/components/ui/form/button-styles";
import { Percent } from "@/components/ui/numbers";
import type { ReportFormat, ReportLocale } from "@/lib/reports/model";
import type { ReportJobPhase } from "@/lib/reports/schema";
import { fetchReportJob, startReportJob, type ReportChoice, type ReportJobDto } from "./report-jobs-api";

// The download form, enhanced: with JavaScript a submission starts a report job and the page
// shows its progress, then downloads the file; without, the same form is a plain GET to the
// report route. Several reports can be under way while the reader keeps working on the page.

export interface ReportJobLabels {
  /** "Status report as PDF (Arabic)", per format and language. */
  titles: Record<ReportFormat, Record<ReportLocale, string>>;
  listLabel: string;
  keepWorking: string;
  phases: Record<ReportJobPhase | "starting", string>;
  download: string;
  retry: string;
  dismiss: string;
}

interface Entry {
  key: number;
  choice: ReportChoice;
  job: ReportJobDto | null;
  /** Why the job could not be started (null: the server was not reached). */
  startError: ErrorShape | null | undefined;
}

const POLL_MS = 500;
const isActive = (job: ReportJobDto | null | undefined) => job?.status === "queued" || job?.status === "running";

export function ReportJobs({
  planId,
  action,
  labels,
  children,
}: {
  planId: string;
  action: string;
  labels: ReportJobLabels;
  children: ReactNode;
}) {
  const locale = useLocale();
  const [entries, setEntries] = useState<Entry[]>([]);
  const nextKey = useRef(0);

  async function begin(choice: ReportChoice, replacing?: number) {
    const key = nextKey.current++;
    const entry: Entry = { key, choice, job: null, startError: undefined };
    setEntries((current) =>
      replacing === undefined ? [entry, ...current] : current.map((e) => (e.key === replacing ? entry : e)),
    );
    const update = (change: Partial<Entry>) =>
      setEntries((current) => current.map((e) => (e.key === key ? { ...e, ...change } : e)));
    try {
      update({ job: await startReportJob(planId, choice, locale) });
    } catch (failure) {
      update({ startError: failure instanceof ApiFailure ? failure.error : null });
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const since = String(form.get("since") ?? "");
    void begin({
      format: form.get("format") as ReportFormat,
      locale: form.get("locale") as ReportLocale,
      ...(since ? { since } : {}),
    });
  }

  return (
    <QueryProvider>
      <form method="get" action={action} onSubmit={submit} className="flex flex-wrap items-end gap-3">
        {children}
      </form>
      {entries.length > 0 && (
        <div className="w-full">
          <p className="text-xs text-slate-700">{labels.keepWorking}</p>
          <ul aria-label={labels.listLabel} className="mt-2 space-y-2" data-testid="report-jobs">
            {entries.map((entry) => (
              <JobRow
                key={entry.key}
                entry={entry}
                labels={labels}
                onRetry={() => void begin(entry.choice, entry.key)}
                onDismiss={() => setEntries((current) => current.filter((e) => e.key !== entry.key))}
              />
            ))}
          </ul>
        </div>
      )}
    </QueryProvider>
  );
}

function JobRow({
  entry,
  labels,
  onRetry,
  onDismiss,
}: {
  entry: Entry;
  labels: ReportJobLabels;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  const locale = useLocale();
  const jobId = entry.job?.id;
  const query = useQuery({
    queryKey: ["report-job", jobId],
    queryFn: () => fetchReportJob(jobId!, locale),
    enabled: jobId !== undefined,
    initialData: entry.job ?? undefined,
    refetchInterval: (q) => (isActive(q.state.data) ? POLL_MS : false),
  });
  const job = query.data ?? null;
  const pollError = query.error instanceof ApiFailure ? query.error.error : query.isError ? null : undefined;
  const error = entry.startError !== undefined ? entry.startError : job?.status === "failed" ? job.error : pollError;
  const failed = error !== undefined;
  const phase: ReportJobPhase | "starting" = failed ? "failed" : (job?.phase ?? "starting");
  const progress = job && !failed ? job.progress : 0;
  const title = labels.titles[entry.choice.format][entry.choice.locale];

  // Offer the file as soon as it is ready, once: the browser downloads it (the server names it).
  const downloaded = useRef(false);
  const fileUrl = job?.status === "done" ? job.fileUrl : null;
  useEffect(() => {
    if (!fileUrl || downloaded.current) return;
    downloaded.current = true;
    const link = document.createElement("a");
    link.href = fileUrl;
    link.download = "";
    document.body.append(link);
    link.click();
    link.remove();
  }, [fileUrl]);

  return (
    <li className="rounded-md border border-slate-200 bg-white p-3" data-testid="report-job">
      <p className="text-sm font-medium text-slate-900">{title}</p>
      <div
        role="progressbar"
        aria-label={title}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
        aria-valuetext={labels.phases[phase]}
        className="mt-2 h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full transition-[width] ${failed ? "bg-rose-700" : "bg-brand-600"}`}
          style={{ width: `${Math.round(progress * 100)}%` }}
        />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
        {/* A live region: screen readers hear each phase as the job moves on. */}
        <p role="status" className={failed ? "text-rose-800" : "text-slate-700"}>
          {labels.phases[phase]}
          {!failed && phase !== "done" && (
            <>
              {" "}
              <span className="tabular-nums">
                <Percent value={progress} />
              </span>
            </>
          )}
          {error && <> {error.message}</>}
        </p>
        {fileUrl && (
          <a
            href={fileUrl}
            download
            className="font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900"
          >
            {labels.download}
          </a>
        )}
        {failed && (
          <button type="button" onClick={onRetry} className={`${buttonBase} ${buttonTones.secondary} px-3 py-1`}>
            {labels.retry}
          </button>
        )}
        {!isActive(job) && (job || failed) && (
          <button type="button" onClick={onDismiss} className={`${buttonBase} ${buttonTones.ghost} px-3 py-1`}>
            {labels.dismiss}
          </button>
        )}
      </div>
    </li>
  );
}
