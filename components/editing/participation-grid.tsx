"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, ErrorText, describedBy } from "@/components/ui/form/fields";
import { useFieldErrors, useFieldId, useFieldValues } from "@/components/ui/form/form-context";
import { HiddenValues } from "@/components/ui/form/hidden-values";
import type { Option } from "@/components/ui/form/fields";

/**
 * The member states at a meeting: for each of the 22, whether it took part and whether it
 * presented its efforts, as a table of boxes (row: the state; columns: the two questions).
 */
export function ParticipationGrid({ states }: { states: (Option & { lang?: string; dir?: "rtl" | "ltr" })[] }) {
  const t = useTranslations("editing");
  const f = useTranslations("fieldNames");
  const id = useFieldId("participations");
  const took = new Set(useFieldValues("participating"));
  const presented = new Set(useFieldValues("presented"));
  const errors = useFieldErrors("participations", true);
  return (
    <fieldset id={id} className="min-w-0" aria-describedby={describedBy(id, true, errors.length > 0)}>
      <legend className="mb-1 text-base font-semibold text-brand-900">{f("participations")}</legend>
      <p id={`${id}-hint`} className="mb-2 text-xs text-slate-600">
        {t("participationsHint")}
      </p>
      <CheckboxField
        name="participationRecorded"
        label={f("participationRecorded")}
        hint={t("participationRecordedHint")}
        className="mb-3"
      />
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-start font-medium">
                {t("memberState")}
              </th>
              <th scope="col" className="px-3 py-2 text-center font-medium">
                {t("tookPart")}
              </th>
              <th scope="col" className="px-3 py-2 text-center font-medium">
                {t("presentedEfforts")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {states.map((state) => (
              <tr key={state.value}>
                <th
                  scope="row"
                  className="px-3 py-1.5 text-start font-normal text-slate-900"
                  lang={state.lang}
                  dir={state.dir}
                >
                  {state.label}
                </th>
                <td className="px-3 py-1.5 text-center">
                  <input
                    type="checkbox"
                    name="participating"
                    value={state.value}
                    defaultChecked={took.has(state.value)}
                    aria-label={t("tookPartOf", { state: state.label })}
                    className="size-4 accent-brand-700"
                  />
                </td>
                <td className="px-3 py-1.5 text-center">
                  <input
                    type="checkbox"
                    name="presented"
                    value={state.value}
                    defaultChecked={presented.has(state.value)}
                    aria-label={t("presentedEffortsOf", { state: state.label })}
                    className="size-4 accent-brand-700"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HiddenValues prefix="participationNote." />
      <ErrorText id={id} messages={errors} />
    </fieldset>
  );
}
