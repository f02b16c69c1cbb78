import { expectNoA11yViolations } from "./axe";
import { expect, openPlan20222023, signIn, test } from "./fixtures";

// axe (WCAG 2.x A and AA) on the pages every reader passes through. The feature specs check their
// own pages (dashboard, member states, calendar, lists, frameworks, import) the same way.

test("the home page, the plan list and the sign-in page have no WCAG A/AA violations", async ({ page, lang }) => {
  for (const path of ["", "/plans", "/sign-in"]) {
    await page.goto(`/${lang}${path}`);
    await expect(page.locator("main")).toBeVisible();
    await expectNoA11yViolations(page);
  }
});

test("activity, meeting and document pages have no WCAG A/AA violations", async ({ page, lang }) => {
  await openPlan20222023(page, lang);
  const planUrl = page.url();
  for (const kind of ["activities", "meetings", "deliverables"]) {
    await page.goto(planUrl);
    await page.locator(`main a[href*="/${lang}/${kind}/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/${kind}/[0-9a-f-]{36}$`));
    await expectNoA11yViolations(page);
  }
});

test("the account page and the secretariat's edit form have no WCAG A/AA violations", async ({ page, lang }) => {
  await signIn(page, lang, "secretariat@mutabaa.test");
  await page.goto(`/${lang}/account`);
  await expectNoA11yViolations(page);
  await openPlan20222023(page, lang);
  await page.locator(`main a[href*="/${lang}/activities/"]`).first().click();
  await page.goto(`${page.url()}/edit`);
  await expect(page.locator("main form").first()).toBeVisible();
  await expectNoA11yViolations(page);
});
