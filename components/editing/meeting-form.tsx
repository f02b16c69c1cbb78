"use client";

import { DateField } from "./date-field";
import { useTranslations } from "next-intl";
import { BilingualField } from "@/components/ui/form/bilingual-field";
import { CheckboxGroup, Fieldset, Panel, SelectField, TextField, type Option } from "@/components/ui/form/fields";
import type { FormValues } from "@/lib/forms/form-values";
import { Repeated } from "@/components/ui/form/repeated";
import { EditForm } from "./edit-form";
import type { EditAction } from "@/lib/forms/edit-state";
import { DATE_PRECISIONS, MEETING_KINDS, MEETING_STATUSES } from "@/lib/enums";
import { ParticipationGrid } from "./participation-grid";
import { PartyPicker, type PartyOptions } from "./party-picker";

export function MeetingForm({
  action,
  initial,
  plans,
  states,
  organizations,
  parties,
  submitLabel,
  cancelHref,
}: {
  action: EditAction;
  initial: FormValues;
  plans: Option[];
  /** The member states for the participation table (values: ISO codes). */
  states: Option[];
  /** Organisations that may take part (values: ids). */
  organizations: Option[];
  /** Who may present an agenda item (values: `state:EG`, `org:<id>`). */
  parties: PartyOptions;
  submitLabel: string;
  cancelHref: string;
}) {
  const f = useTranslations("fieldNames");
  const t = useTranslations("editing");
  const kind = useTranslations("meetingKind");
  const status = useTranslations("meetingStatus");
  const precision = useTranslations("datePrecision");
  return (
    <EditForm action={action} initial={initial} submitLabel={submitLabel} cancelHref={cancelHref} testId="meeting-form">
      <Fieldset legend={t("sectionGeneral")}>
        <BilingualField name="title" label={f("title")} required />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="kind"
            label={f("kind")}
            requiredLabel={t("required")}
            options={MEETING_KINDS.map((value) => ({ value, label: kind(value) }))}
          />
          <SelectField
            name="status"
            label={f("status")}
            options={MEETING_STATUSES.map((value) => ({ value, label: status(value) }))}
          />
          <TextField name="sessionNumber" label={f("sessionNumber")} type="number" inputMode="numeric" min={1} />
          <TextField name="series" label={f("series")} maxLength={50} dir="auto" hint={t("seriesHint")} />
        </div>
        <SelectField name="planId" label={f("planId")} options={plans} emptyLabel={t("noPlan")} />
      </Fieldset>
      <Fieldset legend={t("sectionDatesPlace")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <DateField name="startDate" label={f("startDate")} requiredLabel={t("required")} />
          <DateField name="endDate" label={f("endDate")} />
          <SelectField
            name="datePrecision"
            label={f("datePrecision")}
            hint={t("precisionHint")}
            options={DATE_PRECISIONS.map((value) => ({ value, label: precision(value) }))}
          />
        </div>
        <BilingualField name="city" label={f("city")} />
        <BilingualField name="venue" label={f("venue")} />
        <BilingualField name="organizer" label={f("organizer")} />
      </Fieldset>
      <Fieldset legend={t("sectionContent")}>
        <BilingualField name="objectives" label={f("objectives")} multiline rows={4} />
        <BilingualField name="outcome" label={f("outcome")} multiline rows={4} />
      </Fieldset>
      <Panel>
        <ParticipationGrid states={states} />
      </Panel>
      {organizations.length > 0 && (
        <Panel>
          <CheckboxGroup name="organizationIds" legend={f("organizationIds")} options={organizations} columns={2} />
        </Panel>
      )}
      <Panel>
        <Repeated
          name="agendaItems"
          legend={f("agendaItems")}
          addLabel={t("addAgendaItem")}
          emptyText={t("noAgendaItems")}
          itemLegend={(n) => t("agendaItemNumber", { number: String(n) })}
          labels={{ moveUp: t("moveUp"), moveDown: t("moveDown"), remove: t("remove") }}
          renderRow={(i) => (
            <>
              <BilingualField name={`agendaItems.${i}.title`} label={f("title")} required />
              <BilingualField name={`agendaItems.${i}.description`} label={f("description")} multiline rows={2} />
              <PartyPicker
                name={`agendaItems.${i}.presenters`}
                legend={f("presenters")}
                parties={parties}
                labels={{
                  memberStates: t("memberStates"),
                  organizations: t("organizations"),
                  selected: (count) => t("selectedCount", { count }),
                }}
              />
            </>
          )}
        />
      </Panel>
    </EditForm>
  );
}
