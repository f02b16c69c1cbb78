"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/form/buttons";
import type { Failure } from "./use-status-update";

/** "Saving…" and "Saved", announced politely. */
export function StatusFeedback({ pending, saved }: { pending: boolean; saved: boolean }) {
  const t = useTranslations("editing");
  return (
    <div aria-live="polite" className="basis-full empty:hidden">
      {pending && <p className="text-xs text-slate-600">{t("saving")}</p>}
      {saved && !pending && (
        <p className="text-xs text-emerald-800" data-testid="quick-status-saved">
          {t("statusSaved")}
        </p>
      )}
    </div>
  );
}

/** Why the change was rolled back, with a retry that reopens the dialog on the user's draft. */
export function FailureAlert({
  failure,
  onRetry,
  onDismiss,
}: {
  failure: Failure;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  const t = useTranslations("editing");
  return (
    <div
      role="alert"
      className="basis-full rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950"
      data-testid="quick-status-error"
    >
      <p>{failure.message}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button tone="secondary" className="px-2.5 py-1 text-xs" onClick={onRetry}>
          {t("retry")}
        </Button>
        <Button tone="ghost" className="px-2.5 py-1 text-xs" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      </div>
    </div>
  );
}
