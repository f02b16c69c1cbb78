"use client";

import { useTranslations } from "next-intl";
import { useFormatDateTime } from "@/components/ui/dates";
import { useActionState } from "react";
import { buttonBase, buttonTones } from "@/components/ui/form/button-styles";
import { INITIAL_EDIT_STATE, type EditAction } from "@/lib/forms/edit-state";

/**
 * Move an item (a pillar among its plan's pillars, an activity among its pillar's activities) up
 * or down. Each button posts the whole order the page shows, with every item's version: if
 * someone changed the list meanwhile, the server refuses (409) and nothing moves.
 */
export function MoveButtons({
  action,
  locale,
  parentId,
  itemId,
  order,
  index,
  title,
  testId,
}: {
  action: EditAction;
  locale: "ar" | "en";
  /** The plan (for pillars) or the pillar (for activities). */
  parentId: string;
  itemId: string;
  /** Every item of the parent, in the order shown, with its version. */
  order: { id: string; version: number }[];
  index: number;
  title: string;
  testId: string;
}) {
  const t = useTranslations("editing");
  const formatAt = useFormatDateTime();
  const [state, formAction] = useActionState(action, INITIAL_EDIT_STATE);
  const conflict = state.error?.conflict;
  const button = `${buttonBase} ${buttonTones.ghost} px-2 py-1 text-xs`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-1" data-testid={testId}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="parentId" value={parentId} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="order" value={JSON.stringify(order)} />
      <button
        type="submit"
        name="direction"
        value="up"
        disabled={index === 0}
        className={button}
        aria-label={t("moveUpOf", { title })}
      >
        <Arrow up />
        {t("moveUp")}
      </button>
      <button
        type="submit"
        name="direction"
        value="down"
        disabled={index === order.length - 1}
        className={button}
        aria-label={t("moveDownOf", { title })}
      >
        <Arrow />
        {t("moveDown")}
      </button>
      {state.error && (
        <p role="alert" className="basis-full text-sm text-rose-800">
          {conflict?.changedBy && conflict.changedAt
            ? t("conflict", { by: conflict.changedBy, at: formatAt(conflict.changedAt) })
            : state.error.message}
        </p>
      )}
    </form>
  );
}

function Arrow({ up = false }: { up?: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-3.5 ${up ? "" : "rotate-180"}`}>
      <path
        d="M8 13V3M3.5 7.5 8 3l4.5 4.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
