import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The language of an API answer's messages: `?locale=ar|en`, else the best match in
 * `Accept-Language` (by q-value, `en-GB` counting as `en`), else Arabic.
 */
export function requestLocale(request: Request): Locale {
  const param = new URL(request.url).searchParams.get("locale");
  if (isLocale(param)) return param;
  const header = request.headers.get("accept-language");
  if (!header) return defaultLocale;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...attributes] = part.trim().split(";");
      const q = attributes.map((a) => a.trim()).find((a) => a.startsWith("q="));
      return { language: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? defaultLocale;
}
