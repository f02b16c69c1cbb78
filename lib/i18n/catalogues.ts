import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import type { Locale } from "./locales";

/**
 * The message catalogues, for text made outside React (API errors, emails, reports, calendar
 * feeds, spreadsheets) with next-intl's `createTranslator`: the same wording as the pages.
 */
export const catalogues = { ar, en } satisfies Record<Locale, typeof ar>;
