import { useLocale, useTranslations } from "next-intl";
import { REPORT_FORMATS, REPORT_LOCALES } from "@/lib/reports/model";

/**
 * Download the plan status report: a plain GET form to the report route, so it works without
 * JavaScript and the browser handles the file (name from Content-Disposition). The report's
 * language defaults to the page's.
 */
export function ReportDownloads({ planId }: { planId: string }) {
  const t = useTranslations("report.download");
  const locale = useLocale();
  const field = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";
  return (
    <form
      method="get"
      action={`/api/v1/plans/${planId}/report`}
      className="mt-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
      aria-labelledby="report-downloads"
      data-testid="report-downloads"
    >
      <h2 id="report-downloads" className="w-full text-sm font-semibold text-brand-900">
        {t("title")}
      </h2>
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
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-900">
        {t("submit")}
      </button>
    </form>
  );
}
