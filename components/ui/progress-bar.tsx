import { useTranslations } from "next-intl";

/** Bar and text: the text carries the value (the bar is decoration), and the bar fills from the inline start. */
export function ProgressBar({ value }: { value: number }) {
  const t = useTranslations("common");
  const clamped = Math.min(100, Math.max(0, Math.round(value)));
  return (
    <div className="flex items-center gap-2">
      <div aria-hidden="true" className="h-2 w-24 shrink-0 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${clamped}%` }} />
      </div>
      <span className="text-xs text-slate-700 tabular-nums sm:min-w-28">{t("progress", { value: clamped })}</span>
    </div>
  );
}
