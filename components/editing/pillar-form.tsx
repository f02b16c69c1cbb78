"use client";

import { useTranslations } from "next-intl";
import { BilingualField } from "@/components/ui/form/bilingual-field";
import { Fieldset } from "@/components/ui/form/fields";
import type { FormValues } from "@/lib/forms/form-values";
import { EditForm } from "./edit-form";
import type { EditAction } from "@/lib/forms/edit-state";

export function PillarForm({
  action,
  initial,
  submitLabel,
  cancelHref,
}: {
  action: EditAction;
  initial: FormValues;
  submitLabel: string;
  cancelHref: string;
}) {
  const f = useTranslations("fieldNames");
  const t = useTranslations("editing");
  return (
    <EditForm action={action} initial={initial} submitLabel={submitLabel} cancelHref={cancelHref} testId="pillar-form">
      <Fieldset legend={t("sectionGeneral")}>
        <BilingualField name="title" label={f("title")} required />
        <BilingualField name="description" label={f("description")} multiline rows={4} />
      </Fieldset>
    </EditForm>
  );
}
