"use client";

import { CheckboxGroup, type Option } from "@/components/ui/form/fields";
import { useFieldErrors, useFieldValues } from "@/components/ui/form/form-context";

export interface PartyOptions {
  memberStates: Option[];
  organizations: Option[];
}

/**
 * Presenters of an agenda item or recipients of a stage: member states and organisations, as
 * two groups of boxes folded under their legend (open when some are ticked or in error).
 */
export function PartyPicker({
  name,
  legend,
  parties,
  labels,
}: {
  name: string;
  legend: string;
  parties: PartyOptions;
  labels: { memberStates: string; organizations: string; selected: (count: number) => string };
}) {
  const ticked = useFieldValues(name);
  const errors = useFieldErrors(name, true);
  return (
    <details open={ticked.length > 0 || errors.length > 0} className="rounded-md border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium text-slate-800">
        {legend} <span className="font-normal text-slate-600">({labels.selected(ticked.length)})</span>
      </summary>
      <div className="mt-3 flex flex-col gap-4">
        <CheckboxGroup name={name} legend={labels.memberStates} options={parties.memberStates} columns={3} />
        {parties.organizations.length > 0 && (
          <CheckboxGroup
            name={name}
            part="organizations"
            legend={labels.organizations}
            options={parties.organizations}
            columns={2}
          />
        )}
      </div>
    </details>
  );
}
