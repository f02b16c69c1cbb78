import type { Page } from "@playwright/test";
import type { PlanProgress } from "@/lib/dashboard/dto";
import type { Locale } from "@/lib/i18n/locales";
import { expectNoA11yViolations } from "./axe";
import { apiData, expect, inLang, openPlan20222023, signIn, test } from "./fixtures";

// The plan dashboard and "what changed", per role, in both languages: the figures on the page are
// the progress API's, the timeline runs in the reading direction, editors alone get edit controls,
// anonymous visitors get the public plan without the audit trail, and axe finds nothing on either page.

const text = {
  dashboard: { ar: "لوحة متابعة الخطة", en: "Plan dashboard" },
  recent: { ar: "آخر التغييرات", en: "Recent changes" },
  overall: { ar: "جميع المحاور", en: "All pillars" },
  changesLink: { ar: "ما الذي تغيّر منذ الاجتماع الأخير", en: "What changed since the last meeting" },
  changesTitle: { ar: "ما الذي تغيّر", en: "What changed" },
  statusChanges: { ar: "تغيّر حالات الأنشطة", en: "Activity status changes" },
  completed: { ar: "منجز", en: "Completed" },
  signInNote: { ar: "سجل التدقيق", en: "audit trail" },
};

/** The months' inline positions: the first month's and the last month's left edges, in pixels. */
async function monthEdges(page: Page): Promise<{ first: number; last: number }> {
  const months = page.getByTestId("plan-timeline").getByTestId("timeline-month");
  const first = await months.first().boundingBox();
  const last = await months.last().boundingBox();
  return { first: first!.x, last: last!.x };
}

async function expectDashboard(page: Page, lang: Locale) {
  await expect(page.getByRole("region", { name: inLang(lang, text.dashboard), exact: true })).toBeVisible();
  await expect(page.getByTestId("pillar-progress")).toBeVisible();
}

test("the secretariat sees the 2022–2023 figures as the API gives them, and the timeline in the reading direction", async ({
  page,
  lang,
}) => {
  test.setTimeout(60_000);
  await signIn(page, lang, "secretariat@mutabaa.test");
  const path = await openPlan20222023(page, lang);
  await expectDashboard(page, lang);
  await expect(page.getByTestId("edit-toolbar")).toBeVisible();

  const progress = await apiData<PlanProgress>(await page.request.get(`/api/v1${path}/progress`));
  const rows = page.getByTestId("pillar-progress").getByRole("row");
  // Header, one row per pillar, the overall row.
  await expect(rows).toHaveCount(progress.pillars.length + 2);
  const overall = rows.filter({ has: page.getByRole("rowheader", { name: inLang(lang, text.overall) }) });
  const cells = overall.getByRole("cell");
  await expect(cells.nth(5)).toHaveText(String(progress.overall.total));
  await expect(cells.nth(2)).toHaveText(String(progress.overall.count.completed));
  expect(progress.overall.progress).not.toBeNull();
  await expect(cells.nth(6)).toContainText(String(progress.overall.progress));
  for (const [i, pillar] of progress.pillars.entries()) {
    await expect(
      rows
        .nth(i + 1)
        .getByRole("cell")
        .nth(5),
    ).toHaveText(String(pillar.total));
  }
  await expect(page.getByTestId("progress-chart").locator("svg").first()).toBeVisible();

  const { first, last } = await monthEdges(page);
  // Arabic: January 2022 at the right edge, December 2023 at the left; English the other way.
  if (lang === "ar") expect(first).toBeGreaterThan(last);
  else expect(first).toBeLessThan(last);
  await expect(page.getByTestId("timeline-activity").first()).toBeVisible();
  await expect(page.getByRole("region", { name: inLang(lang, text.recent) })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a focal point sees the dashboard and recent changes without edit controls", async ({ page, lang }) => {
  await signIn(page, lang, "focal.eg@mutabaa.test");
  await openPlan20222023(page, lang);
  await expectDashboard(page, lang);
  await expect(page.getByRole("region", { name: inLang(lang, text.recent) })).toBeVisible();
  await expect(page.getByTestId("edit-toolbar")).toHaveCount(0);
  await expect(page.getByTestId("quick-status-open")).toHaveCount(0);
});

test("an anonymous visitor reads the public plan's dashboard and what changed, without the audit trail", async ({
  page,
  lang,
}) => {
  await openPlan20222023(page, lang);
  await expectDashboard(page, lang);
  await expect(page.getByTestId("edit-toolbar")).toHaveCount(0);
  await expect(page.getByRole("region", { name: inLang(lang, text.recent) })).toHaveCount(0);
  await expectNoA11yViolations(page);

  await page.getByRole("link", { name: inLang(lang, text.changesLink) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(inLang(lang, text.changesTitle));
  await expect(page.getByText(inLang(lang, text.signInNote))).toBeVisible();
  await expect(page.getByRole("region", { name: inLang(lang, text.statusChanges) })).toHaveCount(0);
  await expectNoA11yViolations(page);
});

test("what changed lists a status change made today; a private plan stays hidden from anonymous visitors", async ({
  page,
  lang,
  request,
}) => {
  test.setTimeout(60_000);
  await signIn(page, lang, "secretariat@mutabaa.test");
  const tag = `${lang}-${Date.now()}`;
  const plan = await apiData<{ id: string }>(
    await page.request.post("/api/v1/plans", {
      data: {
        startYear: 2025,
        endYear: 2027,
        title: { ar: `خطة لوحة ${tag}`, en: `Dashboard plan ${tag}` },
        isPublic: false,
      },
    }),
  );
  const pillar = await apiData<{ id: string }>(
    await page.request.post("/api/v1/pillars", {
      data: { planId: plan.id, title: { ar: `محور ${tag}`, en: `Pillar ${tag}` } },
    }),
  );
  const title = { ar: `نشاط لوحة ${tag}`, en: `Dashboard activity ${tag}` };
  const activity = await apiData<{ id: string; version: number }>(
    await page.request.post("/api/v1/activities", {
      data: { pillarId: pillar.id, title, type: "consultation", plannedEnd: "2026-06-30" },
    }),
  );
  await apiData(
    await page.request.patch(`/api/v1/activities/${activity.id}`, {
      data: { status: "completed", progress: 100, version: activity.version },
    }),
  );

  const today = new Date().toISOString().slice(0, 10);
  await page.goto(`/${lang}/plans/${plan.id}/changes?from=${today}&to=${today}`);
  const section = page.getByRole("region", { name: inLang(lang, text.statusChanges) });
  const change = section.getByTestId("status-change").filter({ hasText: inLang(lang, title) });
  await expect(change).toBeVisible();
  await expect(change).toContainText(inLang(lang, text.completed));
  await expectNoA11yViolations(page);

  // The same page for a period before the change lists nothing.
  await page.goto(`/${lang}/plans/${plan.id}/changes?from=2025-01-01&to=2025-01-31`);
  await expect(
    page.getByRole("region", { name: inLang(lang, text.statusChanges) }).getByTestId("status-change"),
  ).toHaveCount(0);

  // `request` carries no session: the private plan's dashboard and API answer 404.
  expect((await request.get(`/${lang}/plans/${plan.id}`)).status()).toBe(404);
  expect((await request.get(`/api/v1/plans/${plan.id}/progress`)).status()).toBe(404);
});

test("the progress chart and its caption stay inside their card on a desktop and on a phone", async ({
  page,
  lang,
}) => {
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 375, height: 740 },
  ]) {
    await page.setViewportSize(viewport);
    await openPlan20222023(page, lang);
    const chart = page.getByTestId("progress-chart");
    await expect(chart.locator("rect").first()).toBeVisible();
    // The bars grow from the start of the reading direction: the right in Arabic, the left in English.
    const bar = (await chart.locator("rect").first().boundingBox())!;
    const track = (await chart.locator("svg").first().boundingBox())!;
    if (lang === "ar") expect(Math.abs(bar.x + bar.width - (track.x + track.width))).toBeLessThan(1);
    else expect(Math.abs(bar.x - track.x)).toBeLessThan(1);
    const card = (await chart.locator("xpath=ancestor::figure[1]").boundingBox())!;
    for (const part of [chart, chart.locator("xpath=following-sibling::figcaption")]) {
      const box = (await part.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(card.x);
      expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(card.y + card.height + 0.5);
    }
  }
});
