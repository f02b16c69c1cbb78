import { createTranslator } from "next-intl";
import { splitMessageKey, type ErrorCode, type FieldErrors } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import ar from "@/messages/ar.json";
import { catalogues } from "@/lib/i18n/catalogues";

// Error messages outside React: the same messages/*.json the pages use, through next-intl's
// translator, so an API error reads exactly like the UI's.

type ValidationKey = keyof (typeof ar)["validation"];

function isValidationKey(key: string): key is ValidationKey {
  return Object.hasOwn(ar.validation, key);
}

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return createTranslator({ locale, messages: catalogues[locale], namespace: "errors" })(code);
}

/** Field errors (message keys) as messages in `locale`; an unknown key reads as "not a valid value". */
export function fieldMessages(fields: FieldErrors, locale: Locale): Record<string, string[]> {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "validation" });
  const message = (raw: string) => {
    const { key, values } = splitMessageKey(raw);
    return isValidationKey(key) ? t(key, values) : t("invalid");
  };
  return Object.fromEntries(Object.entries(fields).map(([path, keys]) => [path, keys.map(message)]));
}
