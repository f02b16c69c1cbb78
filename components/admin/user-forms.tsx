"use client";

import { useActionState, useState } from "react";
import { CopyField } from "@/components/auth/copy-field";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/auth/form-controls";
import type { FormAction } from "@/lib/forms/form-state";

// The administrator's forms for accounts. Labels arrive translated (no catalogue in the browser);
// the server actions check the administrator again and return localized messages.

type Option = { value: string; label: string };

export interface IssuedLink {
  url: string;
  /** Localized sentence: who gets it and until when (and whether it was emailed). */
  intro: string;
}

function LinkResult({ link, labels }: { link: IssuedLink; labels: { link: string; copy: string; copied: string } }) {
  return (
    <div className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-4" data-testid="issued-link">
      <p className="text-sm text-amber-950">{link.intro}</p>
      <CopyField
        value={link.url}
        label={labels.link}
        copy={labels.copy}
        copied={labels.copied}
        testId="issued-link-url"
      />
    </div>
  );
}

/** Focal points need a member state; the select is shown for that role only. */
function RoleAndState({
  roles,
  states,
  labels,
  defaults,
  errors,
}: {
  roles: Option[];
  states: Option[];
  labels: { role: string; memberState: string; memberStateHint: string; chooseState: string };
  defaults: { role: string; memberStateId: string };
  errors?: Record<string, string>;
}) {
  const [role, setRole] = useState(defaults.role);
  return (
    <>
      <SelectField
        label={labels.role}
        name="role"
        options={roles}
        value={role}
        onChange={(e) => setRole(e.currentTarget.value)}
        error={errors?.role}
      />
      {role === "focal_point" && (
        <SelectField
          label={labels.memberState}
          name="memberStateId"
          options={[{ value: "", label: labels.chooseState }, ...states]}
          defaultValue={defaults.memberStateId}
          hint={labels.memberStateHint}
          required
          error={errors?.memberStateId}
        />
      )}
    </>
  );
}

export function CreateUserForm({
  locale,
  action,
  roles,
  states,
  languages,
  labels,
}: {
  locale: string;
  action: FormAction<IssuedLink>;
  roles: Option[];
  states: Option[];
  languages: Option[];
  labels: {
    name: string;
    email: string;
    role: string;
    memberState: string;
    memberStateHint: string;
    chooseState: string;
    language: string;
    submit: string;
    working: string;
    link: string;
    copy: string;
    copied: string;
  };
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <div className="flex flex-col gap-6">
      {state.status === "success" && state.result && (
        <div className="flex flex-col gap-3">
          <FormMessage status="success" message={state.message} />
          <LinkResult link={state.result} labels={labels} />
        </div>
      )}
      {/* A new key after each success empties the form for the next account. */}
      <form
        key={state.result?.url ?? "new"}
        action={formAction}
        className="flex max-w-md flex-col gap-4"
        noValidate
        data-testid="create-user-form"
      >
        <input type="hidden" name="locale" value={locale} />
        <FormMessage status={state.status === "error" ? "error" : "idle"} message={state.message} />
        <TextField
          label={labels.name}
          name="name"
          required
          maxLength={200}
          defaultValue={values.name}
          error={state.fieldErrors?.name}
        />
        <TextField
          label={labels.email}
          name="email"
          type="email"
          required
          dir="ltr"
          autoComplete="off"
          defaultValue={values.email}
          error={state.fieldErrors?.email}
        />
        <RoleAndState
          roles={roles}
          states={states}
          labels={labels}
          defaults={{ role: values.role ?? "observer", memberStateId: values.memberStateId ?? "" }}
          errors={state.fieldErrors}
        />
        <SelectField
          label={labels.language}
          name="userLocale"
          options={languages}
          defaultValue={values.userLocale ?? locale}
        />
        <div>
          <SubmitButton pending={labels.working}>{labels.submit}</SubmitButton>
        </div>
      </form>
    </div>
  );
}

export function UserAccessForm({
  locale,
  userId,
  version,
  action,
  roles,
  states,
  defaults,
  labels,
}: {
  locale: string;
  userId: string;
  version: number;
  action: FormAction;
  roles: Option[];
  states: Option[];
  defaults: { role: string; memberStateId: string };
  labels: {
    role: string;
    memberState: string;
    memberStateHint: string;
    chooseState: string;
    submit: string;
    working: string;
  };
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate data-testid="user-access-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage status={state.status} message={state.message} />
      <RoleAndState roles={roles} states={states} labels={labels} defaults={defaults} errors={state.fieldErrors} />
      <div>
        <SubmitButton pending={labels.working}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}

export function UserStatusForm({
  locale,
  userId,
  version,
  disabled,
  action,
  labels,
}: {
  locale: string;
  userId: string;
  version: number;
  disabled: boolean;
  action: FormAction;
  labels: { submit: string; working: string };
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="user-status-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <FormMessage status={state.status} message={state.message ?? state.fieldErrors?.disabled} />
      <div>
        <SubmitButton tone={disabled ? "primary" : "danger"} pending={labels.working}>
          {labels.submit}
        </SubmitButton>
      </div>
    </form>
  );
}

export function IssueLinkForm({
  locale,
  userId,
  kind,
  action,
  labels,
}: {
  locale: string;
  userId: string;
  kind: "invitation" | "reset";
  action: FormAction<IssuedLink>;
  labels: { submit: string; working: string; link: string; copy: string; copied: string };
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <div className="flex flex-col gap-3">
      <form action={formAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="kind" value={kind} />
        <FormMessage status={state.status === "error" ? "error" : "idle"} message={state.message} />
        <SubmitButton tone="secondary" pending={labels.working}>
          {labels.submit}
        </SubmitButton>
      </form>
      {state.status === "success" && state.result && <LinkResult link={state.result} labels={labels} />}
    </div>
  );
}
