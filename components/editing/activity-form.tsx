"use client";

import { DateField } from "./date-field";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BilingualField } from "@/components/ui/form/bilingual-field";
import {
  CheckboxGroup,
  Fieldset,
  SelectField,
  TextField,
  type Option,
  type OptionGroup,
} from "@/components/ui/form/fields";
import type { FormValues } from "@/lib/forms/form-values";
import { EditForm } from "./edit-form";
import type { EditAction } from "@/lib/forms/edit-state";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, DATE_PRECISIONS } from "@/lib/enums";

export function ActivityForm({
  action,
  initial,
  pillars,
  partners,
  meetings,
  frameworks,
  submitLabel,
  cancelHref,
}: {
  action: EditAction;
  initial: FormValues;
  /** Pillars grouped by plan. */
  pillars: OptionGroup[];
  /** Organisations that may be partners. */
  partners: Option[];
  meetings: Option[];
  /** The framework tags field (components/frameworks/framework-picker.tsx), labelled on the server. */
  frameworks?: ReactNode;
  submitLabel: string;
  cancelHref: string;
}) {
  const f = useTranslations("fieldNames");
  const t = useTranslations("editing");
  const status = useTranslations("activityStatus");
  const type = useTranslations("activityType");
  const precision = useTranslations("datePrecision");
  return (
    <EditForm
      action={action}
      initial={initial}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      testId="activity-form"
    >
      <Fieldset legend={t("sectionGeneral")}>
        <SelectField name="pillarId" label={f("pillarId")} options={pillars} requiredLabel={t("required")} />
        <BilingualField name="title" label={f("title")} required />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            name="type"
            label={f("type")}
            options={ACTIVITY_TYPES.map((value) => ({ value, label: type(value) }))}
          />
          <SelectField
            name="status"
            label={f("status")}
            options={ACTIVITY_STATUSES.map((value) => ({ value, label: status(value) }))}
          />
          <TextField
            name="progress"
            label={f("progress")}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={5}
            hint={t("progressHint")}
          />
        </div>
        <BilingualField name="description" label={f("description")} multiline rows={4} />
        <BilingualField name="outcome" label={f("outcome")} multiline />
        <BilingualField name="leadUnit" label={f("leadUnit")} />
      </Fieldset>
      <Fieldset legend={t("sectionDates")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <DateField name="plannedStart" label={f("plannedStart")} />
          <DateField name="plannedEnd" label={f("plannedEnd")} />
          <DateField name="actualStart" label={f("actualStart")} />
          <DateField name="actualEnd" label={f("actualEnd")} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="datePrecision"
            label={f("datePrecision")}
            hint={t("precisionHint")}
            options={DATE_PRECISIONS.map((value) => ({ value, label: precision(value) }))}
          />
        </div>
      </Fieldset>
      <Fieldset legend={t("sectionLinks")}>
        {partners.length > 0 ? (
          <CheckboxGroup name="partnerIds" legend={f("partnerIds")} options={partners} />
        ) : (
          <p className="text-sm text-slate-600">{t("noPartnerChoices")}</p>
        )}
        {meetings.length > 0 && (
          <CheckboxGroup name="meetingIds" legend={f("meetingIds")} options={meetings} columns={1} />
        )}
        {frameworks}
      </Fieldset>
    </EditForm>
  );
}
