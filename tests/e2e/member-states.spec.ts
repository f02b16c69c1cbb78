import type { Browser, Page } from "@playwright/test";
import type { Locale } from "@/lib/i18n/locales";
import { expectNoA11yViolations } from "./axe";
import { apiData, expect, inLang, signIn, test } from "./fixtures";

// Member states, per role in both languages: a focal point lands on their state's page, sees its
// participations, comments on an activity and reports progress on a pledge; the secretariat
// accepts the report and the focal point sees the pledge's new progress; another state's focal
// point cannot report on it. axe checks the overview and every state's page.

const text = {
  egypt: { ar: "مصر", en: "Egypt" },
  participations: { ar: "المشاركة في الاجتماعات", en: "Participation in meetings" },
  comments: { ar: "التعليقات", en: "Comments" },
  comment: { ar: "التعليق", en: "Comment" },
  postComment: { ar: "نشر التعليق", en: "Post the comment" },
  reportProgress: { ar: "الإبلاغ عن التقدم المحرز", en: "Report progress" },
  progressReached: { ar: "نسبة الإنجاز المحققة (٪)", en: "Progress reached (%)" },
  send: { ar: "إرسال التقرير", en: "Send the report" },
  awaiting: { ar: "قيد المراجعة", en: "Awaiting review" },
  review: { ar: "مراجعة هذا التحديث", en: "Review this update" },
  decision: { ar: "القرار", en: "Decision" },
  record: { ar: "تسجيل القرار", en: "Record the decision" },
  accepted: { ar: "معتمد", en: "Accepted" },
  myState: { ar: "دولتي", en: "My state" },
};

/** A signed-in browser of its own (the test's `page` is another person). */
async function asUser(browser: Browser, lang: Locale, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: lang });
  const page = await context.newPage();
  await signIn(page, lang, email);
  return page;
}

interface MeetingDetail {
  id: string;
  key: string;
  title: { ar: string; en?: string };
  version: number;
  participations: { memberState: { code: string }; presentedEfforts: boolean; note: unknown }[];
}

/** Records (once) that Egypt took part in the ninth ARCP session and presented its efforts there. */
async function egyptAtArcp9(secretariat: Page): Promise<MeetingDetail> {
  const meetings = await apiData<{ id: string; key: string }[]>(await secretariat.request.get("/api/v1/meetings"));
  const id = meetings.find((m) => m.key === "arcp-9")!.id;
  const meeting = await apiData<MeetingDetail>(await secretariat.request.get(`/api/v1/meetings/${id}`));
  if (meeting.participations.some((p) => p.memberState.code === "EG")) return meeting;
  const participations = [
    ...meeting.participations.map((p) => ({
      memberStateId: p.memberState.code,
      presentedEfforts: p.presentedEfforts,
      ...(p.note ? { note: p.note } : {}),
    })),
    { memberStateId: "EG", presentedEfforts: true },
  ];
  return apiData<MeetingDetail>(
    await secretariat.request.patch(`/api/v1/meetings/${id}`, { data: { participations, version: meeting.version } }),
  );
}

test("a focal point lands on their state's page, sees its participations and comments on an activity", async ({
  page,
  browser,
  lang,
}) => {
  test.setTimeout(60_000);
  const secretariat = await asUser(browser, lang, "secretariat@mutabaa.test");
  const meeting = await egyptAtArcp9(secretariat);
  await secretariat.context().close();

  await signIn(page, lang, "focal.eg@mutabaa.test");
  await expect(page).toHaveURL(new RegExp(`/${lang}/member-states/EG$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(inLang(lang, text.egypt));
  await expect(page.getByRole("banner").getByRole("link", { name: inLang(lang, text.myState) })).toHaveAttribute(
    "href",
    `/${lang}/member-states/EG`,
  );
  const participations = page.getByRole("region", { name: inLang(lang, text.participations) });
  await expect(
    participations.getByRole("link", { name: lang === "en" && meeting.title.en ? meeting.title.en : meeting.title.ar }),
  ).toBeVisible();

  // A comment on an activity of the 2022–2023 plan, shown with its author and state.
  const plans = await apiData<{ id: string; key: string }[]>(await page.request.get("/api/v1/plans"));
  const plan = plans.find((p) => p.key === "arcp-2022-2023")!;
  const [activity] = await apiData<{ id: string }[]>(await page.request.get(`/api/v1/activities?planId=${plan.id}`));
  await page.goto(`/${lang}/activities/${activity!.id}`);
  const comments = page.getByRole("region", { name: inLang(lang, text.comments) });
  const body = `${inLang(lang, { ar: "ملاحظة من مصر", en: "A note from Egypt" })} ${Date.now()}`;
  // By role: the reword forms of earlier comments are folded away (hidden), the new-comment one is not.
  await comments.getByRole("textbox", { name: inLang(lang, text.comment) }).fill(body);
  await comments.getByRole("button", { name: inLang(lang, text.postComment) }).click();
  const posted = comments.getByTestId("comment").filter({ hasText: body });
  await expect(posted).toBeVisible();
  await expect(posted).toContainText(inLang(lang, text.egypt));
  // The comments section with its forms passes axe too.
  await expectNoA11yViolations(page);

  // The comment is also on Egypt's page.
  await page.goto(`/${lang}/member-states/eg`);
  await expect(page).toHaveURL(new RegExp(`/${lang}/member-states/EG$`));
  await expect(page.getByTestId("state-comments")).toContainText(body);
});

test("a focal point reports progress on their state's pledge and sees it once the secretariat accepts it", async ({
  page,
  browser,
  lang,
}) => {
  test.setTimeout(90_000);
  const secretariat = await asUser(browser, lang, "secretariat@mutabaa.test");
  const title = { ar: `تعهد مصر ${lang}-${Date.now()}`, en: `Egypt's pledge ${lang}-${Date.now()}` };
  const pledge = await apiData<{ id: string; version: number }>(
    await secretariat.request.post("/api/v1/pledges", {
      data: { memberStateId: "EG", title, status: "announced", progress: 10 },
    }),
  );

  // Egypt's focal point reports 40%.
  await signIn(page, lang, "focal.eg@mutabaa.test");
  await page.goto(`/${lang}/member-states/EG`);
  const card = page.locator(`#pledge-${pledge.id}`);
  await expect(card.getByTestId("pledge-progress")).toHaveAttribute("data-value", "10");
  await card.getByText(inLang(lang, text.reportProgress), { exact: true }).click();
  const form = card.getByTestId("pledge-update-form");
  await form.getByLabel(inLang(lang, text.progressReached)).fill("40");
  await form.locator('textarea[name="body.ar"]').fill("أُنجز أربعون في المئة من التعهد");
  await form.getByRole("button", { name: inLang(lang, text.send) }).click();
  await expect(card.getByTestId("pledge-update").first()).toHaveAttribute("data-status", "submitted");
  await expect(card.getByTestId("pledge-progress")).toHaveAttribute("data-value", "10");

  // Jordan's focal point sees the pledge but may not report on it: no form, and the API refuses.
  const jordan = await asUser(browser, lang, "focal.jo@mutabaa.test");
  await jordan.goto(`/${lang}/member-states/EG`);
  await expect(jordan.locator(`#pledge-${pledge.id}`)).toBeVisible();
  await expect(jordan.locator(`#pledge-${pledge.id}`).getByTestId("post-update")).toHaveCount(0);
  const refused = await jordan.request.post(`/api/v1/pledges/${pledge.id}/updates`, {
    data: { reportedOn: "2026-01-01", progress: 99, body: { ar: "محاولة" } },
  });
  expect(refused.status()).toBe(403);
  await jordan.context().close();

  // The secretariat accepts it from the state's page.
  await secretariat.goto(`/${lang}/member-states/EG`);
  await expect(secretariat.getByTestId("review-queue")).toContainText(inLang(lang, title));
  const reviewed = secretariat.locator(`#pledge-${pledge.id}`);
  await reviewed.getByText(inLang(lang, text.review), { exact: true }).click();
  const review = reviewed.getByTestId("review-form");
  await review.getByLabel(inLang(lang, text.decision)).selectOption("accept");
  await review.getByRole("button", { name: inLang(lang, text.record) }).click();
  await expect(reviewed.getByTestId("pledge-progress")).toHaveAttribute("data-value", "40");
  await secretariat.context().close();

  // The focal point sees the new progress and the accepted update.
  await page.reload();
  await expect(card.getByTestId("pledge-progress")).toHaveAttribute("data-value", "40");
  await expect(card.getByTestId("pledge-update").first()).toHaveAttribute("data-status", "accepted");
  await expect(card.getByTestId("pledge-update").first()).toContainText(inLang(lang, text.accepted));
});

test("the overview and every member state's page pass axe, for visitors and for the secretariat", async ({
  page,
  lang,
}) => {
  test.setTimeout(180_000);
  await page.goto(`/${lang}/member-states`);
  await expect(page.getByTestId("overview-matrix")).toBeAttached();
  await expectNoA11yViolations(page);
  const codes = await page
    .getByTestId("overview-matrix")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-state")!));
  expect(codes).toHaveLength(22);
  for (const code of codes) {
    await page.goto(`/${lang}/member-states/${code}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);
  }

  await signIn(page, lang, "secretariat@mutabaa.test");
  await page.goto(`/${lang}/member-states`);
  await expect(page.getByTestId("review-queue")).toBeVisible();
  await expectNoA11yViolations(page);
  await page.goto(`/${lang}/member-states/EG`);
  await expectNoA11yViolations(page);
  // On a phone the matrix becomes one card per state.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${lang}/member-states`);
  await expect(page.getByTestId("overview-cards").getByRole("listitem")).toHaveCount(22);
  await expectNoA11yViolations(page);
});

test("the overview opens on the plan whose meetings were held and tells 'not recorded' from 'did not take part'", async ({
  page,
  browser,
  lang,
}) => {
  test.setTimeout(60_000);
  // ARCP 8 (2022–2023) gets its participation recorded, with no state listed: every state "did not take part".
  const secretariat = await asUser(browser, lang, "secretariat@mutabaa.test");
  const list = await apiData<{ id: string; key: string }[]>(await secretariat.request.get("/api/v1/meetings"));
  const arcp8 = list.find((m) => m.key === "arcp-8")!.id;
  const arcp9 = list.find((m) => m.key === "arcp-9")!.id;
  const before = await apiData<MeetingDetail & { participationRecorded: boolean }>(
    await secretariat.request.get(`/api/v1/meetings/${arcp8}`),
  );
  if (!before.participationRecorded) {
    await apiData(
      await secretariat.request.patch(`/api/v1/meetings/${arcp8}`, {
        data: { participationRecorded: true, version: before.version },
      }),
    );
  }
  // The meeting form shows it as recorded.
  await secretariat.goto(`/${lang}/meetings/${arcp8}/edit`);
  await expect(
    secretariat.getByLabel(
      inLang(lang, { ar: "سُجِّلت مشاركة الدول الأعضاء", en: "Member states' participation recorded" }),
    ),
  ).toBeChecked();
  await secretariat.context().close();

  await page.goto(`/${lang}/member-states`);
  // Not the 2024–2025 draft, none of whose meetings is held yet.
  const selected = await page.locator("#overview-plan option:checked").textContent();
  expect(selected).toMatch(/2022/);
  const legend = inLang(lang, { ar: "لم تُسجَّل المشاركة بعد", en: "Participation not recorded yet" });
  await expect(page.getByText(legend, { exact: true }).first()).toBeVisible();
  const kuwait = page.getByTestId("overview-matrix").locator('tr[data-state="KW"]');
  await expect(kuwait.locator(`td[data-meeting="${arcp8}"] [data-mark]`)).toHaveAttribute("data-mark", "absent");
  await expect(kuwait.locator(`td[data-meeting="${arcp9}"] [data-mark]`)).toHaveAttribute("data-mark", "unrecorded");
  await expect(kuwait.locator(`td[data-meeting="${arcp9}"]`)).toContainText(legend);
});

test("a document circulated to the member states and the LAS missions is on every state's page", async ({
  page,
  lang,
}) => {
  for (const code of ["KW", "DJ"]) {
    await page.goto(`/${lang}/member-states/${code}`);
    const documents = page.getByRole("region", {
      name: inLang(lang, { ar: "الوثائق المرسلة إليها", en: "Documents sent to it" }),
    });
    const statement = documents.getByRole("listitem").filter({
      hasText: inLang(lang, {
        ar: "اليوم العالمي للاجئين (20/6/2023)",
        en: "World Refugee Day statement (20 June 2023)",
      }),
    });
    await expect(statement.first()).toBeVisible();
    await expect(statement.first().getByTestId("received-via")).toContainText(
      inLang(lang, {
        ar: "عن طريق الدول الأعضاء، بعثات الجامعة في الخارج",
        en: "Through Member states, LAS missions abroad",
      }),
    );
  }
});

test("deleting a pledge or a comment asks first, and only the explicit confirmation deletes", async ({
  page,
  lang,
}) => {
  test.setTimeout(60_000);
  await signIn(page, lang, "secretariat@mutabaa.test");
  const title = { ar: `تعهد للحذف ${lang}-${Date.now()}`, en: `Pledge to delete ${lang}-${Date.now()}` };
  const pledge = await apiData<{ id: string }>(
    await page.request.post("/api/v1/pledges", { data: { memberStateId: "EG", title, status: "announced" } }),
  );
  await page.goto(`/${lang}/member-states/EG`);
  const card = page.locator(`#pledge-${pledge.id}`);
  await card.getByText(inLang(lang, { ar: "تعديل التعهد", en: "Edit the pledge" }), { exact: true }).click();
  await card.getByText(inLang(lang, { ar: "حذف التعهد", en: "Delete the pledge" }), { exact: true }).click();
  // The first click only asks: the pledge is still there after a reload.
  await page.reload();
  await expect(card).toBeVisible();
  await card.getByText(inLang(lang, { ar: "تعديل التعهد", en: "Edit the pledge" }), { exact: true }).click();
  await card.getByText(inLang(lang, { ar: "حذف التعهد", en: "Delete the pledge" }), { exact: true }).click();
  await card
    .getByRole("button", { name: inLang(lang, { ar: "نعم، احذف التعهد", en: "Yes, delete the pledge" }) })
    .click();
  await expect(page.locator(`#pledge-${pledge.id}`)).toHaveCount(0);

  // A comment: "Delete" opens the question; "Yes, delete the comment" deletes it.
  const plans = await apiData<{ id: string; key: string }[]>(await page.request.get("/api/v1/plans"));
  const plan = plans.find((p) => p.key === "arcp-2022-2023")!;
  const [activity] = await apiData<{ id: string }[]>(await page.request.get(`/api/v1/activities?planId=${plan.id}`));
  const body = `${inLang(lang, { ar: "تعليق للحذف", en: "A comment to delete" })} ${Date.now()}`;
  await apiData(await page.request.post("/api/v1/comments", { data: { activityId: activity!.id, body } }));
  await page.goto(`/${lang}/activities/${activity!.id}`);
  const comment = page.getByTestId("comment").filter({ hasText: body });
  await comment.getByText(inLang(lang, { ar: "حذف", en: "Delete" }), { exact: true }).click();
  await expect(
    comment.getByText(inLang(lang, { ar: "هل تريد حذف هذا التعليق؟", en: "Delete this comment?" }), { exact: false }),
  ).toBeVisible();
  await page.reload();
  await expect(comment).toBeVisible();
  await comment.getByText(inLang(lang, { ar: "حذف", en: "Delete" }), { exact: true }).click();
  await comment
    .getByRole("button", { name: inLang(lang, { ar: "نعم، احذف التعليق", en: "Yes, delete the comment" }) })
    .click();
  await expect(page.getByTestId("comment").filter({ hasText: body })).toHaveCount(0);
});
