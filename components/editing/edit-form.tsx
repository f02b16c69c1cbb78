"use client";

import { useFormatDateTime } from "@/components/ui/dates";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useId, useState, useTransition, type ReactNode } from "react";
import { Button, SubmitButton } from "@/components/ui/form/buttons";
import { buttonBase, buttonTones } from "@/components/ui/form/button-styles";
import { ErrorSummary } from "@/components/ui/form/error-summary";
import { FormProvider, useValidationMessage } from "@/components/ui/form/form-context";
import { fieldId, single, type FormValues } from "@/lib/forms/form-values";
import { Link } from "@/lib/i18n/navigation";
import { INITIAL_EDIT_STATE, type EditAction, type EditState } from "@/lib/forms/edit-state";
import { useFieldLabel } from "./field-label";

// The frame of every create/edit form: a server action through useActionState (a plain form
// post without JavaScript), the record's version in a hidden field, the error summary, and the
// choice after a conflict. After a refusal the fields show what the user submitted, not the
// record's values, so nothing typed is lost.

interface Props {
  action: EditAction;
  /** The record's current values (for a new record: its defaults). `version` among them for edits. */
  initial: FormValues;
  submitLabel: string;
  cancelHref: string;
  children: ReactNode;
  testId?: string;
}

/** Fields that are the form's plumbing, not the user's input. */
const PLUMBING = new Set(["locale", "version"]);

export function EditForm({ action, initial, submitLabel, cancelHref, children, testId }: Props) {
  const t = useTranslations("editing");
  const locale = useLocale();
  const formatAt = useFormatDateTime();
  const labelFor = useFieldLabel();
  const validation = useValidationMessage();
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  const idPrefix = useId().replaceAll(":", "");
  const [state, formAction] = useActionState<EditState, FormData>(action, INITIAL_EDIT_STATE);
  // After a conflict the user chooses: keep their input (and overwrite at the current version),
  // or load the other person's version (their input stays listed below for copying).
  const [choice, setChoice] = useState<{ seq: number; kind: "mine" | "theirs"; discarded?: FormValues } | null>(null);
  const chosen = choice && choice.seq === state.seq ? choice : null;

  const showTheirs = chosen?.kind === "theirs";
  const values = state.values && !showTheirs ? state.values : initial;
  const conflict = state.error?.code === "conflict" ? state.error.conflict : undefined;
  const version =
    chosen?.kind === "mine" && conflict
      ? String(conflict.currentVersion)
      : single(values, "version") || single(initial, "version");
  const errors = showTheirs ? {} : (state.error?.fields ?? {});

  const summaryItems = Object.entries(errors).map(([path]) => ({
    path,
    href: `#${fieldId(idPrefix, path)}`,
    text: labelFor(path),
  }));

  return (
    <form action={formAction} noValidate className="flex flex-col gap-6" data-testid={testId}>
      <input type="hidden" name="locale" value={locale} />
      {version && <input type="hidden" name="version" value={version} />}

      {state.error && !showTheirs && (
        <ErrorSummary
          focusKey={state.seq}
          title={
            state.error.code === "validation"
              ? t("errorSummary", { count: summaryItems.length })
              : conflict
                ? conflictSentence(t, conflict.changedBy, conflict.changedAt ? formatAt(conflict.changedAt) : null)
                : state.error.message
          }
          items={summaryItems.map((item) => ({
            href: item.href,
            text: `${item.text}: ${(errors[item.path] ?? []).map(validation).join(" ")}`,
          }))}
        >
          {conflict && (
            <div className="mt-3 flex flex-col gap-2">
              <p className="text-sm">{t("conflictChoice")}</p>
              <div className="flex flex-wrap gap-2">
                <Button
                  tone="secondary"
                  onClick={() => setChoice({ seq: state.seq, kind: "mine" })}
                  data-testid="keep-mine"
                >
                  {t("keepMine")}
                </Button>
                <Button
                  tone="secondary"
                  onClick={() => {
                    setChoice({ seq: state.seq, kind: "theirs", discarded: state.values });
                    // The page is rendered again on the server with the record as it is now.
                    startReload(() => router.refresh());
                  }}
                  data-testid="load-theirs"
                >
                  {t("loadTheirs")}
                </Button>
              </div>
              {chosen?.kind === "mine" && (
                <p role="status" className="text-sm font-medium">
                  {t("keepMineHint")}
                </p>
              )}
            </div>
          )}
        </ErrorSummary>
      )}

      {showTheirs && chosen?.discarded && (
        <DiscardedInput values={chosen.discarded} current={initial} labelFor={labelFor} reloading={reloading} />
      )}

      <FormProvider value={{ idPrefix, values, errors }}>
        {/* A new key after each answer re-creates the fields with the values to show. */}
        <div
          key={`${state.seq}-${showTheirs ? `theirs-${single(initial, "version")}` : "mine"}`}
          className="flex flex-col gap-6"
        >
          {children}
        </div>
      </FormProvider>

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        <SubmitButton pendingLabel={t("saving")} data-testid="save">
          {submitLabel}
        </SubmitButton>
        <Link href={cancelHref} className={`${buttonBase} ${buttonTones.secondary}`}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}

type EditingT = ReturnType<typeof useTranslations<"editing">>;

function conflictSentence(t: EditingT, by: string | null, at: string | null): string {
  if (by && at) return t("conflict", { by, at });
  if (at) return t("conflictAt", { at });
  return t("conflictUnknown");
}

/**
 * After "load their version": what the user had typed and the record now differs in, read-only
 * and selectable, so it can be copied into the fresh form.
 */
function DiscardedInput({
  values,
  current,
  labelFor,
  reloading,
}: {
  values: FormValues;
  current: FormValues;
  labelFor: (path: string) => string;
  reloading: boolean;
}) {
  const t = useTranslations("editing");
  const differing = Object.entries(values).filter(
    ([name, value]) =>
      !PLUMBING.has(name) && String(value) !== String(current[name] ?? "") && String(value).trim() !== "",
  );
  return (
    <div
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950"
      data-testid="discarded-input"
    >
      <p className="font-semibold">{reloading ? t("loadingTheirs") : t("theirsLoaded")}</p>
      {differing.length > 0 && (
        <details open className="mt-2">
          <summary className="cursor-pointer text-sm font-medium">{t("yourInput")}</summary>
          <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            {differing.map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="font-medium">{labelFor(name)}</dt>
                <dd className="whitespace-pre-line select-all" dir="auto">
                  {Array.isArray(value) ? value.join(", ") : value}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
