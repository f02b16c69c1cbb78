import { z } from "zod";
import { defaultLocale, type Locale } from "./locales";

// Bilingual text as stored in JSON columns: Arabic required, every other locale optional, so a
// third language is a new key, not a migration (docs/decisions/002-localized-text-as-json.md).

export const LocalizedText = z
  .object({
    ar: z.string().trim().min(1),
    en: z.string().trim().min(1).optional(),
  })
  .catchall(z.string().trim().min(1));

export type LocalizedText = z.infer<typeof LocalizedText>;

/** Parses a JSON column; throws on rows that break the invariant (they never should). */
export function toLocalizedText(value: unknown): LocalizedText {
  return LocalizedText.parse(value);
}

export function toOptionalLocalizedText(value: unknown): LocalizedText | null {
  return value == null ? null : LocalizedText.parse(value);
}

export interface DisplayText {
  text: string;
  /** The language `text` is in: differs from the requested locale when a translation is missing. */
  lang: Locale | string;
  missing: boolean;
}

/** The text in `locale`, falling back to Arabic (the source language) and saying so. */
export function pickText(value: LocalizedText, locale: Locale): DisplayText {
  const own = value[locale];
  if (own) return { text: own, lang: locale, missing: false };
  return { text: value.ar, lang: defaultLocale, missing: true };
}
