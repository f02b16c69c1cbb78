import { readFileSync } from "node:fs";
import { expectNoA11yViolations } from "./axe";
import { expect, inLang, openPlan20222023, test } from "./fixtures";

// The report download on the plan page: with JavaScript, a report job whose progress the page
// shows (an accessible progress bar and a live region), then the file; without, the plain form.

test.describe("report download", () => {
  test("a PDF export shows its progress, then downloads the file under the report's name", async ({ page, lang }) => {
    await openPlan20222023(page, lang);
    const section = page.getByTestId("report-downloads");
    await expect(section.getByLabel(inLang(lang, { ar: "الصيغة", en: "Format" }))).toHaveValue("pdf");

    const download = page.waitForEvent("download");
    await section.getByRole("button", { name: inLang(lang, { ar: "تنزيل", en: "Download" }), exact: true }).click();

    const title = inLang(lang, { ar: "تقرير المتابعة بصيغة PDF (العربية)", en: "Status report as PDF (English)" });
    const progress = section.getByRole("progressbar", { name: title });
    await expect(progress).toBeVisible();
    await expectNoA11yViolations(page);

    const file = await download;
    expect(file.suggestedFilename()).toBe(
      inLang(lang, {
        ar: "تقرير المتابعة - خطة عمل عملية التشاور العربية الإقليمية حول الهجرة واللجوء لعامي 2022-2023.pdf",
        en: "Status report - ARCP Action Plan 2022–2023.pdf",
      }),
    );
    expect(
      readFileSync(await file.path())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");

    await expect(progress).toHaveAttribute("aria-valuenow", "100");
    const job = section.getByTestId("report-job");
    await expect(job.getByRole("status")).toHaveText(
      inLang(lang, { ar: "التقرير جاهز، وقد بدأ تنزيله.", en: "The report is ready and its download has started." }),
    );
    await expect(
      job.getByRole("link", { name: inLang(lang, { ar: "تنزيل الملف", en: "Download the file" }) }),
    ).toHaveAttribute("href", /^\/api\/v1\/report-jobs\/[0-9a-f-]{36}\/file$/);
    await expectNoA11yViolations(page);
  });

  test("two exports can run side by side, each with its own progress and file", async ({ page, lang }) => {
    await openPlan20222023(page, lang);
    const section = page.getByTestId("report-downloads");
    const format = section.getByLabel(inLang(lang, { ar: "الصيغة", en: "Format" }));
    const submit = section.getByRole("button", { name: inLang(lang, { ar: "تنزيل", en: "Download" }), exact: true });

    const names: string[] = [];
    page.on("download", (file) => names.push(file.suggestedFilename()));
    await format.selectOption("xlsx");
    await submit.click();
    await format.selectOption("csv");
    await submit.click();

    await expect(section.getByRole("progressbar")).toHaveCount(2);
    await expect(
      section.getByRole("link", { name: inLang(lang, { ar: "تنزيل الملف", en: "Download the file" }) }),
    ).toHaveCount(2);
    await expect.poll(() => names.map((name) => name.split(".").at(-1)).sort()).toEqual(["csv", "xlsx"]);
  });
});

test.describe("report download without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form is a plain download", async ({ page, lang }) => {
    await openPlan20222023(page, lang);
    const section = page.getByTestId("report-downloads");
    await section.getByLabel(inLang(lang, { ar: "الصيغة", en: "Format" })).selectOption("csv");
    const download = page.waitForEvent("download");
    await section.getByRole("button", { name: inLang(lang, { ar: "تنزيل", en: "Download" }), exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(
      inLang(lang, { ar: /^تقرير المتابعة - .*\.csv$/, en: /^Status report - .*\.csv$/ }),
    );
  });
});
