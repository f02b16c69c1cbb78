import type { Locale } from "@/lib/i18n/locales";

// When something happened (an audit event, the change behind a conflict): date and time in the
// page's language, Western digits as in the rest of the interface, in UTC and saying so, so the
// server's rendering and the browser's agree and nobody has to guess the time zone.

const intlLocale: Record<Locale, string> = { ar: "ar-u-nu-latn-ca-gregory", en: "en-GB-u-ca-gregory" };

const formatters = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(iso: string, locale: Locale): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[locale], {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: "UTC",
      timeZoneName: "short",
    });
    formatters.set(locale, f);
  }
  return f.format(new Date(iso));
}
