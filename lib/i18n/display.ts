import type { Locale } from "./locales";

/**
 * How a reader wants numbers and dates written: Western (0-9) or Arabic-Indic (٠-٩) digits, and
 * whether the Umm al-Qura (Hijri) date is shown beside the Gregorian one. A per-user preference
 * (the account page); visitors get the defaults.
 */
export interface DisplayPreferences {
  digits: "latn" | "arab";
  hijri: boolean;
}

export const DEFAULT_DISPLAY: DisplayPreferences = { digits: "latn", hijri: false };

/** The BCP 47 tag Intl formatters get: the page's language with the reader's digits. */
export function intlLocaleFor(
  locale: Locale,
  digits: DisplayPreferences["digits"],
  calendar: "gregory" | "islamic-umalqura" = "gregory",
): string {
  const base = locale === "ar" ? "ar" : "en-GB";
  return `${base}-u-ca-${calendar}-nu-${digits}`;
}
