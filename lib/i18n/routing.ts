import { defineRouting } from "next-intl/routing";
import { notFound } from "next/navigation";
import { defaultLocale, isLocale, locales, type Locale } from "./locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // Arabic is the working language of the secretariat: `/` always opens Arabic rather than
  // following the browser's Accept-Language, and no locale cookie is set (responses stay cacheable).
  localeDetection: false,
  localeCookie: false,
});

/**
 * The `[locale]` route segment as a `Locale`. app/[locale]/layout.tsx already answers 404 for
 * anything else; pages render in parallel with it, so they check again rather than cast.
 */
export function requireLocale(segment: string): Locale {
  if (!isLocale(segment)) notFound();
  return segment;
}
