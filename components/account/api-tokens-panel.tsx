"use client";

import { useActionState } from "react";
import { CopyField } from "@/components/auth/copy-field";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/auth/form-controls";
import type { FormAction } from "@/lib/forms/form-state";

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
}

interface Props {
  locale: string;
  tokens: TokenRow[];
  create: FormAction<{ token: string }>;
  revoke: FormAction;
  labels: {
    name: string;
    expiry: string;
    expiryOptions: { value: string; label: string }[];
    create: string;
    created: string;
    token: string;
    none: string;
    prefix: string;
    createdAt: string;
    lastUsed: string;
    expires: string;
    revoke: string;
    revokeLabel: Record<string, string>;
    working: string;
    copy: string;
    copied: string;
  };
}

/** Personal API tokens: a creation form (the token is shown once) and the list, each revocable. */
export function ApiTokensPanel({ locale, tokens, create, revoke, labels }: Props) {
  const [createState, createAction] = useActionState(create, { status: "idle" });
  const [revokeState, revokeAction] = useActionState(revoke, { status: "idle" });
  const created = createState.status === "success" ? createState.result?.token : undefined;

  return (
    <div className="flex flex-col gap-6">
      <form action={createAction} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="locale" value={locale} />
        {!created && <FormMessage status={createState.status} message={createState.message} />}
        <div className="flex flex-wrap items-end gap-4">
          <TextField
            label={labels.name}
            name="name"
            required
            maxLength={100}
            defaultValue={createState.status === "error" ? createState.values?.name : undefined}
            error={createState.fieldErrors?.name}
            className="min-w-48 flex-1"
          />
          <SelectField label={labels.expiry} name="expiresInDays" options={labels.expiryOptions} defaultValue="90" />
          <SubmitButton pending={labels.working}>{labels.create}</SubmitButton>
        </div>
      </form>
      {created && (
        <div className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-4" role="status">
          <p className="text-sm font-medium text-amber-900">{labels.created}</p>
          <CopyField
            value={created}
            label={labels.token}
            copy={labels.copy}
            copied={labels.copied}
            testId="new-api-token"
          />
        </div>
      )}
      <FormMessage status={revokeState.status} message={revokeState.message} />
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">{labels.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="api-tokens">
            <thead>
              <tr className="border-b border-slate-200 text-start text-slate-600">
                <th scope="col" className="py-2 pe-4 text-start font-medium">
                  {labels.name}
                </th>
                <th scope="col" className="py-2 pe-4 text-start font-medium">
                  {labels.prefix}
                </th>
                <th scope="col" className="py-2 pe-4 text-start font-medium">
                  {labels.createdAt}
                </th>
                <th scope="col" className="py-2 pe-4 text-start font-medium">
                  {labels.lastUsed}
                </th>
                <th scope="col" className="py-2 pe-4 text-start font-medium">
                  {labels.expires}
                </th>
                <td />
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pe-4 text-start font-medium text-slate-900">
                    {token.name}
                  </th>
                  <td className="py-2 pe-4 font-mono" dir="ltr">
                    {token.prefix}…
                  </td>
                  <td className="py-2 pe-4">{token.createdAt}</td>
                  <td className="py-2 pe-4">{token.lastUsedAt}</td>
                  <td className="py-2 pe-4">{token.expiresAt}</td>
                  <td className="py-2">
                    <form action={revokeAction}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="id" value={token.id} />
                      <SubmitButton tone="danger" aria-label={labels.revokeLabel[token.id]}>
                        {labels.revoke}
                      </SubmitButton>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
