"use client";

import { useFormatDateTime } from "@/components/ui/dates";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/form/buttons";
import { INITIAL_EDIT_STATE, type EditAction } from "@/lib/forms/edit-state";

/**
 * Deleting a record, behind a disclosure that says what goes with it. Carries the version the
 * page was rendered with: deleting a record someone changed meanwhile is refused (409) too.
 */
export function DeleteForm({
  action,
  id,
  version,
  locale,
  title,
  warning,
}: {
  action: EditAction;
  id: string;
  version: number;
  locale: "ar" | "en";
  title: string;
  /** What else is deleted with it. */
  warning: string;
}) {
  const t = useTranslations("editing");
  const formatAt = useFormatDateTime();
  const [state, formAction] = useActionState(action, INITIAL_EDIT_STATE);
  const conflict = state.error?.conflict;
  return (
    <section aria-labelledby="delete-heading" className="mt-12 rounded-lg border border-rose-200 bg-white p-4 sm:p-5">
      <h2 id="delete-heading" className="text-lg font-semibold text-rose-900">
        {title}
      </h2>
      <details className="mt-2" open={Boolean(state.error)}>
        <summary className="cursor-pointer text-sm font-medium text-rose-800">{t("deleteDisclosure")}</summary>
        <form action={formAction} className="mt-3 flex flex-col gap-3" data-testid="delete-form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <p className="text-sm text-slate-800">{warning}</p>
          {state.error && (
            <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-950">
              {conflict?.changedBy && conflict.changedAt
                ? t("conflict", { by: conflict.changedBy, at: formatAt(conflict.changedAt) })
                : state.error.message}
            </p>
          )}
          <div>
            <SubmitButton tone="danger" pendingLabel={t("deleting")}>
              {t("confirmDelete")}
            </SubmitButton>
          </div>
        </form>
      </details>
    </section>
  );
}
