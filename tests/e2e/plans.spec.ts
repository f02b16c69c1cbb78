import { expect, inLang, openPlan20222023, test } from "./fixtures";

test("the plan list shows the 2022–2023 and 2024–2025 plans", async ({ page, lang }) => {
  await page.goto(`/${lang}/plans`);
  await expect(page).toHaveTitle(inLang(lang, { ar: /خطط العمل/, en: /Action plans/ }));
  const cards = page.getByTestId("plan-list").getByRole("article");
  await expect(cards.filter({ hasText: "2022–2023" })).toHaveCount(1);
  await expect(cards.filter({ hasText: "2024–2025" })).toHaveCount(1);

  const adopted = cards.filter({ hasText: "2022–2023" });
  await expect(adopted).toContainText(inLang(lang, { ar: "اعتُمدت خلال", en: "Adopted at" }));
  await expect(adopted).toContainText(inLang(lang, { ar: "الاجتماع الثامن", en: "8th ARCP meeting" }));
  const draft = cards.filter({ hasText: "2024–2025" });
  await expect(draft).toContainText(inLang(lang, { ar: "من المقرر اعتمادها خلال", en: "Scheduled for adoption at" }));
  await expect(draft).toContainText(inLang(lang, { ar: "الاجتماع العاشر", en: "10th ARCP meeting" }));
});

test("the 2022–2023 plan shows its six pillars in the source's order", async ({ page, lang }) => {
  await openPlan20222023(page, lang);
  await expect(page).toHaveTitle(/2022/);
  const pillars = page.getByTestId("pillar-list").locator(":scope > li");
  await expect(pillars).toHaveCount(6);
  const expected = inLang(lang, {
    ar: [
      "متابعة واستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
      "متابعة واستعراض الاتفاق العالمي للاجئين",
      "اليوم العالمي للاجئين",
      "المنتدى العالمي للهجرة والتنمية",
      "خطة التنمية المستدامة 2030",
      "كوفيد 19",
    ],
    en: [
      "Global Compact for Safe, Orderly and Regular Migration",
      "Global Compact on Refugees",
      "World Refugee Day",
      "Global Forum on Migration and Development",
      "2030 Agenda",
      "COVID-19",
    ],
  });
  for (const [i, title] of expected.entries()) {
    await expect(pillars.nth(i).getByRole("heading", { level: 3 })).toContainText(title);
  }
  // Each pillar lists its activities with a status and a progress bar whose value is in the text.
  await expect(pillars.first().getByRole("link").first()).toBeVisible();
  await expect(pillars.first()).toContainText(inLang(lang, { ar: "نسبة الإنجاز", en: "complete" }));
});

test("the 2022–2023 plan shows the road to the second Global Refugee Forum in date order", async ({ page, lang }) => {
  await openPlan20222023(page, lang);
  const items = page.getByTestId("meeting-timeline").getByTestId("meeting-item");
  const titles = await items.getByRole("link").allInnerTexts();
  const texts = await items.allInnerTexts();

  const steps = inLang(lang, {
    ar: [
      { title: /^الاجتماع التاسع/, date: "مايو 2023" },
      { title: /^ورشة عمل/, date: "يونيو 2023" },
      { title: /^الاجتماع التشاوري الإقليمي/, date: "أكتوبر 2023" },
      { title: /^المنتدى العالمي الثاني للاجئين$/, date: "ديسمبر 2023" },
    ],
    en: [
      { title: /9th ARCP meeting/, date: "May 2023" },
      { title: /workshop/i, date: "June 2023" },
      { title: /^Regional consultative meeting/i, date: "October 2023" },
      { title: /^Second Global Refugee Forum$/i, date: "December 2023" },
    ],
  });
  const positions = steps.map(({ title, date }) => {
    const index = titles.findIndex((t) => title.test(t.trim()));
    expect(index, `${title} in ${JSON.stringify(titles)}`).toBeGreaterThanOrEqual(0);
    expect(texts[index]).toContain(date);
    return index;
  });
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(new Set(positions).size).toBe(4);
});

test("the 2022–2023 plan lists its documents with their latest stage", async ({ page, lang }) => {
  await openPlan20222023(page, lang);
  const documents = page.getByRole("region", { name: inLang(lang, { ar: "الوثائق", en: "Documents" }) });
  await expect(
    documents.getByRole("link", { name: inLang(lang, { ar: /الرسائل الرئيسية/, en: /Key Messages/ }) }),
  ).toBeVisible();
  await expect(documents).toContainText(inLang(lang, { ar: "آخر مرحلة", en: "Latest stage" }));
});
