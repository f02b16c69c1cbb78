import { directionOf, expect, inLang, test } from "./fixtures";

test("pages carry the locale's language and direction on <html>", async ({ page, lang }) => {
  for (const path of ["", "/plans", "/member-states"]) {
    await page.goto(`/${lang}${path}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", directionOf(lang));
  }
});

test("/ redirects to Arabic whatever the browser's language", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/ar$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("a path without locale gets the Arabic prefix", async ({ page }) => {
  await page.goto("/plans");
  await expect(page).toHaveURL(/\/ar\/plans$/);
});

test("home page says what Mutabaa is and links to plans and member states", async ({ page, lang }) => {
  await page.goto(`/${lang}`);
  await expect(page).toHaveTitle(inLang(lang, { ar: /متابعة/, en: /Mutabaa/ }));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(inLang(lang, { ar: "متابعة", en: "Mutabaa" }));
  await expect(page.getByRole("contentinfo")).toContainText(
    inLang(lang, {
      ar: "إدارة شؤون اللاجئين والمغتربين والهجرة",
      en: "Department of Refugees, Expatriates and Migration Affairs",
    }),
  );
  const main = page.getByRole("main");
  await expect(
    main.getByRole("link", { name: inLang(lang, { ar: "خطط العمل", en: "Action plans" }) }).first(),
  ).toBeVisible();
  await expect(
    main.getByRole("link", { name: inLang(lang, { ar: "الدول الأعضاء", en: "Member states" }) }).first(),
  ).toBeVisible();
  await expect(main.getByTestId("plan-list").getByRole("article")).not.toHaveCount(0);
});

test("the skip link is the first stop and moves focus to the main content", async ({ page, lang }) => {
  await page.goto(`/${lang}/plans`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", {
    name: inLang(lang, { ar: "انتقل إلى المحتوى الرئيسي", en: "Skip to main content" }),
  });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.getByRole("main")).toBeFocused();
});

test("an unknown page is a localized 404", async ({ page, lang }) => {
  const response = await page.goto(`/${lang}/no-such-page`);
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page).toHaveTitle(inLang(lang, { ar: /^الصفحة غير موجودة/, en: /^Page not found/ }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    inLang(lang, { ar: "الصفحة غير موجودة", en: "Page not found" }),
  );
});

test("an unknown record is a localized 404", async ({ page, lang }) => {
  for (const path of [
    "/plans/00000000-0000-4000-8000-000000000000",
    "/activities/not-an-id",
    "/meetings/00000000-0000-4000-8000-000000000000",
    "/deliverables/00000000-0000-4000-8000-000000000000",
  ]) {
    const response = await page.goto(`/${lang}${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page).toHaveTitle(inLang(lang, { ar: /^الصفحة غير موجودة/, en: /^Page not found/ }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      inLang(lang, { ar: "الصفحة غير موجودة", en: "Page not found" }),
    );
  }
});

test("member states: the 22, named in the page's language, in its alphabetical order", async ({ page, lang }) => {
  await page.goto(`/${lang}/member-states`);
  const rows = page.getByTestId("overview-matrix").locator("tbody tr");
  await expect(rows).toHaveCount(22);
  const names = await rows.locator("th").allInnerTexts();
  const sorted = [...names].sort(new Intl.Collator(lang).compare);
  expect(names).toEqual(sorted);
  await expect(rows.and(page.locator('[data-state="EG"]'))).toContainText(inLang(lang, { ar: "مصر", en: "Egypt" }));
});
