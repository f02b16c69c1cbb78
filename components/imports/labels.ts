import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { ENUMS, SHEETS, SHEET_FIELDS, sheetColumns, type SheetId } from "@/lib/imports/columns";
import { columnLabel, enumLabel, sheetLabel } from "@/lib/imports/labels";
import type { ImportLabels } from "./import-workbench";

/** The import page's words, handed to the client component (it has no message catalogue). */
export async function importLabels(locale: Locale): Promise<ImportLabels> {
  const t = await getTranslations({ locale, namespace: "importer" });
  const perSheet = <T>(make: (sheet: SheetId) => T) =>
    Object.fromEntries(SHEETS.map((sheet) => [sheet, make(sheet)])) as Record<SheetId, T>;
  return {
    fileLabel: t("fileLabel"),
    preview: t("preview"),
    previewing: t("previewing"),
    apply: t("apply"),
    applying: t("applying"),
    applyBlocked: t("applyBlocked"),
    nothingToApply: t("nothingToApply"),
    previewHeading: t("previewHeading"),
    toCreate: t("toCreate"),
    toUpdate: t("toUpdate"),
    unchanged: t("unchanged"),
    errorCount: t("errorCount"),
    errorsHeading: t("errorsHeading"),
    colSheet: t("colSheet"),
    colRow: t("colRow"),
    colColumn: t("colColumn"),
    colProblem: t("colProblem"),
    colKey: t("colKey"),
    colChange: t("colChange"),
    colDetails: t("colDetails"),
    actionCreate: t("actionCreate"),
    actionUpdate: t("actionUpdate"),
    emptyValue: t("emptyValue"),
    changedTo: t("changedTo"),
    appliedHeading: t("appliedHeading"),
    appliedIntro: t("appliedIntro"),
    created: t("created"),
    updated: t("updated"),
    backToPlan: t("backToPlan"),
    conflict: t("conflict"),
    sheets: perSheet((sheet) => sheetLabel(sheet, locale)),
    columns: perSheet((sheet) =>
      Object.fromEntries(sheetColumns(sheet).map((column) => [column, columnLabel(sheet, column, locale)])),
    ),
    choices: perSheet((sheet) =>
      Object.fromEntries(
        SHEET_FIELDS[sheet].flatMap((spec) =>
          spec.kind === "enum"
            ? [[spec.column, Object.fromEntries(ENUMS[spec.values].map((v) => [v, enumLabel(spec.values, v, locale)]))]]
            : [],
        ),
      ),
    ),
    dateColumns: perSheet((sheet) =>
      SHEET_FIELDS[sheet].filter((spec) => spec.kind === "date").map((spec) => spec.column),
    ),
  };
}
