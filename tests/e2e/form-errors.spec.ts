import { apiData, expect, inLang, signIn, test } from "./fixtures";

// Forms say everything wrong at once, with the allowed range, and the quick status update keeps
// its dialog open with the error beside the field (issue 16, point 4). Both languages.

const SECRETARIAT = "secretariat@mutabaa.test";

const text = {
  required: { ar: "هذا الحقل مطلوب.", en: "Required." },
  progressRange: { ar: "يجب أن تكون القيمة بين 0 و100.", en: "Between 0 and 100." },
  endBeforeStart: { ar: "تاريخ النهاية يسبق تاريخ البداية.", en: "The end comes before the start." },
  progress: { ar: "نسبة الإنجاز (%)", en: "Progress (%)" },
  save: { ar: "حفظ", en: "Save" },
  saved: { ar: "حُفظت الحالة.", en: "Status saved." },
};

async function activityFixture(page: import("@playwright/test").Page, tag: string) {
  const plan = await apiData<{ id: string }>(
    await page.request.post("/api/v1/plans", {
      data: { startYear: 2092, endYear: 2093, title: { ar: `خطة ${tag}`, en: `Plan ${tag}` }, isPublic: false },
    }),
  );
  const pillar = await apiData<{ id: string }>(
    await page.request.post("/api/v1/pillars", { data: { planId: plan.id, title: { ar: `محور ${tag}` } } }),
  );
  return apiData<{ id: string }>(
    await page.request.post("/api/v1/activities", {
      data: { pillarId: pillar.id, title: { ar: `نشاط ${tag}`, en: `Activity ${tag}` }, progress: 20 },
    }),
  );
}

test("an activity form shows a missing title, an out-of-range progress and an end before its start together", async ({
  page,
  lang,
}) => {
  test.setTimeout(90_000);
  await signIn(page, lang, SECRETARIAT);
  const activity = await activityFixture(page, `form-${lang}-${Date.now()}`);
  await page.goto(`/${lang}/activities/${activity.id}/edit`);
  const form = page.getByTestId("activity-form");
  await form
    .getByTestId("bilingual-title")
    .getByLabel(inLang(lang, { ar: "العربية", en: "Arabic" }))
    .fill("");
  await form.locator('input[name="progress"]').fill("150");
  await form.locator('input[name="plannedStart"]').fill("2092-05-01");
  await form.locator('input[name="plannedEnd"]').fill("2092-04-01");
  await form.getByTestId("save").click();

  const errors = form.getByTestId("field-error");
  await expect(errors.filter({ hasText: inLang(lang, text.required) })).toHaveCount(1);
  await expect(errors.filter({ hasText: inLang(lang, text.progressRange) })).toHaveCount(1);
  await expect(errors.filter({ hasText: inLang(lang, text.endBeforeStart) })).toHaveCount(1);
  // What was typed is kept.
  await expect(form.locator('input[name="progress"]')).toHaveValue("150");
  await expect(form.locator('input[name="plannedEnd"]')).toHaveValue("2092-04-01");
});

test("the quick status update keeps its dialog open with the range beside the progress field", async ({
  page,
  lang,
}) => {
  test.setTimeout(90_000);
  await signIn(page, lang, SECRETARIAT);
  const activity = await activityFixture(page, `quick-${lang}-${Date.now()}`);
  await page.goto(`/${lang}/activities/${activity.id}`);
  await page.getByTestId("quick-status-open").click();
  const dialog = page.getByTestId("quick-status-dialog");
  const progress = dialog.getByLabel(inLang(lang, text.progress));
  await progress.fill("150");
  await dialog.getByRole("button", { name: inLang(lang, text.save), exact: true }).click();

  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("field-error")).toHaveText(inLang(lang, text.progressRange));
  await expect(progress).toHaveAttribute("aria-invalid", "true");
  await expect(progress).toHaveValue("150");
  await expect(page.getByTestId("quick-status-error")).toHaveCount(0);

  await progress.fill("60");
  await dialog.getByRole("button", { name: inLang(lang, text.save), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("quick-status-saved")).toHaveText(inLang(lang, text.saved));
  const saved = await apiData<{ progress: number }>(await page.request.get(`/api/v1/activities/${activity.id}`));
  expect(saved.progress).toBe(60);
});

test("API errors are JSON in the one shape on unknown routes, wrong methods and undecodable paths", async ({
  request,
  lang,
}) => {
  const headers = { "accept-language": lang };
  const unknown = await request.get("/api/v1/no-such-route", { headers });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("not_found");

  const wrong = await request.fetch("/api/v1/plans", { method: "PUT", headers });
  expect(wrong.status()).toBe(405);
  expect(wrong.headers()["allow"]).toBe("GET, POST, HEAD, OPTIONS");
  expect((await wrong.json()).error.code).toBe("method_not_allowed");

  const undecodable = await request.get("/api/v1/plans/%FF", { headers });
  expect(undecodable.status()).toBe(400);
  expect(undecodable.headers()["x-content-type-options"]).toBe("nosniff");
  expect(undecodable.headers()["content-security-policy"]).toContain("default-src 'self'");
  const body = await undecodable.json();
  expect(body.error.code).toBe("bad_request");
  expect(undecodable.headers()["content-language"]).toBe(lang);

  const tooBig = await request.post("/api/v1/plans", {
    headers: { ...headers, "content-type": "application/json" },
    data: Buffer.alloc(2 * 1024 * 1024, 0x20),
  });
  expect(tooBig.status()).toBe(413);
  expect((await tooBig.json()).error.code).toBe("too_large");

  const hugeAction = await request.post(`/${lang}/sign-in`, {
    headers: { ...headers, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "a".repeat(2 * 1024 * 1024),
  });
  expect(hugeAction.status()).toBe(413);
  expect((await hugeAction.json()).error.code).toBe("too_large");

  const signIn = await request.post("/api/auth/sign-in/email", {
    headers,
    data: { email: "nobody@mutabaa.test", password: "wrong-password" },
  });
  expect(signIn.status()).toBe(401);
  const signInBody = await signIn.json();
  expect(signInBody.error.code).toBe("unauthorized");
  expect(signInBody.error.message).toBe(
    inLang(lang, { ar: "يجب تسجيل الدخول للقيام بذلك.", en: "Sign in to do this." }),
  );
});
