"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { buttonBase, buttonTones } from "@/components/ui/form/button-styles";
import { useValidationMessage } from "@/components/ui/form/form-context";
import { Field } from "@/components/ui/layout";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ActivityStatusBadge } from "@/components/records/status-badges";
import { Progress, StatusNote } from "@/lib/activities/schema";
import { fieldErrorsFrom } from "@/lib/errors";
import type { StatusSnapshot } from "./activity-status-api";
import { changeFrom, fromSnapshot, type Draft, type DraftErrors } from "./quick-status/draft";
import { StatusDialog } from "./quick-status/status-dialog";
import { FailureAlert, StatusFeedback } from "./quick-status/status-feedback";
import { useStatus } from "./quick-status/use-status";
import { useStatusUpdate } from "./quick-status/use-status-update";

// The secretariat's quick status update, in place on the plan's and the activity's pages: status,
// progress and an optional note in one small dialog. The badge and the bar change at once
// (optimistic update, ./quick-status/use-status-update.ts); if the server refuses, they go back
// and a message says why, the user's input kept for another try. The server decides: this control
// is only shown to roles that may update activities, and the API checks again.

/** The status badge, following optimistic changes made elsewhere on the page. */
export function LiveStatusBadge({ activityId, initial }: { activityId: string; initial: StatusSnapshot }) {
  return <ActivityStatusBadge status={useStatus(activityId, initial).status} />;
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
  const tFields = useTranslations("fieldNames");
  const current = useStatus(activityId, initial);
  const update = useStatusUpdate(activityId, initial, (kept, errors) => open(kept, errors));
  const validationMessage = useValidationMessage();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [progressTouched, setProgressTouched] = useState(false);
  const [draftErrors, setDraftErrors] = useState<DraftErrors>({});

  function open(from?: Draft, errors: DraftErrors = {}) {
    setDraftErrors(errors);
    setDraft(from ?? fromSnapshot(current));
    setProgressTouched(Boolean(from));
    update.resetSaved();
    dialog.current?.showModal();
  }

  function submit(submitted: Draft) {
    const change = changeFrom(submitted, current);
    // The shared schemas first: what they refuse is said beside the field, the dialog open.
    const errors: DraftErrors = {};
    const progressCheck = change?.progress === undefined ? null : Progress.safeParse(change.progress);
    if (progressCheck && !progressCheck.success) {
      errors.progress = Object.values(fieldErrorsFrom(progressCheck.error)).flat().map(validationMessage);
    }
    const noteCheck = change?.note === undefined ? null : StatusNote.safeParse(change.note);
    if (noteCheck && !noteCheck.success) {
      errors.note = Object.values(fieldErrorsFrom(noteCheck.error)).flat().map(validationMessage);
    }
    setDraftErrors(errors);
    if (errors.progress || errors.note) return;
    dialog.current?.close();
    if (change) update.submit(submitted, change);
  }

  const trigger = (
    <button
      ref={opener}
      type="button"
      onClick={() => open()}
      aria-label={t("updateStatusOf", { title })}
      aria-haspopup="dialog"
      className={`${buttonBase} ${buttonTones.secondary} px-2.5 py-1 text-xs`}
      data-testid="quick-status-open"
    >
      <PencilIcon />
      <span className={layout === "row" ? "sr-only sm:not-sr-only" : ""}>{t("updateStatus")}</span>
    </button>
  );
  const feedback = <StatusFeedback pending={update.pending} saved={update.saved} />;
  const failure = update.failure;
  const alert = failure && (
    <FailureAlert failure={failure} onRetry={() => open(failure.draft)} onDismiss={update.dismissFailure} />
  );
  const dialogElement = (
    <StatusDialog
      dialogRef={dialog}
      idPrefix={ids}
      title={title}
      draft={draft}
      errors={draftErrors}
      setDraft={setDraft}
      progressTouched={progressTouched}
      setProgressTouched={setProgressTouched}
      onSubmit={submit}
      onClose={() => opener.current?.focus()}
    />
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
