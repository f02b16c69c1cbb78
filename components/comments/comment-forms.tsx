"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EditForm } from "@/components/editing/edit-form";
import { INITIAL_EDIT_STATE, type EditAction } from "@/lib/forms/edit-state";
import { SubmitButton } from "@/components/ui/form/buttons";
import { TextAreaField } from "@/components/ui/form/fields";
import type { FormValues } from "@/lib/forms/form-values";

/** Writing a new comment, or rewording one (with its version). */
export function CommentForm({
  action,
  initial,
  cancelHref,
  submitLabel,
}: {
  action: EditAction;
  initial: FormValues;
  cancelHref: string;
  submitLabel: string;
}) {
  const t = useTranslations("comments");
  const editing = useTranslations("editing");
  return (
    <EditForm action={action} initial={initial} submitLabel={submitLabel} cancelHref={cancelHref} testId="comment-form">
      <TextAreaField
        name="body"
        label={t("body")}
        rows={3}
        maxLength={5000}
        dir="auto"
        requiredLabel={editing("required")}
      />
    </EditForm>
  );
}

/**
 * Deleting one's comment (or, for the secretariat, moderating one), at the version shown. The
 * first click only opens the question; a second, explicit one deletes (works without JavaScript).
 */
export function CommentDeleteForm({
  action,
  id,
  version,
  locale,
}: {
  action: EditAction;
  id: string;
  version: number;
  locale: string;
}) {
  const t = useTranslations("comments");
  const [state, formAction] = useActionState(action, INITIAL_EDIT_STATE);
  return (
    <details className="inline-flex flex-col gap-1" open={Boolean(state.error)} data-testid="comment-delete">
      <summary className="cursor-pointer rounded-md px-2 py-1 text-sm font-medium text-rose-800 hover:bg-rose-50">
        {t("delete")}
      </summary>
      <form action={formAction} className="mt-1 flex flex-col gap-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <p className="text-sm text-slate-800">{t("deleteQuestion")}</p>
        <div>
          <SubmitButton tone="danger" pendingLabel={t("deleting")} className="px-2 py-1">
            {t("confirmDelete")}
          </SubmitButton>
        </div>
        {state.error && (
          <p role="alert" className="text-sm text-rose-800">
            {state.error.message}
          </p>
        )}
      </form>
    </details>
  );
}
