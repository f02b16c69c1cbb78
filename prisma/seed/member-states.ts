import countries from "i18n-iso-countries";
import arabic from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };
import type { LocalizedText } from "../../lib/i18n/localized-text";

// The 22 member states of the League of Arab States. Only the ISO 3166-1 alpha-2 codes are
// written here; alpha-3 codes and the Arabic and English names come from i18n-iso-countries, a
// maintained data package (names are never typed by hand).
//
// Locales are registered explicitly: the package's browser build (used by bundlers) registers none.
countries.registerLocale(arabic);
countries.registerLocale(english);

export const memberStateCodes = [
  "DZ", // Algeria
  "BH", // Bahrain
  "KM", // Comoros
  "DJ", // Djibouti
  "EG", // Egypt
  "IQ", // Iraq
  "JO", // Jordan
  "KW", // Kuwait
  "LB", // Lebanon
  "LY", // Libya
  "MR", // Mauritania
  "MA", // Morocco
  "OM", // Oman
  "PS", // Palestine
  "QA", // Qatar
  "SA", // Saudi Arabia
  "SO", // Somalia
  "SD", // Sudan
  "SY", // Syria
  "TN", // Tunisia
  "AE", // United Arab Emirates
  "YE", // Yemen
] as const;

export type MemberStateCode = (typeof memberStateCodes)[number];

export interface MemberStateSeed {
  /** ISO 3166-1 alpha-2. */
  code: MemberStateCode;
  /** ISO 3166-1 alpha-3. */
  alpha3: string;
  name: LocalizedText;
}

/**
 * Which of the package's English names to use where its default is not the one we want.
 *
 * The package's Arabic names are the short forms ("فلسطين", "مصر", "سوريا"); English follows the
 * same short form where the package offers one:
 * - PS: the default ("official") is "State of Palestine"; the package's alias is "Palestine", the
 *   name in the project glossary and the match for the Arabic "فلسطين".
 * - AE: the alias is the abbreviation "UAE", so the default "United Arab Emirates" stays.
 * - SY: the package offers only "Syrian Arab Republic" (also the name used in LAS and UN
 *   documents); it stays, since names are never typed by hand.
 */
const englishNameSelect: Partial<Record<MemberStateCode, "official" | "alias">> = {
  PS: "alias",
};

function nameOf(code: MemberStateCode, lang: "ar" | "en", select: "official" | "alias" = "official"): string {
  const name = countries.getName(code, lang, { select });
  if (!name) throw new Error(`i18n-iso-countries has no ${lang} name for ${code}`);
  return name;
}

/** The 22 member states, in the order above (English alphabetical). */
export function memberStates(): MemberStateSeed[] {
  return memberStateCodes.map((code) => {
    const alpha3 = countries.alpha2ToAlpha3(code);
    if (!alpha3) throw new Error(`i18n-iso-countries has no alpha-3 code for ${code}`);
    return {
      code,
      alpha3,
      name: { ar: nameOf(code, "ar"), en: nameOf(code, "en", englishNameSelect[code]) },
    };
  });
}
