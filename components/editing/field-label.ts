"use client";

import { useTranslations } from "next-intl";

/**
 * A readable name for an input path, for the error summary and the "your input" list:
 * "agendaItems.1.title.ar" → "Agenda item 2 — Title — Arabic".
 */
export function useFieldLabel(): (path: string) => string {
  const fields = useTranslations("fieldNames");
  const t = useTranslations("editing");
  return (path) => {
    const out: string[] = [];
    for (const part of path.split(".")) {
      if (/^\d+$/.test(part) && out.length > 0) {
        out[out.length - 1] = t("numbered", { label: out.at(-1)!, number: String(Number(part) + 1) });
      } else if (part === "ar") {
        out.push(t("arabic"));
      } else if (part === "en") {
        out.push(t("english"));
      } else if (part === "_") {
        out.push(t("wholeForm"));
      } else if (fields.has(part as never)) {
        out.push(fields(part as never));
      }
    }
    return out.join(" — ") || t("wholeForm");
  };
}
