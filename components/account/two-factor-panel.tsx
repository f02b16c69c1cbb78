"use client";

import { useActionState } from "react";
import { CopyField } from "@/components/auth/copy-field";
import { FormMessage, SubmitButton, TextField } from "@/components/auth/form-controls";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { QrCode } from "./qr-code";

export interface TwoFactorSetupResult {
  totpUri: string;
  secret: string;
  backupCodes: string[];
}

interface Props {
  locale: string;
  enabled: boolean;
  start: FormAction<TwoFactorSetupResult>;
  confirm: FormAction;
  disable: FormAction;
  labels: {
    on: string;
    off: string;
    password: string;
    enable: string;
    disable: string;
    scanTitle: string;
    qrLabel: string;
    secretLabel: string;
    backupCodesTitle: string;
    backupCodesIntro: string;
    code: string;
    confirm: string;
    working: string;
    copy: string;
    copied: string;
  };
}

/**
 * TOTP in two steps: the password unlocks a new secret (QR code, typed key, backup codes); a code
 * from the app then switches two-step verification on. The page re-renders (with a new `key`)
 * once it is on or off.
 */
export function TwoFactorPanel({ locale, enabled, start, confirm, disable, labels }: Props) {
  const [startState, startAction] = useActionState(start, { status: "idle" });
  const [confirmState, confirmAction] = useActionState(confirm, { status: "idle" });
  const [disableState, disableAction] = useActionState(disable, { status: "idle" });

  if (enabled) {
    return (
      <div className="flex flex-col gap-4">
        <p className="font-medium text-emerald-800" data-testid="two-factor-status">
          {labels.on}
        </p>
        <PasswordStep
          locale={locale}
          action={disableAction}
          state={disableState}
          labels={labels}
          submit={labels.disable}
          tone="danger"
        />
      </div>
    );
  }

  const setup = startState.status === "success" ? startState.result : undefined;
  if (setup) {
    return (
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
          <div>
            <h3 className="mb-2 font-semibold text-slate-900">{labels.scanTitle}</h3>
            <QrCode value={setup.totpUri} label={labels.qrLabel} />
          </div>
          <div className="flex min-w-0 flex-1 flex-col gap-4">
            <CopyField value={setup.secret} label={labels.secretLabel} copy={labels.copy} copied={labels.copied} />
            <div>
              <h3 className="font-semibold text-slate-900">{labels.backupCodesTitle}</h3>
              <p className="mb-2 text-sm text-slate-700">{labels.backupCodesIntro}</p>
              <ul dir="ltr" className="grid grid-cols-2 gap-1 font-mono text-sm" data-testid="backup-codes">
                {setup.backupCodes.map((code) => (
                  <li key={code}>{code}</li>
                ))}
              </ul>
            </div>
          </div>
        </div>
        <form action={confirmAction} className="flex max-w-md flex-col gap-4" noValidate>
          <input type="hidden" name="locale" value={locale} />
          <FormMessage status={confirmState.status} message={confirmState.message} />
          <TextField
            label={labels.code}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            dir="ltr"
            error={confirmState.fieldErrors?.code}
          />
          <div>
            <SubmitButton pending={labels.working}>{labels.confirm}</SubmitButton>
          </div>
        </form>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="font-medium text-slate-800" data-testid="two-factor-status">
        {labels.off}
      </p>
      <PasswordStep locale={locale} action={startAction} state={startState} labels={labels} submit={labels.enable} />
    </div>
  );
}

/** Turning it on or off starts with the current password. */
function PasswordStep({
  locale,
  action,
  state,
  labels,
  submit,
  tone = "primary",
}: {
  locale: string;
  action: (formData: FormData) => void;
  state: FormState<unknown>;
  labels: { password: string; working: string };
  submit: string;
  tone?: "primary" | "danger";
}) {
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage status={state.status} message={state.message} />
      <TextField
        label={labels.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      <div>
        <SubmitButton tone={tone} pending={labels.working}>
          {submit}
        </SubmitButton>
      </div>
    </form>
  );
}
