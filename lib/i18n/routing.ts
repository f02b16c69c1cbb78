import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // Arabic is the working language of the secretariat: `/` always opens Arabic rather than
  // following the browser's Accept-Language, and no locale cookie is set (responses stay cacheable).
  localeDetection: false,
  localeCookie: false,
});
