import type { APIRequestContext } from "@playwright/test";
import type { Locale } from "@/lib/i18n/locales";
import { apiData, expect, inLang, signIn, test } from "./fixtures";

// The secretariat's editing journeys, in both languages, against the production build. Each test
// creates its own (private) plan through the API, so the two locale projects and the read-only
// specs never see each other's changes.

const SECRETARIAT = "secretariat@mutabaa.test";
const SECRETARIAT_NAME = "سلمى الحداد";
const FOCAL_POINT = "focal.eg@mutabaa.test";

const text = {
  inProgress: { ar: "قيد التنفيذ", en: "In progress" },
  status: { ar: "الحالة", en: "Status" },
  progress: { ar: "نسبة الإنجاز (%)", en: "Progress (%)" },
  note: { ar: "ملاحظة (اختيارية)", en: "Note (optional)" },
  save: { ar: "حفظ", en: "Save" },
  saved: { ar: "حُفظت الحالة.", en: "Status saved." },
  history: { ar: "سجل التغييرات", en: "History" },
  statusChanged: { ar: "تغيّرت الحالة", en: "Status changed" },
  addPillar: { ar: "إضافة محور", en: "Add a pillar" },
  createPillar: { ar: "إضافة المحور", en: "Add the pillar" },
  arabic: { ar: "العربية", en: "Arabic" },
  english: { ar: "الإنجليزية", en: "English" },
  title: { ar: "العنوان", en: "Title" },
  required: { ar: "هذا الحقل مطلوب.", en: "Required." },
  oneField: { ar: "حقل واحد يحتاج إلى مراجعتك", en: "1 field needs your attention" },
  editActivity: { ar: "تعديل النشاط", en: "Edit the activity" },
  keepMine: { ar: "الإبقاء على نسختي", en: "Keep my version" },
  changedBy: { ar: `عدّل ${SECRETARIAT_NAME} هذا السجل`, en: `${SECRETARIAT_NAME} changed this record` },
  edited: { ar: "عُدِّل", en: "Edited" },
};

interface Fixture {
  planId: string;
  activityId: string;
  activityTitle: string;
  version: number;
}

/** A private plan with one pillar and one activity, created through the API as the signed-in secretariat. */
async function createFixture(request: APIRequestContext, lang: Locale): Promise<Fixture> {
  const tag = `${lang}-${Date.now()}`;
  const plan = await apiData<{ id: string }>(
    await request.post("/api/v1/plans", {
      data: {
        startYear: 2090,
        endYear: 2091,
        title: { ar: `خطة اختبار ${tag}`, en: `Test plan ${tag}` },
        isPublic: false,
      },
    }),
  );
  const pillar = await apiData<{ id: string }>(
    await request.post("/api/v1/pillars", {
      data: { planId: plan.id, title: { ar: `محور اختبار ${tag}`, en: `Test pillar ${tag}` } },
    }),
  );
  const activityTitle = inLang(lang, { ar: `نشاط اختبار ${tag}`, en: `Test activity ${tag}` });
  const activity = await apiData<{ id: string; version: number }>(
    await request.post("/api/v1/activities", {
      data: {
        pillarId: pillar.id,
        title: { ar: `نشاط اختبار ${tag}`, en: `Test activity ${tag}` },
        type: "capacity_building",
      },
    }),
  );
  return { planId: plan.id, activityId: activity.id, activityTitle, version: activity.version };
}

test("the secretariat updates a status in place and adds a pillar; a focal point sees it and cannot write", async ({
  page,
  lang,
}) => {
  test.setTimeout(90_000);
  await signIn(page, lang, SECRETARIAT);
  const fixture = await createFixture(page.request, lang);
  await page.goto(`/${lang}/plans`);
  await expect(page.getByTestId("new-plan")).toBeVisible();

  // Quick status update on the activity's page: the badge changes at once, then the timeline shows the note.
  await page.goto(`/${lang}/activities/${fixture.activityId}`);
  const note = inLang(lang, {
    ar: "بدأ التحضير لورشة العمل مع الشركاء.",
    en: "Preparations with the partners have started.",
  });
  await page.getByTestId("quick-status-open").click();
  const dialog = page.getByTestId("quick-status-dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(inLang(lang, text.status), { exact: true }).selectOption("in_progress");
  await dialog.getByLabel(inLang(lang, text.progress)).fill("40");
  await dialog.getByLabel(inLang(lang, text.note)).fill(note);
  await dialog.getByRole("button", { name: inLang(lang, text.save), exact: true }).click();
  const details = page.getByRole("region", { name: inLang(lang, { ar: "البيانات", en: "Details" }) });
  await expect(details.getByTestId("quick-status-badge")).toHaveText(inLang(lang, text.inProgress));
  await expect(page.getByTestId("quick-status-saved")).toHaveText(inLang(lang, text.saved));
  const timeline = page.getByRole("region", { name: inLang(lang, text.history) });
  const latest = timeline.getByTestId("timeline-event").first();
  await expect(latest).toContainText(inLang(lang, text.statusChanged));
  await expect(latest).toContainText(SECRETARIAT_NAME);
  await expect(latest.getByTestId("timeline-note")).toContainText(note);
  await expect(latest).toContainText(inLang(lang, text.inProgress));
  await expect(details).toContainText("40");

  // A pillar through the form: a validation error first (what was typed stays), then success.
  await page.goto(`/${lang}/plans/${fixture.planId}`);
  await page
    .getByTestId("edit-toolbar")
    .getByRole("link", { name: inLang(lang, text.addPillar) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/plans/${fixture.planId}/pillars/new$`));
  const form = page.getByTestId("pillar-form");
  const title = form.getByTestId("bilingual-title");
  const arabic = title.getByLabel(inLang(lang, text.arabic));
  const english = title.getByLabel(inLang(lang, text.english));
  await expect(arabic).toHaveAttribute("dir", "rtl");
  await expect(arabic).toHaveAttribute("lang", "ar");
  await expect(english).toHaveAttribute("dir", "ltr");
  const englishTitle = `Return and reintegration ${lang}`;
  await english.fill(englishTitle);
  await form.getByTestId("save").click();
  const summary = page.getByRole("alert").filter({ hasText: inLang(lang, text.oneField) });
  await expect(summary).toBeVisible();
  await expect(arabic).toHaveAttribute("aria-invalid", "true");
  await expect(title.getByTestId("field-error")).toHaveText(inLang(lang, text.required));
  await expect(english).toHaveValue(englishTitle);
  await expect(page).toHaveURL(new RegExp(`/pillars/new$`));

  const arabicTitle = `العودة وإعادة الإدماج ${lang}`;
  await arabic.fill(arabicTitle);
  await form.getByTestId("save").click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/plans/${fixture.planId}#pillar-`));
  const headings = page.getByTestId("pillar-list").getByRole("heading", { level: 3 });
  const newTitle = inLang(lang, { ar: arabicTitle, en: englishTitle });
  await expect(headings.last()).toContainText(newTitle);
  // Reorder: the new pillar moves up to first place.
  await page
    .getByRole("button", { name: inLang(lang, { ar: `نقل ${newTitle} إلى الأعلى`, en: `Move ${newTitle} up` }) })
    .click();
  await expect(headings.first()).toContainText(newTitle);

  // A focal point reads the change but has no editing control, and the API refuses their write.
  await page.context().clearCookies();
  await signIn(page, lang, FOCAL_POINT);
  await page.goto(`/${lang}/activities/${fixture.activityId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(fixture.activityTitle);
  await expect(details.getByText(inLang(lang, text.inProgress), { exact: true })).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: inLang(lang, text.history) })
      .getByTestId("timeline-note")
      .first(),
  ).toContainText(note);
  await expect(page.getByTestId("edit-toolbar")).toHaveCount(0);
  await expect(page.getByTestId("quick-status-open")).toHaveCount(0);
  await page.goto(`/${lang}/plans/${fixture.planId}`);
  await expect(page.getByTestId("pillar-list")).toBeVisible();
  await expect(page.getByTestId("edit-toolbar")).toHaveCount(0);
  await expect(page.getByTestId("pillar-tools")).toHaveCount(0);
  await page.goto(`/${lang}/plans`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("new-plan")).toHaveCount(0);

  const current = await apiData<{ version: number }>(
    await page.request.get(`/api/v1/activities/${fixture.activityId}`),
  );
  const refused = await page.request.patch(`/api/v1/activities/${fixture.activityId}`, {
    data: { status: "completed", version: current.version },
  });
  expect([403, 404]).toContain(refused.status());
  expect(((await refused.json()) as { error: { code: string } }).error.code).toMatch(/^(forbidden|not_found)$/);
  const after = await apiData<{ status: string }>(await page.request.get(`/api/v1/activities/${fixture.activityId}`));
  expect(after.status).toBe("in_progress");
  // Nor can they open an editing form: the page says "not allowed" (403), not "page not found".
  const edit = await page.goto(`/${lang}/activities/${fixture.activityId}/edit`);
  expect(edit?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    inLang(lang, { ar: "غير مسموح", en: "Not allowed" }),
  );
});

test("an edit based on a stale version is refused with who changed it, keeping the input", async ({ page, lang }) => {
  test.setTimeout(60_000);
  await signIn(page, lang, SECRETARIAT);
  const fixture = await createFixture(page.request, lang);

  await page.goto(`/${lang}/activities/${fixture.activityId}`);
  await page
    .getByTestId("edit-toolbar")
    .getByRole("link", { name: inLang(lang, text.editActivity) })
    .click();
  const form = page.getByTestId("activity-form");
  const outcomeField = form.getByTestId("bilingual-outcome");
  const outcome = {
    ar: `نتيجة كُتبت بينما يعدّل غيري السجل ${lang}`,
    en: `Outcome typed while someone else edits ${lang}`,
  };
  await outcomeField.getByLabel(inLang(lang, text.arabic)).fill(outcome.ar);
  await outcomeField.getByLabel(inLang(lang, text.english)).fill(outcome.en);

  // Meanwhile the record changes (the same account, elsewhere).
  await apiData(
    await page.request.patch(`/api/v1/activities/${fixture.activityId}`, {
      data: { progress: 10, version: fixture.version },
    }),
  );

  await form.getByTestId("save").click();
  const alert = page.getByRole("alert").filter({ hasText: inLang(lang, text.changedBy) });
  await expect(alert).toBeVisible();
  await expect(outcomeField.getByLabel(inLang(lang, text.arabic))).toHaveValue(outcome.ar);
  await expect(outcomeField.getByLabel(inLang(lang, text.english))).toHaveValue(outcome.en);

  // Keep mine: saving again applies the input over the newer version.
  await alert.getByRole("button", { name: inLang(lang, text.keepMine) }).click();
  await form.getByTestId("save").click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/activities/${fixture.activityId}$`));
  await expect(page.getByRole("region", { name: inLang(lang, { ar: "النتائج", en: "Outcome" }) })).toContainText(
    inLang(lang, outcome),
  );
  const latest = page
    .getByRole("region", { name: inLang(lang, text.history) })
    .getByTestId("timeline-event")
    .first();
  await expect(latest).toContainText(inLang(lang, text.edited));

  // The quick status update on a stale version: the badge changes, then goes back with the reason.
  const badge = page
    .getByRole("region", { name: inLang(lang, { ar: "البيانات", en: "Details" }) })
    .getByTestId("quick-status-badge");
  await expect(badge).toHaveText(inLang(lang, { ar: "لم يبدأ", en: "Not started" }));
  const now = await apiData<{ version: number }>(await page.request.get(`/api/v1/activities/${fixture.activityId}`));
  await apiData(
    await page.request.patch(`/api/v1/activities/${fixture.activityId}`, {
      data: { status: "postponed", version: now.version },
    }),
  );
  await page.getByTestId("quick-status-open").click();
  const dialog = page.getByTestId("quick-status-dialog");
  await dialog.getByLabel(inLang(lang, text.status), { exact: true }).selectOption("completed");
  await dialog.getByRole("button", { name: inLang(lang, text.save), exact: true }).click();
  const failure = page.getByTestId("quick-status-error");
  await expect(failure).toContainText(inLang(lang, text.changedBy));
  await expect(badge).toHaveText(inLang(lang, { ar: "مؤجل", en: "Postponed" }));
  // Trying again applies the change over the newer version.
  await failure.getByRole("button", { name: inLang(lang, { ar: "إعادة المحاولة", en: "Try again" }) }).click();
  await expect(dialog.getByLabel(inLang(lang, text.status), { exact: true })).toHaveValue("completed");
  await dialog.getByRole("button", { name: inLang(lang, text.save), exact: true }).click();
  await expect(badge).toHaveText(inLang(lang, { ar: "منجز", en: "Completed" }));
  await expect(page.getByTestId("quick-status-saved")).toBeVisible();
  await expect(failure).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a form still shows its errors beside the fields, keeps the input, and saves", async ({ page, lang }) => {
    test.setTimeout(60_000);
    await signIn(page, lang, SECRETARIAT);
    const fixture = await createFixture(page.request, lang);
    await page.goto(`/${lang}/plans/${fixture.planId}/pillars/new`);
    const form = page.getByTestId("pillar-form");
    const title = form.getByTestId("bilingual-title");
    const englishTitle = `Labour migration ${lang}`;
    await title.getByLabel(inLang(lang, text.english)).fill(englishTitle);
    await form.getByTestId("save").click();
    await expect(page.getByTestId("error-summary")).toContainText(inLang(lang, text.oneField));
    await expect(title.getByLabel(inLang(lang, text.arabic))).toHaveAttribute("aria-invalid", "true");
    await expect(title.getByLabel(inLang(lang, text.english))).toHaveValue(englishTitle);

    await title.getByLabel(inLang(lang, text.arabic)).fill(`هجرة العمالة ${lang}`);
    await form.getByTestId("save").click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/plans/${fixture.planId}`));
    await expect(page.getByTestId("pillar-list")).toContainText(
      inLang(lang, { ar: `هجرة العمالة ${lang}`, en: englishTitle }),
    );
  });
});
