"use client";

import { useActionState } from "react";
import { FormMessage, NewPasswordFields, SubmitButton } from "./form-controls";
import type { FormAction } from "@/lib/forms/form-state";

interface Props {
  locale: string;
  token: string;
  minLength: number;
  action: FormAction;
  labels: { intro: string; password: string; confirmation: string; hint: string; submit: string; submitting: string };
}

export function SetPasswordForm({ locale, token, minLength, action, labels }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <p className="mb-4 text-sm text-slate-700">{labels.intro}</p>
      <form action={formAction} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <FormMessage status={state.status} message={state.message} />
        <NewPasswordFields name="password" minLength={minLength} labels={labels} errors={state.fieldErrors} />
        <SubmitButton pending={labels.submitting}>{labels.submit}</SubmitButton>
      </form>
    </div>
  );
}
