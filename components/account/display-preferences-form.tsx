"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/auth/form-controls";
import type { FormAction } from "@/lib/forms/form-state";
import type { DisplayPreferences } from "@/lib/i18n/display";

interface Props {
  locale: string;
  action: FormAction;
  current: DisplayPreferences;
  labels: {
    digits: string;
    latn: string;
    arab: string;
    hijri: string;
    hijriHint: string;
    submit: string;
    submitting: string;
  };
}

/** Digits (Western or Arabic-Indic) and the Umm al-Qura date beside the Gregorian one. */
export function DisplayPreferencesForm({ locale, action, current, labels }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" data-testid="display-preferences-form">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage status={state.status} message={state.message} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{labels.digits}</legend>
        {(["latn", "arab"] as const).map((digits) => (
          <label key={digits} className="flex items-center gap-2">
            <input
              type="radio"
              name="digits"
              value={digits}
              defaultChecked={current.digits === digits}
              className="size-4"
            />
            {labels[digits]}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="hijri"
            defaultChecked={current.hijri}
            aria-describedby="hijri-hint"
            className="size-4"
          />
          {labels.hijri}
        </label>
        <p id="hijri-hint" className="text-sm text-slate-600">
          {labels.hijriHint}
        </p>
      </div>
      <div>
        <SubmitButton pending={labels.submitting}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
