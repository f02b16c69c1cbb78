"use client";

import { useTranslations } from "next-intl";
import type { FormEvent, RefObject } from "react";
import { Button } from "@/components/ui/form/buttons";
import { buttonBase, buttonTones } from "@/components/ui/form/button-styles";
import { controlClass, ErrorText } from "@/components/ui/form/fields";
import { ACTIVITY_STATUSES } from "@/lib/enums";
import type { ActivityStatus } from "../activity-status-api";
import { withStatus, type Draft, type DraftErrors } from "./draft";

/** The dialog's form: status, progress and an optional note. The caller holds the draft. */
export function StatusDialog({
  dialogRef,
  idPrefix: ids,
  title,
  draft,
  errors,
  setDraft,
  progressTouched,
  setProgressTouched,
  onSubmit,
  onClose,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  idPrefix: string;
  title: string;
  /** Null until the dialog is first opened. */
  draft: Draft | null;
  /** What was refused, said beside its field. */
  errors: DraftErrors;
  setDraft: (draft: Draft) => void;
  /** Whether the user set the progress themselves (then choosing "completed" leaves it). */
  progressTouched: boolean;
  setProgressTouched: (touched: boolean) => void;
  onSubmit: (draft: Draft) => void;
  onClose: () => void;
}) {
  const t = useTranslations("editing");
  const tStatus = useTranslations("activityStatus");
  const tFields = useTranslations("fieldNames");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft) onSubmit(draft);
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      data-testid="quick-status-dialog"
    >
      {draft && (
        <form onSubmit={submit} className="flex flex-col gap-4 p-5" noValidate>
          <div>
            <h2 id={`${ids}-title`} className="text-lg font-semibold text-brand-900">
              {t("updateStatus")}
            </h2>
            <p className="mt-1 text-sm text-slate-700">{title}</p>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="flex flex-col gap-1">
              <label htmlFor={`${ids}-status`} className="text-sm font-medium text-slate-800">
                {tFields("status")}
              </label>
              <select
                id={`${ids}-status`}
                value={draft.status}
                onChange={(e) => setDraft(withStatus(draft, e.currentTarget.value as ActivityStatus, progressTouched))}
                className={controlClass}
              >
                {ACTIVITY_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {tStatus(value)}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={`${ids}-progress`} className="text-sm font-medium text-slate-800">
                {t("progressPercent")}
              </label>
              <input
                id={`${ids}-progress`}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={5}
                value={draft.progress}
                onChange={(e) => {
                  setProgressTouched(true);
                  setDraft({ ...draft, progress: e.currentTarget.value });
                }}
                aria-invalid={errors.progress ? true : undefined}
                aria-describedby={errors.progress ? `${ids}-progress-error` : undefined}
                className={controlClass}
                data-testid="quick-status-progress"
              />
              <ErrorText id={`${ids}-progress`} messages={errors.progress ?? []} />
            </div>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${ids}-note`} className="text-sm font-medium text-slate-800">
              {t("statusNote")}
            </label>
            <textarea
              id={`${ids}-note`}
              rows={3}
              maxLength={2000}
              dir="auto"
              value={draft.note}
              onChange={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
              aria-describedby={`${ids}-note-hint${errors.note ? ` ${ids}-note-error` : ""}`}
              aria-invalid={errors.note ? true : undefined}
              className={controlClass}
            />
            <ErrorText id={`${ids}-note`} messages={errors.note ?? []} />
            <p id={`${ids}-note-hint`} className="text-xs text-slate-600">
              {t("statusNoteHint")}
            </p>
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="submit" className={`${buttonBase} ${buttonTones.primary}`} data-testid="quick-status-save">
              {t("save")}
            </button>
            <Button tone="secondary" onClick={() => dialogRef.current?.close()}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}
