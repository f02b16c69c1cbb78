import { readFile } from "node:fs/promises";
import type { APIRequestContext, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/locales";
import { expectNoA11yViolations } from "./axe";
import { apiData, expect, inLang, signIn, test } from "./fixtures";

// The secretariat's spreadsheet round trip, in both languages: the template downloaded from the
// plan's page, edited outside the app (exceljs stands in for Excel), previewed, applied, and the
// change seen on the plan's page; a file with a bad row is explained and cannot be applied.

const SECRETARIAT = "secretariat@mutabaa.test";

const text = {
  postponed: { ar: "مؤجل", en: "Postponed" },
  invalidOption: { ar: "القيمة ليست من الخيارات المسموح بها.", en: "Not one of the allowed values." },
};

/** A private plan with one pillar and one activity, with keys the test can find in the sheet. */
async function createFixture(request: APIRequestContext, lang: Locale) {
  const tag = `${lang}-${Date.now()}`;
  const plan = await apiData<{ id: string }>(
    await request.post("/api/v1/plans", {
      data: {
        startYear: 2092,
        endYear: 2093,
        title: { ar: `خطة استيراد ${tag}`, en: `Import plan ${tag}` },
        isPublic: false,
      },
    }),
  );
  const pillarKey = `pillar-import-${tag}`;
  const pillar = await apiData<{ id: string }>(
    await request.post("/api/v1/pillars", {
      data: { planId: plan.id, key: pillarKey, title: { ar: `محور ${tag}`, en: `Pillar ${tag}` } },
    }),
  );
  const activityKey = `act-import-${tag}`;
  const activityTitle = { ar: `نشاط قائم ${tag}`, en: `Existing activity ${tag}` };
  await apiData(
    await request.post("/api/v1/activities", {
      data: { pillarId: pillar.id, key: activityKey, title: activityTitle, status: "in_progress" },
    }),
  );
  return { planId: plan.id, tag, pillarKey, activityKey, activityTitle };
}

async function downloadTemplate(page: Page, lang: Locale): Promise<ExcelJS.Workbook> {
  const download = page.waitForEvent("download");
  await page.getByTestId(`import-template-${lang}`).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  return workbook;
}

/** The activities sheet (the first sheet whose first row holds the `pillar_key` column id). */
function activitiesSheet(workbook: ExcelJS.Workbook) {
  const worksheet = workbook.worksheets.find((w) => (w.getRow(1).values as unknown[]).includes("pillar_key"))!;
  const ids = worksheet.getRow(1).values as unknown[];
  const column = (id: string) => ids.indexOf(id);
  const rowOf = (key: string) => {
    let found = 0;
    worksheet.eachRow((row, n) => {
      if (row.getCell(column("key")).value === key) found = n;
    });
    return found;
  };
  return { worksheet, column, rowOf };
}

/** The edited workbook as the file a person would choose. */
async function asUpload(workbook: ExcelJS.Workbook, name: string) {
  return {
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

test("the secretariat imports a spreadsheet: preview, apply, and the change on the plan's page", async ({
  page,
  lang,
}) => {
  test.setTimeout(120_000);
  await signIn(page, lang, SECRETARIAT);
  const fixture = await createFixture(page.request, lang);

  await page.goto(`/${lang}/plans/${fixture.planId}`);
  await page.getByTestId("import-plan").click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/plans/${fixture.planId}/import$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    inLang(lang, { ar: "الاستيراد من جدول بيانات", en: "Import from a spreadsheet" }),
  );
  await expectNoA11yViolations(page);

  // A file with a bad row: every error is listed and Apply stays disabled.
  const template = await downloadTemplate(page, lang);
  const sheet = activitiesSheet(template);
  const existingRow = sheet.rowOf(fixture.activityKey);
  expect(existingRow).toBe(3);
  sheet.worksheet.getCell(existingRow, sheet.column("status")).value = "bogus";
  await page.getByTestId("import-file").setInputFiles(await asUpload(template, "bad.xlsx"));
  await page.getByTestId("import-preview").click();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toBeVisible();
  await expect(errors.getByRole("row").nth(1)).toContainText(inLang(lang, text.invalidOption));
  // Row 3, in the reader's digits.
  await expect(errors.getByRole("row").nth(1).getByRole("cell").nth(1)).toHaveText(/^[3٣]$/);
  await expect(page.getByTestId("import-apply")).toBeDisabled();
  await expectNoA11yViolations(page);

  // The corrected file: one status changed, one activity added.
  sheet.worksheet.getCell(existingRow, sheet.column("status")).value = inLang(lang, text.postponed);
  const newKey = `act-added-${fixture.tag}`;
  const newTitle = { ar: `نشاط مستورد ${fixture.tag}`, en: `Imported activity ${fixture.tag}` };
  const added = existingRow + 1;
  sheet.worksheet.getCell(added, sheet.column("key")).value = newKey;
  sheet.worksheet.getCell(added, sheet.column("pillar_key")).value = fixture.pillarKey;
  sheet.worksheet.getCell(added, sheet.column("title_ar")).value = newTitle.ar;
  sheet.worksheet.getCell(added, sheet.column("title_en")).value = newTitle.en;
  await page.getByTestId("import-file").setInputFiles(await asUpload(template, "good.xlsx"));
  await page.getByTestId("import-preview").click();
  const changes = page.getByTestId("import-changes-activities");
  await expect(changes).toBeVisible();
  await expect(changes.getByRole("row").filter({ hasText: fixture.activityKey })).toContainText(
    inLang(lang, text.postponed),
  );
  await expect(changes.getByRole("row").filter({ hasText: newKey })).toContainText(newTitle.ar);
  await expect(page.getByTestId("import-errors")).toHaveCount(0);
  await expect(page.getByTestId("import-apply")).toBeEnabled();
  await page.getByTestId("import-apply").click();
  await expect(page.getByTestId("import-applied")).toBeVisible();

  await page.getByTestId("import-back-to-plan").click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/plans/${fixture.planId}$`));
  const pillars = page.getByTestId("pillar-list");
  await expect(pillars).toContainText(inLang(lang, newTitle));
  await expect(
    pillars
      .getByRole("listitem")
      .filter({ hasText: inLang(lang, fixture.activityTitle) })
      .last(),
  ).toContainText(inLang(lang, text.postponed));
});
