import { z } from "zod";
import { TEXT_LIMITS, Text } from "@/lib/validation/text";
import { defaultLocale, type Locale } from "./locales";

// Bilingual text as stored in JSON columns: Arabic required, every other locale optional, so a
// third language is a new key, not a migration (docs/decisions/002-localized-text-as-json.md).

/** A language tag as a key ("ar", "en", "fr", "pt-BR"): anything else ("__proto__") is not a language. */
const LanguageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/);

/** Bilingual text whose every language is storable text of at most `max` characters. */
export function localizedText(max: number) {
  const text = Text(max);
  return z
    .object({ ar: text, en: text.optional() })
    .catchall(text)
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value)) {
        if (!LanguageTag.safeParse(key).success) ctx.addIssue({ code: "unrecognized_keys", keys: [key], input: value });
      }
    });
}

/** Titles and names. */
export const LocalizedText = localizedText(TEXT_LIMITS.title);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Descriptions, summaries, notes: the long kind. */
export const LongLocalizedText = localizedText(TEXT_LIMITS.long);

// What is already stored is read as it is: limits are for input, and a limit lowered later must
// not make old rows unreadable.
const StoredText = z.object({ ar: z.string().min(1), en: z.string().min(1).optional() }).catchall(z.string());

/** Parses a JSON column; throws on rows that break the invariant (they never should). */
export function toLocalizedText(value: unknown): LocalizedText {
  return StoredText.parse(value);
}

export function toOptionalLocalizedText(value: unknown): LocalizedText | null {
  return value == null ? null : StoredText.parse(value);
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
