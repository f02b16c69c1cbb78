import { locales } from "@/lib/i18n/locales";

// Where to go after signing in: `?next=` from the sign-in link. Only a path on this site is
// accepted (an absolute or protocol-relative URL would make the sign-in page an open redirect),
// returned without its locale prefix so the redirect can add the current one.

const BASE = "http://mutabaa.invalid";
/** Pages that make no sense to return to. */
const NOT_AFTER_SIGN_IN = ["/sign-in", "/invitation", "/reset-password"];

export const DEFAULT_RETURN_PATH = "/plans";

export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) {
    return DEFAULT_RETURN_PATH;
  }
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  // Also catches what URL parsing turns into another host ("/\t/evil.example" → "//evil.example").
  if (url.origin !== BASE) return DEFAULT_RETURN_PATH;
  let path = url.pathname;
  for (const locale of locales) {
    if (path === `/${locale}` || path.startsWith(`/${locale}/`)) path = path.slice(locale.length + 1) || "/";
  }
  if (NOT_AFTER_SIGN_IN.some((p) => path === p || path.startsWith(`${p}/`))) return DEFAULT_RETURN_PATH;
  return `${path}${url.search}${url.hash}`;
}
