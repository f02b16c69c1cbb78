import { test as base, expect, type APIResponse, type Page } from "@playwright/test";
import { directionOf, isLocale, type Locale } from "@/lib/i18n/locales";

export { expect };

/**
 * `lang`: the project's locale (Playwright's `locale` option, "ar" or "en"), typed. Every spec
 * runs in both projects and reads its expectations through `inLang`.
 */
export const test = base.extend<{ lang: Locale }>({
  // Named `provide`, not Playwright's usual `use`, which React's hooks lint rule mistakes for React.use.
  lang: async ({ locale }, provide) => {
    if (!isLocale(locale)) throw new Error(`Project locale must be "ar" or "en", got ${String(locale)}`);
    await provide(locale);
  },
});

export function inLang<T>(lang: Locale, values: Record<Locale, T>): T {
  return values[lang];
}

export function otherLocale(lang: Locale): Locale {
  return lang === "ar" ? "en" : "ar";
}

export { directionOf };

/** Opens the 2022–2023 plan from the plan list, as a reader would. Returns its path without locale. */
export async function openPlan20222023(page: Page, lang: Locale): Promise<string> {
  await page.goto(`/${lang}/plans`);
  const card = page.getByTestId("plan-list").getByRole("article").filter({ hasText: "2022–2023" });
  await card.getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/plans/[0-9a-f-]{36}$`));
  return new URL(page.url()).pathname.replace(`/${lang}`, "");
}

export const DEMO_PASSWORD = "mutabaa-demo";

/** Signs in with a demo account through the sign-in form, as a person would. */
export async function signIn(page: Page, lang: Locale, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`/${lang}/sign-in`);
  const form = page.getByTestId("sign-in-form");
  await form.getByLabel(inLang(lang, { ar: "البريد الإلكتروني", en: "Email" }), { exact: true }).fill(email);
  await form.getByLabel(inLang(lang, { ar: "كلمة المرور", en: "Password" }), { exact: true }).fill(password);
  await form.getByRole("button", { name: inLang(lang, { ar: "تسجيل الدخول", en: "Sign in" }), exact: true }).click();
  await expect(page.getByRole("banner").getByTestId("user-name")).toBeVisible();
}

/** The `data` of a successful API answer; fails the test with the status and body otherwise. */
export async function apiData<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(true);
  return ((await response.json()) as { data: T }).data;
}
