"use client";

import { DateField } from "./date-field";
import { useTranslations } from "next-intl";
import { BilingualField } from "@/components/ui/form/bilingual-field";
import { CheckboxField, Fieldset, SelectField, TextField, type Option } from "@/components/ui/form/fields";
import type { FormValues } from "@/lib/forms/form-values";
import { EditForm } from "./edit-form";
import type { EditAction } from "@/lib/forms/edit-state";
import { DATE_PRECISIONS, PLAN_STATUSES } from "@/lib/enums";

export function PlanForm({
  action,
  initial,
  meetings,
  submitLabel,
  cancelHref,
}: {
  action: EditAction;
  initial: FormValues;
  /** Candidates for the adopting meeting. */
  meetings: Option[];
  submitLabel: string;
  cancelHref: string;
}) {
  const f = useTranslations("fieldNames");
  const t = useTranslations("editing");
  const status = useTranslations("planStatus");
  const precision = useTranslations("datePrecision");
  return (
    <EditForm action={action} initial={initial} submitLabel={submitLabel} cancelHref={cancelHref} testId="plan-form">
      <Fieldset legend={t("sectionGeneral")}>
        <BilingualField name="title" label={f("title")} required />
        <BilingualField name="summary" label={f("summary")} multiline rows={4} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="startYear"
            label={f("startYear")}
            type="number"
            inputMode="numeric"
            min={1945}
            max={2100}
            requiredLabel={t("required")}
          />
          <TextField
            name="endYear"
            label={f("endYear")}
            type="number"
            inputMode="numeric"
            min={1945}
            max={2100}
            requiredLabel={t("required")}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="status"
            label={f("status")}
            options={PLAN_STATUSES.map((value) => ({ value, label: status(value) }))}
          />
        </div>
        <CheckboxField name="isPublic" label={f("isPublic")} hint={t("isPublicHint")} />
      </Fieldset>
      <Fieldset legend={t("sectionAdoption")}>
        <SelectField
          name="adoptionMeetingId"
          label={f("adoptionMeetingId")}
          options={meetings}
          emptyLabel={t("none")}
          hint={t("adoptionMeetingHint")}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <DateField name="circulatedOn" label={f("circulatedOn")} />
          <DateField name="adoptedOn" label={f("adoptedOn")} />
          <SelectField
            name="adoptedPrecision"
            label={f("adoptedPrecision")}
            options={DATE_PRECISIONS.map((value) => ({ value, label: precision(value) }))}
          />
        </div>
      </Fieldset>
    </EditForm>
  );
}
