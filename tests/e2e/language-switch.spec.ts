import { expect, inLang, openPlan20222023, otherLocale, test } from "./fixtures";

test("the language switch keeps the current page, there and back", async ({ page, lang }) => {
  const path = await openPlan20222023(page, lang);
  const other = otherLocale(lang);

  const toOther = page.getByTestId("language-switch");
  await expect(toOther).toHaveAttribute("hreflang", other);
  await expect(toOther).toHaveAttribute("lang", other);
  await expect(toOther).toHaveText(inLang(other, { ar: "العربية", en: "English" }));
  await toOther.click();
  await expect(page).toHaveURL(new RegExp(`/${other}${path}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", other);

  const back = page.getByTestId("language-switch");
  await expect(back).toHaveText(inLang(lang, { ar: "العربية", en: "English" }));
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/${lang}${path}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
});

test("the language switch keeps the query string", async ({ page, lang }) => {
  await page.goto(`/${lang}/plans?view=list&page=2`);
  const href = await page.getByTestId("language-switch").getAttribute("href");
  expect(href).toBe(`/${otherLocale(lang)}/plans?view=list&page=2`);
});
