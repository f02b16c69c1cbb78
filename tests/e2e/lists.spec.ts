import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { expect, inLang, test } from "./fixtures";

// The activity and document lists: filters travel in the URL (so a view can be shared), the
// plain GET form works, unreadable filters are reported rather than crashing the page, and the
// pages pass axe on a desktop and on a phone.

/** The filters' <details>: open it when it is folded (phones, or before the page has hydrated). */
async function openFilters(page: Page, lang: "ar" | "en") {
  const summary = page.getByText(inLang(lang, { ar: "عوامل التصفية", en: "Filters" }), { exact: true });
  const details = page.locator("details").filter({ has: summary });
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await summary.click();
  return details;
}

async function rowTitles(page: Page): Promise<string[]> {
  return page.getByTestId("activity-list").locator("tbody tr th").allInnerTexts();
}

test("filtering activities by status puts the filter in the URL, and the shared URL shows the same list", async ({
  page,
  lang,
}) => {
  await page.goto(`/${lang}/activities`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(inLang(lang, { ar: "الأنشطة", en: "Activities" }));
  const all = await rowTitles(page);
  expect(all.length).toBeGreaterThan(2);

  const filters = await openFilters(page, lang);
  await filters
    .getByRole("group", { name: inLang(lang, { ar: "الحالة", en: "Status" }) })
    .getByLabel(inLang(lang, { ar: "قيد التنفيذ", en: "In progress" }), { exact: true })
    .check();
  await filters.getByRole("button", { name: inLang(lang, { ar: "تطبيق عوامل التصفية", en: "Apply filters" }) }).click();

  await expect(page).toHaveURL(/[?&]status=in_progress(&|$)/);
  const table = page.getByTestId("activity-list");
  await expect(table).toContainText(
    inLang(lang, { ar: "اليوم العالمي للاجئين (20/6/2024)", en: "World Refugee Day statement (20 June 2024)" }),
  );
  const filtered = await rowTitles(page);
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(all.length);
  // Every row is in progress.
  await expect(table.locator("tbody tr")).toHaveCount(filtered.length);
  for (const row of await table.locator("tbody tr").all())
    await expect(row).toContainText(inLang(lang, { ar: "قيد التنفيذ", en: "In progress" }));

  // The link, opened afresh (as someone it was shared with would), shows the same rows.
  const shared = page.url();
  await page.goto("about:blank");
  await page.goto(shared);
  expect(await rowTitles(page)).toEqual(filtered);
  await expect(page.getByRole("status")).toBeVisible();
  await expectNoA11yViolations(page);

  // Clearing the filters brings the whole list back.
  await (
    await openFilters(page, lang)
  )
    .getByRole("link", { name: inLang(lang, { ar: "إزالة عوامل التصفية", en: "Clear filters" }) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/activities$`));
  expect(await rowTitles(page)).toEqual(all);
});

test("a search in the titles (alef written without hamza too) and a sort order are kept in the URL", async ({
  page,
  lang,
}) => {
  await page.goto(
    `/${lang}/activities?q=${encodeURIComponent(inLang(lang, { ar: "اصدار بيان", en: "refugee day" }))}&sort=title`,
  );
  const titles = await rowTitles(page);
  expect(titles.length).toBeGreaterThanOrEqual(2);
  for (const title of titles) expect(title).toMatch(inLang(lang, { ar: /إصدار بيان/, en: /refugee day/i }));
  expect([...titles].sort((a, b) => a.localeCompare(b, lang))).toEqual(titles);
});

test("unreadable filters in a link are reported and ignored, not an error page", async ({ page, lang }) => {
  const response = await page.goto(`/${lang}/activities?status=bogus&from=yesterday&page=0`);
  expect(response?.status()).toBe(200);
  const notice = page.getByTestId("ignored-filters");
  await expect(notice).toContainText(inLang(lang, { ar: "الحالة", en: "Status" }));
  await expect(notice).toContainText(inLang(lang, { ar: "من تاريخ", en: "From" }));
  expect((await rowTitles(page)).length).toBeGreaterThan(2);
});

test("the documents list filters by latest stage and passes axe", async ({ page, lang }) => {
  await page.goto(`/${lang}/deliverables`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(inLang(lang, { ar: "الوثائق", en: "Documents" }));
  await expectNoA11yViolations(page);
  const all = await page.getByTestId("deliverable-list").locator("tbody tr").count();
  await page.goto(`/${lang}/deliverables?stage=submitted`);
  const rows = page.getByTestId("deliverable-list").locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(0);
  expect(await rows.count()).toBeLessThan(all);
  for (const row of await rows.all()) await expect(row).toContainText(inLang(lang, { ar: "رفع", en: "Submitted" }));
});

test("on a phone the filters fold away and the table becomes cards", async ({ page, lang }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${lang}/activities`);
  const details = page
    .locator("details")
    .filter({ has: page.getByText(inLang(lang, { ar: "عوامل التصفية", en: "Filters" }), { exact: true }) });
  await expect(details).not.toHaveAttribute("open");
  await expect(page.getByTestId("activity-list").locator("thead")).toHaveCSS("position", "absolute");
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoA11yViolations(page);
});
