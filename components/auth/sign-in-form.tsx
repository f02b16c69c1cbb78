"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "./form-controls";
import type { FormState } from "@/lib/forms/form-state";

export type SignInState = FormState & { step: "password" | "code" };

interface Labels {
  intro: string;
  email: string;
  password: string;
  submit: string;
  submitting: string;
  noAccount: string;
  codeTitle: string;
  codeIntro: string;
  code: string;
  verify: string;
  verifying: string;
  startOver: string;
}

interface Props {
  locale: string;
  /** Where to go once signed in (already checked to be a path on this site). */
  next: string;
  /** The email to start with (after setting a password); what was typed wins after an error. */
  email?: string;
  signIn: (state: SignInState, formData: FormData) => Promise<SignInState>;
  labels: Labels;
}

/**
 * Email and password, then — for accounts with two-step verification — the code. Works without
 * JavaScript too (a plain form post to the server action). After an error the typed email stays.
 */
export function SignInForm({ locale, next, email: initialEmail = "", signIn, labels }: Props) {
  const [state, formAction] = useActionState(signIn, { status: "idle", step: "password" });
  const email = state.values?.email ?? initialEmail;

  if (state.step === "code") {
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="mb-2 text-lg font-semibold text-brand-900">{labels.codeTitle}</h2>
        <p className="mb-4 text-sm text-slate-700">{labels.codeIntro}</p>
        <form action={formAction} className="flex flex-col gap-4" noValidate>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="next" value={next} />
          <input type="hidden" name="step" value="code" />
          <input type="hidden" name="email" value={email} />
          <FormMessage status={state.status} message={state.message} />
          <TextField
            label={labels.code}
            name="code"
            autoComplete="one-time-code"
            inputMode="text"
            autoFocus
            required
            dir="ltr"
            error={state.fieldErrors?.code}
          />
          <SubmitButton pending={labels.verifying}>{labels.verify}</SubmitButton>
        </form>
        <form action={formAction} className="mt-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="step" value="restart" />
          <button type="submit" className="text-sm text-brand-700 underline hover:text-brand-900">
            {labels.startOver}
          </button>
        </form>
      </div>
    );
  }

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <p className="mb-4 text-sm text-slate-700">{labels.intro}</p>
      <form action={formAction} className="flex flex-col gap-4" noValidate data-testid="sign-in-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="next" value={next} />
        <input type="hidden" name="step" value="password" />
        <FormMessage status={state.status} message={state.message} />
        {/* `key` resets the uncontrolled field to the kept value after each answer. */}
        <TextField
          key={`email-${email}`}
          label={labels.email}
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={email}
          required
          dir="ltr"
          autoFocus={!email}
        />
        <TextField
          label={labels.password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus={Boolean(email)}
        />
        <SubmitButton pending={labels.submitting}>{labels.submit}</SubmitButton>
      </form>
      <p className="mt-4 text-xs text-slate-600">{labels.noAccount}</p>
    </div>
  );
}
