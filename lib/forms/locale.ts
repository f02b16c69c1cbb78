import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

/** The language a form was submitted in (its hidden `locale` input), else the default. */
export function localeOf(formData: FormData): Locale {
  const value = formData.get("locale");
  return isLocale(value) ? value : defaultLocale;
}
