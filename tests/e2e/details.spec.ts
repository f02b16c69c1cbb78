import { expect, inLang, openPlan20222023, test } from "./fixtures";

test("an activity page shows its fields and links back to its plan", async ({ page, lang }) => {
  await openPlan20222023(page, lang);
  const planUrl = page.url();
  await page
    .getByTestId("pillar-list")
    .getByRole("link", { name: inLang(lang, { ar: /^ورشة عمل لتنمية قدرات/, en: /workshop/i }) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/activities/`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(inLang(lang, { ar: "ورشة عمل", en: "orkshop" }));
  const details = page.getByRole("region", { name: inLang(lang, { ar: "البيانات", en: "Details" }) });
  await expect(details).toContainText(inLang(lang, { ar: "المحور", en: "Pillar" }));
  await expect(details).toContainText(
    inLang(lang, { ar: "الاتفاق العالمي للاجئين", en: "Global Compact on Refugees" }),
  );
  await expect(details).toContainText(inLang(lang, { ar: "نسبة الإنجاز", en: "complete" }));
  await expect(
    page.getByRole("navigation", { name: inLang(lang, { ar: "مسار التنقل", en: "Breadcrumb" }) }),
  ).toBeVisible();
  await details.getByRole("link").first().click();
  await expect(page).toHaveURL(planUrl);
});

test("a meeting page shows objectives, agenda with presenters, and what it produced", async ({ page, lang }) => {
  await openPlan20222023(page, lang);
  await page
    .getByTestId("meeting-timeline")
    .getByRole("link", { name: inLang(lang, { ar: /^الاجتماع التاسع/, en: /^9th ARCP meeting/ }) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/meetings/`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    inLang(lang, { ar: "الاجتماع التاسع", en: "9th ARCP meeting" }),
  );
  await expect(page.getByRole("region", { name: inLang(lang, { ar: "البيانات", en: "Details" }) })).toContainText(
    inLang(lang, { ar: "مايو 2023", en: "May 2023" }),
  );
  const agenda = page.getByRole("region", { name: inLang(lang, { ar: "جدول الأعمال", en: "Agenda" }) });
  await expect(agenda.getByRole("listitem").first()).toBeVisible();
  await expect(agenda).toContainText(
    inLang(lang, { ar: "المنظمة الدولية للهجرة", en: "International Organization for Migration" }),
  );
  const produced = page.getByRole("region", {
    name: inLang(lang, { ar: "الوثائق الصادرة عن الاجتماع", en: "Documents issued by the meeting" }),
  });
  await expect(
    produced.getByRole("link", { name: inLang(lang, { ar: /البيان الختامي/, en: /final statement/i }) }),
  ).toBeVisible();
});

test("the Key Messages document shows its dated stage history", async ({ page, lang }) => {
  await openPlan20222023(page, lang);
  await page
    .getByRole("link", { name: inLang(lang, { ar: /الرسائل الرئيسية/, en: /Key Messages/ }) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/deliverables/`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    inLang(lang, { ar: "الرسائل الرئيسية", en: "Key Messages" }),
  );
  const details = page.getByRole("region", { name: inLang(lang, { ar: "البيانات", en: "Details" }) });
  await expect(details).toContainText(inLang(lang, { ar: "المنتدى المستهدف", en: "Target forum" }));
  await expect(details).toContainText(
    inLang(lang, { ar: "المنتدى العالمي الثاني للاجئين", en: "Second Global Refugee Forum" }),
  );

  const stages = page.getByTestId("stage-history").getByTestId("stage-item");
  const texts = await stages.allInnerTexts();
  const find = (label: string) => texts.findIndex((t) => t.includes(label));
  const translated = find(inLang(lang, { ar: "ترجمة", en: "Translated" }));
  const submitted = find(inLang(lang, { ar: "رفع", en: "Submitted" }));
  const circulated = find(inLang(lang, { ar: "تعميم", en: "Circulated" }));
  expect(translated, JSON.stringify(texts)).toBeGreaterThanOrEqual(0);
  expect(submitted).toBeGreaterThan(translated);
  expect(circulated).toBeGreaterThan(submitted);
  expect(texts[translated]).toContain(inLang(lang, { ar: "الإنجليزية", en: "English" }));
  expect(texts[submitted]).toContain(
    inLang(lang, { ar: "المنتدى العالمي الثاني للاجئين", en: "second Global Refugee Forum" }),
  );
  expect(texts[circulated]).toContain(
    inLang(lang, { ar: "بعثة الجامعة العربية في جنيف", en: "LAS mission in Geneva" }),
  );
  expect(texts[circulated]).toContain(inLang(lang, { ar: "المجموعة العربية", en: "Arab Group" }));
});
