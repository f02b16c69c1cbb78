"use client";

import { DateField } from "./date-field";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BilingualField } from "@/components/ui/form/bilingual-field";
import {
  CheckboxField,
  Fieldset,
  Panel,
  SelectField,
  TextField,
  type Option,
  type OptionGroup,
} from "@/components/ui/form/fields";
import type { FormValues } from "@/lib/forms/form-values";
import { HiddenValues } from "@/components/ui/form/hidden-values";
import { Repeated } from "@/components/ui/form/repeated";
import { EditForm } from "./edit-form";
import type { EditAction } from "@/lib/forms/edit-state";
import { DATE_PRECISIONS, DELIVERABLE_TYPES, STAGE_KINDS } from "@/lib/enums";
import { PartyPicker, type PartyOptions } from "./party-picker";

export function DeliverableForm({
  action,
  initial,
  meetings,
  activities,
  languages,
  parties,
  frameworks,
  submitLabel,
  cancelHref,
}: {
  action: EditAction;
  initial: FormValues;
  meetings: Option[];
  /** Activities grouped by plan. */
  activities: OptionGroup[];
  /** Languages a version may be in, named in the page's language. */
  languages: Option[];
  parties: PartyOptions;
  /** The framework tags field (components/frameworks/framework-picker.tsx), labelled on the server. */
  frameworks?: ReactNode;
  submitLabel: string;
  cancelHref: string;
}) {
  const f = useTranslations("fieldNames");
  const t = useTranslations("editing");
  const type = useTranslations("deliverableType");
  const stage = useTranslations("deliverableStage");
  const precision = useTranslations("datePrecision");
  return (
    <EditForm
      action={action}
      initial={initial}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      testId="deliverable-form"
    >
      <Fieldset legend={t("sectionGeneral")}>
        <BilingualField name="title" label={f("title")} required />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="type"
            label={f("type")}
            requiredLabel={t("required")}
            options={DELIVERABLE_TYPES.map((value) => ({ value, label: type(value) }))}
          />
        </div>
        <BilingualField name="description" label={f("description")} multiline rows={4} />
        <TextField
          name="documentUrl"
          label={f("documentUrl")}
          type="url"
          dir="ltr"
          inputMode="url"
          hint={t("documentUrlHint")}
        />
      </Fieldset>
      <Fieldset legend={t("sectionLinks")}>
        <SelectField name="meetingId" label={f("meetingId")} options={meetings} emptyLabel={t("none")} />
        <SelectField name="activityId" label={f("activityId")} options={activities} emptyLabel={t("none")} />
        <SelectField name="targetMeetingId" label={f("targetMeetingId")} options={meetings} emptyLabel={t("none")} />
        {frameworks}
      </Fieldset>
      <Panel>
        <Repeated
          name="stages"
          legend={f("stages")}
          addLabel={t("addStage")}
          emptyText={t("noStages")}
          itemLegend={(n) => t("stageNumber", { number: String(n) })}
          labels={{ moveUp: t("moveUp"), moveDown: t("moveDown"), remove: t("remove") }}
          renderRow={(i) => (
            <>
              <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                <SelectField
                  name={`stages.${i}.stage`}
                  label={f("stage")}
                  requiredLabel={t("required")}
                  emptyLabel={t("choose")}
                  options={STAGE_KINDS.map((value) => ({ value, label: stage(value) }))}
                />
                <DateField name={`stages.${i}.date`} label={f("date")} />
                <SelectField
                  name={`stages.${i}.datePrecision`}
                  label={f("datePrecision")}
                  options={DATE_PRECISIONS.map((value) => ({ value, label: precision(value) }))}
                />
                <SelectField
                  name={`stages.${i}.language`}
                  label={f("language")}
                  options={languages}
                  emptyLabel={t("none")}
                />
              </div>
              <CheckboxField name={`stages.${i}.completed`} label={f("completed")} hint={t("completedHint")} />
              <BilingualField name={`stages.${i}.note`} label={f("note")} multiline rows={2} />
              <PartyPicker
                name={`stages.${i}.recipients`}
                legend={f("recipients")}
                parties={parties}
                labels={{
                  memberStates: t("memberStates"),
                  organizations: t("organizations"),
                  selected: (count) => t("selectedCount", { count }),
                }}
              />
              <HiddenValues prefix={`stages.${i}.recipientNote.`} />
            </>
          )}
        />
      </Panel>
    </EditForm>
  );
}
