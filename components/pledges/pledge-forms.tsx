"use client";

import { DateField } from "@/components/editing/date-field";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { EditForm } from "@/components/editing/edit-form";
import { INITIAL_EDIT_STATE, type EditAction } from "@/lib/forms/edit-state";
import { SubmitButton } from "@/components/ui/form/buttons";
import { BilingualField } from "@/components/ui/form/bilingual-field";
import { Fieldset, SelectField, TextField, type Option } from "@/components/ui/form/fields";
import type { FormValues } from "@/lib/forms/form-values";
import { PLEDGE_STATUSES } from "@/lib/enums";

// The pledge forms of a member state's page: the secretariat records and edits pledges and
// decides on updates; a focal point reports progress. Each posts to a server action (plain form
// posts without JavaScript) and gets back what was typed with the errors beside the fields.

interface Common {
  action: EditAction;
  initial: FormValues;
  /** Where "Cancel" leads (the pledge on the state's page). */
  cancelHref: string;
}

export function PledgeForm({
  action,
  initial,
  cancelHref,
  forums,
  submitLabel,
}: Common & { forums: Option[]; submitLabel: string }) {
  const t = useTranslations("pledges");
  const status = useTranslations("pledgeStatus");
  const editing = useTranslations("editing");
  return (
    <EditForm action={action} initial={initial} submitLabel={submitLabel} cancelHref={cancelHref} testId="pledge-form">
      <Fieldset legend={t("titleField")}>
        <BilingualField name="title" label={t("titleField")} required />
        <BilingualField name="description" label={t("descriptionField")} multiline rows={3} />
        <SelectField name="meetingId" label={t("meetingField")} options={forums} emptyLabel={t("noMeeting")} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField
            name="status"
            label={t("statusField")}
            requiredLabel={editing("required")}
            options={PLEDGE_STATUSES.map((value) => ({ value, label: status(value) }))}
          />
          <TextField
            name="progress"
            label={t("progressField")}
            hint={t("progressHint")}
            type="number"
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            requiredLabel={editing("required")}
          />
        </div>
      </Fieldset>
    </EditForm>
  );
}

export function PledgeUpdateForm({ action, initial, cancelHref, submitLabel }: Common & { submitLabel: string }) {
  const t = useTranslations("pledges");
  const editing = useTranslations("editing");
  return (
    <EditForm
      action={action}
      initial={initial}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      testId="pledge-update-form"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <DateField name="reportedOn" label={t("reportedOnField")} requiredLabel={editing("required")} />
        <TextField
          name="progress"
          label={t("reportedProgressField")}
          hint={t("reportedProgressHint")}
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
        />
      </div>
      <BilingualField name="body" label={t("bodyField")} required multiline rows={4} />
    </EditForm>
  );
}

export function ReviewForm({ action, initial, cancelHref }: Common) {
  const t = useTranslations("pledges");
  const editing = useTranslations("editing");
  return (
    <EditForm action={action} initial={initial} submitLabel={t("record")} cancelHref={cancelHref} testId="review-form">
      <SelectField
        name="decision"
        label={t("decision")}
        requiredLabel={editing("required")}
        options={[
          { value: "accept", label: t("accept") },
          { value: "return", label: t("return") },
        ]}
      />
      <BilingualField name="note" label={t("noteField")} hint={t("noteHint")} multiline rows={2} />
    </EditForm>
  );
}

/**
 * Deleting a pledge with its updates, at the version shown (a stale one is refused): the first
 * click opens the warning, a second explicit one deletes.
 */
export function PledgeDeleteForm({ action, id, version }: { action: EditAction; id: string; version: number }) {
  const t = useTranslations("pledges");
  const editing = useTranslations("editing");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, INITIAL_EDIT_STATE);
  return (
    <details className="mt-4 border-t border-slate-200 pt-4" open={Boolean(state.error)}>
      <summary className="cursor-pointer text-sm font-medium text-rose-800">{t("delete")}</summary>
      <form action={formAction} className="mt-3 flex flex-col gap-2" data-testid="pledge-delete-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <p className="text-sm text-slate-800">{t("deleteWarning")}</p>
        {state.error && (
          <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-950">
            {state.error.message}
          </p>
        )}
        <div>
          <SubmitButton tone="danger" pendingLabel={editing("deleting")}>
            {t("confirmDelete")}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
