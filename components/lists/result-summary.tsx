import { useLocale, useTranslations } from "next-intl";
import { Num } from "@/components/ui/numbers";

/** The filter label each URL parameter is shown with. */
const LABELS = {
  q: "q",
  planId: "plan",
  pillarId: "pillar",
  meetingId: "meeting",
  status: "status",
  type: "type",
  kind: "kind",
  from: "from",
  to: "to",
  framework: "framework",
  state: "state",
  stage: "stage",
  sort: "sort",
  page: "page",
  month: "month",
} as const;

/** "42 matching records", and which filters of the link were unreadable and ignored. */
export function ResultSummary({ total, ignored }: { total: number; ignored: string[] }) {
  const t = useTranslations("lists");
  const locale = useLocale();
  const names = ignored.map((name) => (name in LABELS ? t(LABELS[name as keyof typeof LABELS]) : name));
  return (
    <div className="mb-4 flex flex-col gap-2">
      {ignored.length > 0 && (
        <p
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="ignored-filters"
        >
          {t("ignored", { names: new Intl.ListFormat(locale, { type: "conjunction" }).format(names) })}
        </p>
      )}
      <p role="status" className="text-sm font-medium text-slate-700" data-testid="result-count">
        {t.rich("results", { count: total, num: () => <Num value={total} /> })}
      </p>
    </div>
  );
}
