import { expectNoA11yViolations } from "./axe";
import { expect, inLang, test } from "./fixtures";

// The meetings calendar: the month grid and the list view over the demo data, month navigation,
// and the iCalendar feed it offers.

const GRF = { ar: "المنتدى العالمي الثاني للاجئين", en: "Second Global Refugee Forum" };

test("the month view of December 2023 shows the second Global Refugee Forum, and the arrows step months", async ({
  page,
  lang,
}) => {
  await page.goto(`/${lang}/meetings?view=month&month=2023-12`);
  const month = page.getByTestId("calendar-month");
  await expect(month.getByRole("heading", { level: 2 })).toHaveText(
    inLang(lang, { ar: "ديسمبر 2023", en: "December 2023" }),
  );
  // Known to the month only: listed under the month, linking to the meeting.
  const forum = month.getByRole("link", { name: inLang(lang, GRF), exact: true });
  await expect(forum).toBeVisible();
  await expect(forum).toHaveAttribute("href", new RegExp(`^/${lang}/meetings/[0-9a-f-]{36}$`));
  // Day names head the grid's columns, the week starting on Saturday in Arabic and Monday in English.
  await expect(month.getByRole("columnheader").first()).toHaveText(inLang(lang, { ar: "السبت", en: "Mon" }));
  await expectNoA11yViolations(page);

  await month.getByRole("link", { name: inLang(lang, { ar: "الشهر التالي", en: "Next month" }) }).click();
  await expect(page).toHaveURL(/month=2024-01/);
  await expect(
    page.getByTestId("calendar-month").getByRole("link", {
      name: inLang(lang, { ar: /المنتدى العالمي للهجرة والتنمية/, en: /Global Forum on Migration and Development/ }),
    }),
  ).toBeVisible();
});

test("the list view groups the meetings by month under past and upcoming", async ({ page, lang }) => {
  await page.goto(`/${lang}/meetings?view=list`);
  const list = page.getByTestId("calendar-list");
  await expect(
    list.getByRole("heading", { level: 2, name: inLang(lang, { ar: "الاجتماعات السابقة", en: "Past meetings" }) }),
  ).toBeVisible();
  await expect(
    list.getByRole("heading", { level: 3, name: inLang(lang, { ar: "ديسمبر 2023", en: "December 2023" }) }),
  ).toBeVisible();
  await expect(list.getByRole("link", { name: inLang(lang, GRF), exact: true })).toBeVisible();
  await expectNoA11yViolations(page);

  // Filtering by kind keeps the view and narrows the list.
  await page.goto(`/${lang}/meetings?view=list&kind=international_forum`);
  await expect(
    page.getByTestId("calendar-list").getByRole("link", { name: inLang(lang, GRF), exact: true }),
  ).toBeVisible();
  await expect(
    page
      .getByTestId("calendar-list")
      .getByRole("link", { name: inLang(lang, { ar: /الاجتماع التاسع/, en: /^9th ARCP meeting/ }) }),
  ).toHaveCount(0);
});

test("the calendar opens on a month by default and offers the iCalendar feed", async ({ page, lang }) => {
  await page.goto(`/${lang}/meetings`);
  await expect(page.getByTestId("calendar-month")).toBeVisible();
  await expectNoA11yViolations(page);
  const download = page.getByRole("link", {
    name: inLang(lang, { ar: "تنزيل ملف التقويم (‎.ics)", en: "Download the calendar file (.ics)" }),
  });
  const href = await download.getAttribute("href");
  expect(href).toBe(`/api/v1/meetings.ics?locale=${lang}`);
  await expect(
    page.getByRole("link", {
      name: inLang(lang, { ar: "الاشتراك عبر تطبيق التقويم", en: "Subscribe in a calendar app" }),
    }),
  ).toHaveAttribute("href", /^webcal:\/\//);
  const feed = await page.request.get(href!);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await feed.text();
  expect(text).toContain("BEGIN:VEVENT");
  expect(text).toContain(inLang(lang, GRF));
});

test("the month view on a phone lists the days and passes axe", async ({ page, lang }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${lang}/meetings?view=month&month=2022-05`);
  const month = page.getByTestId("calendar-month");
  await expect(month.getByRole("table")).toBeHidden();
  // The four-day forum under each of its days.
  await expect(
    month.getByRole("link", {
      name: inLang(lang, { ar: "منتدى استعراض الهجرة الدولية", en: "International Migration Review Forum (IMRF)" }),
    }),
  ).toHaveCount(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoA11yViolations(page);
});
