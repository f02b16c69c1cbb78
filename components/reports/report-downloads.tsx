import { useLocale, useTranslations } from "next-intl";
import { REPORT_FORMATS, REPORT_LOCALES } from "@/lib/reports/model";
import { REPORT_JOB_PHASES } from "@/lib/reports/schema";
import { ReportJobs, type ReportJobLabels } from "./report-jobs";

/**
 * Download the plan status report. The form is a plain GET to the report route, so it works
 * without JavaScript and the browser handles the file (name from Content-Disposition); with
 * JavaScript, ReportJobs turns a submission into a report job with progress. The report's
 * language defaults to the page's.
 */
export function ReportDownloads({ planId }: { planId: string }) {
  const t = useTranslations("report.download");
  const tJobs = useTranslations("exportJobs");
  const locale = useLocale();
  const field = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";
  const labels: ReportJobLabels = {
    titles: Object.fromEntries(
      REPORT_FORMATS.map((format) => [
        format,
        Object.fromEntries(
          REPORT_LOCALES.map((language) => [
            language,
            tJobs("jobTitle", { format: t(`formats.${format}`), language: t(`locales.${language}`) }),
          ]),
        ),
      ]),
    ) as ReportJobLabels["titles"],
    listLabel: tJobs("listLabel"),
    keepWorking: tJobs("keepWorking"),
    phases: Object.fromEntries(
      (["starting", ...REPORT_JOB_PHASES] as const).map((phase) => [phase, tJobs(`phases.${phase}`)]),
    ) as ReportJobLabels["phases"],
    download: tJobs("download"),
    retry: tJobs("retry"),
    dismiss: tJobs("dismiss"),
  };
  return (
    <section
      aria-labelledby="report-downloads"
      className="mt-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
      data-testid="report-downloads"
      data-print="hide"
    >
      <h2 id="report-downloads" className="w-full text-sm font-semibold text-brand-900">
        {t("title")}
      </h2>
      <ReportJobs planId={planId} action={`/api/v1/plans/${planId}/report`} labels={labels}>
        <label className="flex flex-col gap-1 text-xs text-slate-700">
          {t("format")}
          <select name="format" defaultValue="pdf" className={field}>
            {REPORT_FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`formats.${format}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-700">
          {t("language")}
          <select name="locale" defaultValue={locale} className={field}>
            {REPORT_LOCALES.map((value) => (
              <option key={value} value={value}>
                {t(`locales.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-700">
          {t("since")}
          {/* Left empty, the browser still sends `since=`; the route reads that as "the whole report". */}
          <input type="date" name="since" className={field} />
        </label>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-900"
        >
          {t("submit")}
        </button>
      </ReportJobs>
    </section>
  );
}
