import { apiData, expect, inLang, signIn, test } from "./fixtures";

// Issue 16's layout and typography points a browser shows: the plan in the new-activity page's
// breadcrumbs, and names in the filters in the page language's alphabetical order.

test("the new-activity page opened from a pillar has the plan in its breadcrumbs", async ({ page, lang }) => {
  await signIn(page, lang, "secretariat@mutabaa.test");
  const plans = await apiData<{ id: string; key: string; title: { ar: string; en?: string } }[]>(
    await page.request.get("/api/v1/plans"),
  );
  const plan = plans.find((p) => p.key === "arcp-2022-2023")!;
  const pillars = await apiData<{ id: string; planId: string }[]>(await page.request.get("/api/v1/pillars"));
  const pillar = pillars.find((p) => p.planId === plan.id)!;
  await page.goto(`/${lang}/activities/new?pillar=${pillar.id}`);
  const crumbs = page.getByRole("navigation", { name: inLang(lang, { ar: "مسار التنقل", en: "Breadcrumb" }) });
  await expect(
    crumbs.getByRole("link", { name: lang === "en" && plan.title.en ? plan.title.en : plan.title.ar }),
  ).toHaveAttribute("href", `/${lang}/plans/${plan.id}`);
});

test("the member-state filters list the states in alphabetical order of their names", async ({ page, lang }) => {
  for (const path of ["/meetings", "/deliverables"]) {
    await page.goto(`/${lang}${path}`);
    const labels = await page
      .locator('select[name="state"] option')
      .evaluateAll((options) => options.filter((o) => (o as HTMLOptionElement).value).map((o) => o.textContent ?? ""));
    expect(labels).toHaveLength(22);
    expect(labels).toEqual([...labels].sort(new Intl.Collator(lang).compare));
    // Not the ISO code order: in Arabic, Jordan (الأردن) comes before the Emirates (الإمارات, AE).
    if (lang === "ar") expect(labels.indexOf("الأردن")).toBeLessThan(labels.findIndex((l) => l.startsWith("الإمارات")));
  }
});

test("date inputs follow the page's language and say what to type", async ({ page, lang }) => {
  await signIn(page, lang, "secretariat@mutabaa.test");
  await page.goto(`/${lang}/meetings/new`);
  const start = page.locator('input[name="startDate"]');
  await expect(start).toHaveAttribute("type", "date");
  await expect(start).toHaveAttribute("lang", lang);
  const hint = page.locator(`#${await start.getAttribute("id")}-hint`);
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText(
    inLang(lang, { ar: "اليوم والشهر والسنة، مثل 17 مايو 2022.", en: "Day, month and year, e.g. 17 May 2022." }),
  );
});
