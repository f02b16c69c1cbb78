import type { APIRequestContext } from "@playwright/test";
import type { Locale } from "@/lib/i18n/locales";
import { expectNoA11yViolations } from "./axe";
import { apiData, expect, inLang, openPlan20222023, signIn, test } from "./fixtures";

// Global frameworks: the secretariat tags an activity through its edit form, the tag shows as a
// chip on the activity's page and counts on the plan's coverage page; both framework pages pass
// axe. Each run tags an activity of its own private plan, so the locale projects stay apart.

const SECRETARIAT = "secretariat@mutabaa.test";

const text = {
  gcm: {
    ar: "الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
    en: "Global Compact for Safe, Orderly and Regular Migration",
  },
  objective23: { ar: /^الهدف 23: تعزيز التعاون الدولي/, en: /^Objective 23: Strengthen international cooperation/ },
  chip23: { ar: "الهدف 23", en: "Objective 23" },
  save: { ar: "حفظ", en: "Save" },
  coverageTitle: { ar: "مدى تغطية الأطر العالمية", en: "Coverage of the global frameworks" },
  referenceTitle: { ar: "الأطر العالمية: الأهداف والغايات", en: "Global frameworks: objectives and targets" },
};

/** A private plan with one untagged activity, created through the API as the signed-in secretariat. */
async function createFixture(request: APIRequestContext, lang: Locale) {
  const tag = `${lang}-${Date.now()}`;
  const plan = await apiData<{ id: string }>(
    await request.post("/api/v1/plans", {
      data: { startYear: 2092, endYear: 2093, title: { ar: `خطة الأطر ${tag}`, en: `Frameworks plan ${tag}` } },
    }),
  );
  const pillar = await apiData<{ id: string }>(
    await request.post("/api/v1/pillars", {
      data: { planId: plan.id, title: { ar: `محور ${tag}`, en: `Pillar ${tag}` } },
    }),
  );
  const activity = await apiData<{ id: string }>(
    await request.post("/api/v1/activities", {
      data: {
        pillarId: pillar.id,
        title: { ar: `نشاط ${tag}`, en: `Activity ${tag}` },
        status: "in_progress",
        progress: 40,
      },
    }),
  );
  return {
    planId: plan.id,
    activityId: activity.id,
    activityTitle: inLang(lang, { ar: `نشاط ${tag}`, en: `Activity ${tag}` }),
  };
}

test("the secretariat tags an activity with a GCM objective and the plan's coverage counts it", async ({
  page,
  lang,
}) => {
  test.setTimeout(90_000);
  await signIn(page, lang, SECRETARIAT);
  const fixture = await createFixture(page.request, lang);

  await page.goto(`/${lang}/activities/${fixture.activityId}/edit`);
  const form = page.getByTestId("activity-form");
  const frameworks = form.getByRole("group", {
    name: inLang(lang, { ar: "الأطر العالمية", en: "Global frameworks" }),
    exact: true,
  });
  // Nothing is ticked yet, so every framework starts closed; opening one shows its objectives.
  const objective23 = frameworks.getByRole("checkbox", { name: inLang(lang, text.objective23) });
  await expect(objective23).toBeHidden();
  await frameworks
    .locator("summary")
    .filter({ hasText: inLang(lang, text.gcm) })
    .click();
  await objective23.check();
  await form.getByTestId("save").click();

  await expect(page).toHaveURL(new RegExp(`/${lang}/activities/${fixture.activityId}$`));
  const chips = page.getByTestId("framework-tags");
  await expect(chips.getByRole("listitem")).toHaveCount(1);
  await expect(chips).toContainText(inLang(lang, text.chip23));

  // The edit form opens with the objective ticked and its framework expanded.
  await page.goto(`/${lang}/activities/${fixture.activityId}/edit`);
  await expect(
    page.getByTestId("activity-form").getByRole("checkbox", { name: inLang(lang, text.objective23) }),
  ).toBeChecked();

  await page.goto(`/${lang}/plans/${fixture.planId}/frameworks`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(inLang(lang, text.coverageTitle));
  const row = page.getByTestId("coverage-gcm").locator("#coverage-gcm-23");
  await expect(row).toHaveAttribute("data-addressed", "true");
  // The count opens the activity list filtered to the plan and the objective.
  await expect(row.getByRole("link")).toHaveAttribute(
    "href",
    `/${lang}/activities?planId=${fixture.planId}&framework=gcm-23`,
  );
  await expect(page.getByTestId("coverage-gcm").locator("#coverage-gcm-1")).toHaveAttribute("data-addressed", "false");
  await expect(page.getByTestId("coverage-gcr").locator("tr[data-addressed=true]")).toHaveCount(0);
  await expectNoA11yViolations(page);

  await row.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/activities\\?planId=${fixture.planId}&framework=gcm-23$`));
  await expect(page.getByRole("main").getByRole("link", { name: fixture.activityTitle })).toBeVisible();
});

test("the coverage page of the demo plan and the reference page pass axe for anonymous readers", async ({
  page,
  lang,
}) => {
  const planPath = await openPlan20222023(page, lang);
  await page.goto(`/${lang}${planPath}/frameworks`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(inLang(lang, text.coverageTitle));
  // The demo data ties the GCR workshop to all four GCR objectives.
  await expect(page.getByTestId("coverage-gcr").locator("tr[data-addressed=true]")).toHaveCount(4);
  await expectNoA11yViolations(page);

  await page.goto(`/${lang}/frameworks`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(inLang(lang, text.referenceTitle));
  await expect(page.getByTestId("reference-gcm").getByRole("listitem")).toHaveCount(23);
  await expect(page.getByTestId("reference-gcr").getByRole("listitem")).toHaveCount(4);
  await expectNoA11yViolations(page);
});
