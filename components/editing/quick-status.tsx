"use client";

import { useFormatDateTime } from "@/components/ui/dates";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/form/buttons";
import { buttonBase, buttonTones } from "@/components/ui/form/button-styles";
import { controlClass, ErrorText } from "@/components/ui/form/fields";
import { useValidationMessage } from "@/components/ui/form/form-context";
import { Progress, StatusNote } from "@/lib/activities/schema";
import { fieldErrorsFrom } from "@/lib/errors";
import { Field } from "@/components/ui/layout";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ActivityStatusBadge } from "@/components/ui/status-badges";
import {
  ApiFailure,
  fetchActivityStatus,
  patchActivityStatus,
  type ActivityStatus,
  type StatusChange,
  type StatusSnapshot,
} from "./activity-status-api";
import { ACTIVITY_STATUSES } from "./enums";

// The secretariat's quick status update, in place on the plan's and the activity's pages: status,
// progress and an optional note in one small dialog. The badge and the bar change at once
// (optimistic update in TanStack Query's cache); if the server refuses, they go back and a
// message says why, the user's input kept for another try. The server decides: this control is
// only shown to roles that may update activities, and the API checks again.

const keyOf = (activityId: string) => ["activity-status", activityId] as const;

/** The activity's status as the page knows it, kept in step with the server's rendering. */
function useStatus(activityId: string, initial: StatusSnapshot) {
  const locale = useLocale();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: keyOf(activityId),
    queryFn: () => fetchActivityStatus(activityId, locale),
    initialData: initial,
  });
  // After router.refresh() the server renders newer values: adopt them.
  useEffect(() => {
    const cached = client.getQueryData<StatusSnapshot>(keyOf(activityId));
    if (!cached || initial.version > cached.version) client.setQueryData(keyOf(activityId), initial);
  }, [client, activityId, initial]);
  return query.data;
}

/** The status badge, following optimistic changes made elsewhere on the page. */
export function LiveStatusBadge({ activityId, initial }: { activityId: string; initial: StatusSnapshot }) {
  return <ActivityStatusBadge status={useStatus(activityId, initial).status} />;
}

interface Draft {
  status: ActivityStatus;
  progress: string;
  note: string;
}

interface Failure {
  message: string;
  draft: Draft;
}

/** Messages shown beside the dialog's fields, which stays open while there are any. */
interface DraftErrors {
  progress?: string[];
  note?: string[];
}

/**
 * Badge, progress bar and the "update status" button with its dialog. `layout="row"` fits an
 * activity row of the plan's page; `layout="fields"` gives the Status and Progress entries of
 * the activity's details list.
 */
export function QuickStatus({
  activityId,
  title,
  initial,
  layout,
}: {
  activityId: string;
  /** The activity's title in the page's language, for the button's and dialog's names. */
  title: string;
  initial: StatusSnapshot;
  layout: "row" | "fields";
}) {
  const t = useTranslations("editing");
  const tErrors = useTranslations("errors");
  const tStatus = useTranslations("activityStatus");
  const tFields = useTranslations("fieldNames");
  const locale = useLocale();
  const formatAt = useFormatDateTime();
  const router = useRouter();
  const client = useQueryClient();
  const current = useStatus(activityId, initial);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [progressTouched, setProgressTouched] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [draftErrors, setDraftErrors] = useState<DraftErrors>({});
  const validationMessage = useValidationMessage();
  const [saved, setSaved] = useState(false);
  /** What the user asked for in the last submission, put back in the dialog after a refusal. */
  const lastDraft = useRef<Draft | null>(null);

  const mutation = useMutation({
    mutationFn: (change: StatusChange) => patchActivityStatus(activityId, change, locale),
    onMutate: async (change) => {
      const key = keyOf(activityId);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<StatusSnapshot>(key);
      if (previous) {
        client.setQueryData<StatusSnapshot>(key, {
          ...previous,
          status: change.status ?? previous.status,
          progress: change.progress ?? previous.progress,
        });
      }
      setFailure(null);
      setSaved(false);
      return { previous };
    },
    onError: (error, _change, context) => {
      // Roll back, and say why.
      if (context?.previous) client.setQueryData(keyOf(activityId), context.previous);
      const kept = lastDraft.current;
      // A refused value goes back into the dialog, beside its field, not into a banner.
      const fields = error instanceof ApiFailure && error.error?.code === "validation" ? error.error.fields : undefined;
      if (fields && (fields.progress || fields.note)) {
        open(kept ?? fromSnapshot(context?.previous ?? initial), { progress: fields.progress, note: fields.note });
        return;
      }
      setFailure({ message: failureMessage(error), draft: kept ?? fromSnapshot(context?.previous ?? initial) });
      // After a conflict, show what the record is now (and use its version for the next try).
      if (error instanceof ApiFailure && error.error?.code === "conflict") {
        void client.invalidateQueries({ queryKey: keyOf(activityId) });
      }
    },
    onSuccess: (next) => {
      client.setQueryData(keyOf(activityId), next);
      lastDraft.current = null;
      setSaved(true);
      // The timeline and the other parts of the page are rendered by the server.
      router.refresh();
    },
  });

  function failureMessage(error: unknown): string {
    if (!(error instanceof ApiFailure) || !error.error) return t("rollback", { reason: t("networkError") });
    const shape = error.error;
    if (shape.code === "conflict" && shape.conflict) {
      const { changedBy, changedAt } = shape.conflict;
      const at = changedAt ? formatAt(changedAt) : null;
      const reason =
        changedBy && at ? t("conflict", { by: changedBy, at }) : at ? t("conflictAt", { at }) : t("conflictUnknown");
      return t("rollbackConflict", { reason });
    }
    const field = shape.fields ? Object.keys(shape.fields)[0] : undefined;
    const reason =
      field && tFields.has(field as never)
        ? `${tErrors(shape.code)} (${tFields(field as never)})`
        : tErrors(shape.code);
    return t("rollback", { reason });
  }

  function open(from?: Draft, errors: DraftErrors = {}) {
    setDraftErrors(errors);
    setDraft(from ?? fromSnapshot(current));
    setProgressTouched(Boolean(from));
    setSaved(false);
    dialog.current?.showModal();
  }

  function close() {
    dialog.current?.close();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft) return;
    const change: StatusChange = { version: current.version };
    if (draft.status !== current.status) change.status = draft.status;
    const progress = Number(draft.progress);
    if (draft.progress.trim() !== "" && Number.isInteger(progress) && progress !== current.progress)
      change.progress = progress;
    else if (draft.progress.trim() !== "" && !Number.isInteger(progress)) change.progress = Number.NaN;
    const note = draft.note.trim();
    if (note) change.note = note;
    // The shared schemas first: what they refuse is said beside the field, the dialog open.
    const progressCheck = change.progress === undefined ? null : Progress.safeParse(change.progress);
    const noteCheck = change.note === undefined ? null : StatusNote.safeParse(change.note);
    const errors: DraftErrors = {};
    if (progressCheck && !progressCheck.success) {
      errors.progress = Object.values(fieldErrorsFrom(progressCheck.error)).flat().map(validationMessage);
    }
    if (noteCheck && !noteCheck.success) {
      errors.note = Object.values(fieldErrorsFrom(noteCheck.error)).flat().map(validationMessage);
    }
    setDraftErrors(errors);
    if (errors.progress || errors.note) return;
    lastDraft.current = draft;
    close();
    if (change.status === undefined && change.progress === undefined && !change.note) return;
    mutation.mutate(change);
  }

  const statusLabel = t("updateStatusOf", { title });
  const trigger = (
    <button
      ref={opener}
      type="button"
      onClick={() => open()}
      aria-label={statusLabel}
      aria-haspopup="dialog"
      className={`${buttonBase} ${buttonTones.secondary} px-2.5 py-1 text-xs`}
      data-testid="quick-status-open"
    >
      <PencilIcon />
      <span className={layout === "row" ? "sr-only sm:not-sr-only" : ""}>{t("updateStatus")}</span>
    </button>
  );

  const feedback = (
    <div aria-live="polite" className="basis-full empty:hidden">
      {mutation.isPending && <p className="text-xs text-slate-600">{t("saving")}</p>}
      {saved && !mutation.isPending && (
        <p className="text-xs text-emerald-800" data-testid="quick-status-saved">
          {t("statusSaved")}
        </p>
      )}
    </div>
  );

  const alert = failure && (
    <div
      role="alert"
      className="basis-full rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950"
      data-testid="quick-status-error"
    >
      <p>{failure.message}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button tone="secondary" className="px-2.5 py-1 text-xs" onClick={() => open(failure.draft)}>
          {t("retry")}
        </Button>
        <Button tone="ghost" className="px-2.5 py-1 text-xs" onClick={() => setFailure(null)}>
          {t("dismiss")}
        </Button>
      </div>
    </div>
  );

  const dialogElement = (
    <dialog
      ref={dialog}
      aria-labelledby={`${ids}-title`}
      onClose={() => opener.current?.focus()}
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
                onChange={(e) => {
                  const status = e.currentTarget.value as ActivityStatus;
                  // Marking it completed means done, unless the user set the progress themselves.
                  setDraft({
                    ...draft,
                    status,
                    progress: status === "completed" && !progressTouched ? "100" : draft.progress,
                  });
                }}
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
                aria-invalid={draftErrors.progress ? true : undefined}
                aria-describedby={draftErrors.progress ? `${ids}-progress-error` : undefined}
                className={controlClass}
                data-testid="quick-status-progress"
              />
              <ErrorText id={`${ids}-progress`} messages={draftErrors.progress ?? []} />
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
              aria-describedby={`${ids}-note-hint${draftErrors.note ? ` ${ids}-note-error` : ""}`}
              aria-invalid={draftErrors.note ? true : undefined}
              className={controlClass}
            />
            <ErrorText id={`${ids}-note`} messages={draftErrors.note ?? []} />
            <p id={`${ids}-note-hint`} className="text-xs text-slate-600">
              {t("statusNoteHint")}
            </p>
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="submit" className={`${buttonBase} ${buttonTones.primary}`} data-testid="quick-status-save">
              {t("save")}
            </button>
            <Button tone="secondary" onClick={close}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );

  if (layout === "fields") {
    return (
      <>
        <Field label={tFields("status")}>
          <div className="flex flex-wrap items-center gap-3">
            <span data-testid="quick-status-badge">
              <ActivityStatusBadge status={current.status} />
            </span>
            {trigger}
            {feedback}
            {alert}
          </div>
          {dialogElement}
        </Field>
        <Field label={tFields("progress")}>
          <ProgressBar value={current.progress} />
        </Field>
      </>
    );
  }
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end" data-testid="quick-status">
      <div className="flex flex-wrap items-center gap-3 sm:flex-nowrap">
        <span className="sm:flex sm:w-28 sm:justify-end" data-testid="quick-status-badge">
          <ActivityStatusBadge status={current.status} />
        </span>
        <ProgressBar value={current.progress} />
        {trigger}
      </div>
      {feedback}
      {alert && <div className="sm:max-w-sm">{alert}</div>}
      {dialogElement}
    </div>
  );
}

function fromSnapshot(snapshot: StatusSnapshot): Draft {
  return { status: snapshot.status, progress: String(snapshot.progress), note: "" };
}

function PencilIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 shrink-0 rtl:-scale-x-100">
      <path
        d="M11.2 2.3a1.5 1.5 0 0 1 2.1 2.1L5.6 12.1 2.5 13l.9-3.1 7.8-7.6Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
