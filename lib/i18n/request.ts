import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import type ar from "@/messages/ar.json";
import type { Locale } from "./locales";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Dates are formatted by lib/i18n/format.ts; this only keeps next-intl's own formatters
    // deterministic between server and browser.
    timeZone: "UTC",
  };
});

// Typed message keys: a key missing from ar.json (the reference file) fails `tsc`, including
// the enum label keys built with template literals (`activityStatus.${status}`).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof ar;
  }
}
