"use client";

import { useActionState } from "react";
import { FormMessage, NewPasswordFields, SubmitButton, TextField } from "@/components/auth/form-controls";
import type { FormAction } from "@/lib/forms/form-state";

interface Props {
  locale: string;
  minLength: number;
  action: FormAction;
  labels: {
    currentPassword: string;
    newPassword: string;
    confirmation: string;
    hint: string;
    submit: string;
    submitting: string;
  };
}

export function ChangePasswordForm({ locale, minLength, action, labels }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate data-testid="change-password-form">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage status={state.status} message={state.message} />
      <TextField
        label={labels.currentPassword}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.currentPassword}
      />
      <NewPasswordFields
        name="newPassword"
        minLength={minLength}
        labels={{ password: labels.newPassword, confirmation: labels.confirmation, hint: labels.hint }}
        errors={state.fieldErrors}
      />
      <div>
        <SubmitButton pending={labels.submitting}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
