"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useFormatDateTime } from "@/components/ui/dates";
import { ApiFailure } from "@/lib/api/client";
import { patchActivityStatus, type StatusChange, type StatusSnapshot } from "../activity-status-api";
import { fromSnapshot, type Draft, type DraftErrors } from "./draft";
import { statusKey } from "./use-status";

// The optimistic update: the badge and the bar change at once in TanStack Query's cache; if the
// server refuses, they go back, a message says why, and the user's draft is kept for a retry.

export interface Failure {
  message: string;
  draft: Draft;
}

/**
 * `onRefusedFields` gets a refused value back into the dialog, beside its field, instead of a
 * banner: the server's messages are already in the page's language.
 */
export function useStatusUpdate(
  activityId: string,
  initial: StatusSnapshot,
  onRefusedFields: (draft: Draft, errors: DraftErrors) => void,
) {
  const locale = useLocale();
  const router = useRouter();
  const client = useQueryClient();
  const failureMessage = useFailureMessage();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  /** What the user asked for in the last submission, put back in the dialog after a refusal. */
  const lastDraft = useRef<Draft | null>(null);

  const mutation = useMutation({
    mutationFn: (change: StatusChange) => patchActivityStatus(activityId, change, locale),
    onMutate: async (change) => {
      const key = statusKey(activityId);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<StatusSnapshot>(key);
      if (previous) {
        client.setQueryData<StatusSnapshot>(key, {
          ...previous,
          status: change.status ?? previous.status,
          progress: change.progress ?? previous.progress,
        });
      }
      setFailure(null);
      setSaved(false);
      return { previous };
    },
    onError: (error, _change, context) => {
      // Roll back, and say why.
      if (context?.previous) client.setQueryData(statusKey(activityId), context.previous);
      const kept = lastDraft.current;
      const fields = error instanceof ApiFailure && error.error?.code === "validation" ? error.error.fields : undefined;
      if (fields && (fields.progress || fields.note)) {
        onRefusedFields(kept ?? fromSnapshot(context?.previous ?? initial), {
          progress: fields.progress,
          note: fields.note,
        });
        return;
      }
      setFailure({ message: failureMessage(error), draft: kept ?? fromSnapshot(context?.previous ?? initial) });
      // After a conflict, show what the record is now (and use its version for the next try).
      if (error instanceof ApiFailure && error.error?.code === "conflict") {
        void client.invalidateQueries({ queryKey: statusKey(activityId) });
      }
    },
    onSuccess: (next) => {
      client.setQueryData(statusKey(activityId), next);
      lastDraft.current = null;
      setSaved(true);
      // The timeline and the other parts of the page are rendered by the server.
      router.refresh();
    },
  });

  return {
    pending: mutation.isPending,
    saved,
    failure,
    dismissFailure: () => setFailure(null),
    /** Forgets the last "saved" notice (the dialog is open again). */
    resetSaved: () => setSaved(false),
    submit(draft: Draft, change: StatusChange) {
      lastDraft.current = draft;
      mutation.mutate(change);
    },
  };
}

/** Why the update was refused, in the page's language. */
function useFailureMessage(): (error: unknown) => string {
  const t = useTranslations("editing");
  const tErrors = useTranslations("errors");
  const tFields = useTranslations("fieldNames");
  const formatAt = useFormatDateTime();
  return (error) => {
    if (!(error instanceof ApiFailure) || !error.error) return t("rollback", { reason: t("networkError") });
    const shape = error.error;
    if (shape.code === "conflict" && shape.conflict) {
      const { changedBy, changedAt } = shape.conflict;
      const at = changedAt ? formatAt(changedAt) : null;
      const reason =
        changedBy && at ? t("conflict", { by: changedBy, at }) : at ? t("conflictAt", { at }) : t("conflictUnknown");
      return t("rollbackConflict", { reason });
    }
    const field = shape.fields ? Object.keys(shape.fields)[0] : undefined;
    const reason =
      field && tFields.has(field as never)
        ? `${tErrors(shape.code)} (${tFields(field as never)})`
        : tErrors(shape.code);
    return t("rollback", { reason });
  };
}
