"use client";

import { CheckboxGroup, type Option } from "@/components/ui/form/fields";
import { useFieldErrors, useFieldValues } from "@/components/ui/form/form-context";

export interface FrameworkChoiceGroup {
  framework: string;
  /** The framework's name, shown on the disclosure and as the group's legend. */
  label: string;
  options: Option[];
}

/**
 * The framework tags of an editing form: one collapsible checkbox group per framework, all
 * submitting `frameworkTargetIds`. A framework opens by itself when one of its targets is ticked
 * or the list has an error, so nothing chosen or wrong is hidden.
 */
export function FrameworkFieldset({
  legend,
  hint,
  groups,
}: {
  legend: string;
  hint: string;
  groups: FrameworkChoiceGroup[];
}) {
  const ticked = new Set(useFieldValues("frameworkTargetIds"));
  const hasErrors = useFieldErrors("frameworkTargetIds", true).length > 0;
  return (
    <fieldset className="min-w-0" aria-describedby="framework-tags-hint">
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {/* Marks the list as shown, so that ticking nothing clears it (lib/forms/decode.ts). */}
      <input type="hidden" name="frameworkTargetIds" value="" />
      <p id="framework-tags-hint" className="mt-1 text-sm text-slate-600">
        {hint}
      </p>
      <div className="mt-2 flex flex-col gap-2">
        {groups.map((group, index) => (
          <details
            key={group.framework}
            open={hasErrors || group.options.some((option) => ticked.has(option.value))}
            className="rounded-md border border-slate-200 bg-slate-50 open:bg-white"
          >
            <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-brand-900">{group.label}</summary>
            <div className="border-t border-slate-200 px-3 py-2">
              <CheckboxGroup
                name="frameworkTargetIds"
                // The first group reports the list's errors (CheckboxGroup's convention for shared names).
                part={index === 0 ? undefined : group.framework}
                legend={<span className="sr-only">{group.label}</span>}
                options={group.options}
                columns={1}
              />
            </div>
          </details>
        ))}
      </div>
    </fieldset>
  );
}
