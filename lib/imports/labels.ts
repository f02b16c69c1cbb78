import { createTranslator } from "next-intl";
import { splitMessageKey } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import ar from "@/messages/ar.json";
import { ENUMS, KEY_COLUMN, SHEETS, fieldOfColumn, type EnumName, type SheetId } from "./columns";
import type { FileErrorCode } from "./parse";
import { catalogues } from "@/lib/i18n/catalogues";

// Words of the import, from the same messages/*.json as the pages. The template is written in
// one language; the parser accepts the words of every language (and the machine values), so a
// file filled in Arabic reads the same as one filled in English. Errors are told in the
// request's language.

export type ImporterMessages = (typeof ar)["importer"];

export function importerMessages(locale: Locale): ImporterMessages {
  return catalogues[locale].importer;
}

/** The label of an enum value in `locale` ("in_progress" → "قيد التنفيذ"). */
export function enumLabel(name: EnumName, value: string, locale: Locale): string {
  const labels: Record<string, string> = catalogues[locale][name];
  return labels[value] ?? value;
}

export function sheetLabel(sheet: SheetId | "readme", locale: Locale): string {
  return catalogues[locale].importer.sheets[sheet];
}

const fold = (word: string) => word.trim().normalize("NFC").toLocaleLowerCase("en");

/** Every spelling of an enum value the parser accepts: the value itself and its label in each language. */
export function enumReader(name: EnumName): (word: string) => string | null {
  const spellings = new Map<string, string>();
  for (const value of ENUMS[name]) {
    spellings.set(fold(value), value);
    for (const locale of Object.keys(catalogues) as Locale[])
      spellings.set(fold(enumLabel(name, value, locale)), value);
  }
  return (word) => spellings.get(fold(word)) ?? null;
}

/** The sheet a worksheet name stands for, in any language or as the machine id. */
export function sheetOfName(name: string): SheetId | null {
  const wanted = fold(name);
  return (
    SHEETS.find(
      (sheet) =>
        fold(sheet) === wanted ||
        (Object.keys(catalogues) as Locale[]).some((l) => fold(sheetLabel(sheet, l)) === wanted),
    ) ?? null
  );
}

/** A row error's message: the import's own codes (importer.rowErrors), else the shared validation messages. */
export function rowErrorMessage(code: string, locale: Locale): string {
  const own: Record<string, string> = catalogues[locale].importer.rowErrors;
  if (own[code]) return own[code];
  const { key, values } = splitMessageKey(code);
  const shared = createTranslator({ locale, messages: catalogues[locale], namespace: "validation" });
  return shared.has(key as never) ? shared(key as never, values as never) : shared("invalid");
}

export function fileErrorMessage(code: FileErrorCode, locale: Locale): string {
  return catalogues[locale].importer.fileErrors[code];
}

/** The note on every audit event an import writes, in every language. */
export function auditNote(): Record<Locale, string> {
  return { ar: catalogues.ar.importer.auditNote, en: catalogues.en.importer.auditNote };
}

type FieldName = keyof (typeof ar)["fieldNames"];

/** A column's name in `locale`, from the forms' field names: "Title (English)", "Pillar (key)". */
export function columnLabel(sheet: SheetId, column: string, locale: Locale): string {
  // The forms' field names, and the import's own for fields the forms name otherwise.
  const names: Record<string, string> = { ...catalogues[locale].fieldNames, ...catalogues[locale].importer.fieldNames };
  const spec = fieldOfColumn(sheet, column);
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "importer.columnLabel" });
  if (!spec) return names[KEY_COLUMN satisfies FieldName]!;
  const field = names[spec.field] ?? spec.field;
  if (spec.kind === "localized") return t(column.endsWith("_en") ? "english" : "arabic", { field });
  if (spec.kind === "ref") return t("key", { field });
  return field;
}
