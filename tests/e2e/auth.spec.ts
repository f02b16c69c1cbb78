import type { Page } from "@playwright/test";
import { expect, inLang, test } from "./fixtures";

// Sign-in, sign-out and the security headers, in both languages, against the production build
// with the demo accounts (password "mutabaa-demo", README).

const DEMO_PASSWORD = "mutabaa-demo";

const text = {
  signIn: { ar: "تسجيل الدخول", en: "Sign in" },
  email: { ar: "البريد الإلكتروني", en: "Email" },
  password: { ar: "كلمة المرور", en: "Password" },
  signOut: { ar: "تسجيل الخروج", en: "Sign out" },
  wrong: { ar: "البريد الإلكتروني أو كلمة المرور غير صحيحة.", en: "The email or password is incorrect." },
  secretariatRole: { ar: "الأمانة الفنية", en: "Secretariat" },
  adminRole: { ar: "مسؤول النظام", en: "Administrator" },
};

/** Collects Content-Security-Policy violations the page reports, from before its first script. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (l: string) => void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

async function signIn(page: Page, lang: "ar" | "en", email: string, password: string) {
  const form = page.getByTestId("sign-in-form");
  await form.getByLabel(inLang(lang, text.email), { exact: true }).fill(email);
  await form.getByLabel(inLang(lang, text.password), { exact: true }).fill(password);
  await form.getByRole("button", { name: inLang(lang, text.signIn), exact: true }).click();
}

test("every page's header has a Sign in link leading to the form", async ({ page, lang }) => {
  for (const path of ["", "/plans", "/member-states"]) {
    await page.goto(`/${lang}${path}`);
    await expect(
      page.getByRole("banner").getByRole("link", { name: inLang(lang, text.signIn), exact: true }),
    ).toBeVisible();
  }
  await page
    .getByRole("banner")
    .getByRole("link", { name: inLang(lang, text.signIn), exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/sign-in\\?next=%2Fmember-states$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(inLang(lang, text.signIn));
  const form = page.getByTestId("sign-in-form");
  await expect(form.getByLabel(inLang(lang, text.email), { exact: true })).toBeVisible();
  await expect(form.getByLabel(inLang(lang, text.password), { exact: true })).toHaveAttribute("type", "password");
  await expect(form.getByRole("button", { name: inLang(lang, text.signIn), exact: true })).toBeVisible();
});

test("the secretariat signs in, returns to the page it came from, sees its name and role, and signs out", async ({
  page,
  lang,
}) => {
  const csp = await watchCsp(page);
  await page.goto(`/${lang}/member-states`);
  await page
    .getByRole("banner")
    .getByRole("link", { name: inLang(lang, text.signIn), exact: true })
    .click();
  await signIn(page, lang, "secretariat@mutabaa.test", DEMO_PASSWORD);

  await expect(page).toHaveURL(new RegExp(`/${lang}/member-states$`));
  const banner = page.getByRole("banner");
  await expect(banner.getByTestId("user-name")).toHaveText("سلمى الحداد");
  await expect(banner.getByTestId("user-role")).toHaveText(inLang(lang, text.secretariatRole));
  await expect(banner.getByRole("link", { name: inLang(lang, text.signIn), exact: true })).toHaveCount(0);

  // The session survives navigation and a reload.
  await page.goto(`/${lang}/plans`);
  await expect(page.getByRole("banner").getByTestId("user-name")).toHaveText("سلمى الحداد");

  await page
    .getByRole("banner")
    .getByRole("button", { name: inLang(lang, text.signOut), exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${lang}$`));
  await expect(
    page.getByRole("banner").getByRole("link", { name: inLang(lang, text.signIn), exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("banner").getByTestId("user-name")).toHaveCount(0);
  expect(csp).toEqual([]);
});

test("a wrong password shows the localized error and keeps the email", async ({ page, lang }) => {
  await page.goto(`/${lang}/sign-in`);
  await signIn(page, lang, "secretariat@mutabaa.test", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(inLang(lang, text.wrong));
  await expect(page.getByTestId("sign-in-form").getByLabel(inLang(lang, text.email), { exact: true })).toHaveValue(
    "secretariat@mutabaa.test",
  );
  await expect(page.getByRole("banner").getByTestId("user-name")).toHaveCount(0);
  // The right password still works afterwards (and clears the failure).
  await signIn(page, lang, "secretariat@mutabaa.test", DEMO_PASSWORD);
  await expect(page.getByRole("banner").getByTestId("user-name")).toHaveText("سلمى الحداد");
});

test("an administrator invites a new account; its owner sets a password once and signs in", async ({
  page,
  browser,
  lang,
}) => {
  const csp = await watchCsp(page);
  const email = `new.${lang}.${Date.now()}@example.test`;
  await page.goto(`/${lang}/sign-in?next=/admin/users`);
  await signIn(page, lang, "admin@mutabaa.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/${lang}/admin/users$`));
  await expect(page.getByRole("banner").getByTestId("user-role")).toHaveText(inLang(lang, text.adminRole));
  await expect(page.getByTestId("user-list")).toContainText("focal.eg@mutabaa.test");

  await page.getByRole("link", { name: inLang(lang, { ar: "إنشاء حساب", en: "Create an account" }) }).click();
  const form = page.getByTestId("create-user-form");
  await form.getByLabel(inLang(lang, { ar: "الاسم", en: "Name" }), { exact: true }).fill("Nadia Kamal");
  await form.getByLabel(inLang(lang, text.email), { exact: true }).fill(email);
  await form.getByLabel(inLang(lang, { ar: "الدور", en: "Role" }), { exact: true }).selectOption("focal_point");
  await form.getByLabel(inLang(lang, { ar: "الدولة العضو", en: "Member state" }), { exact: true }).selectOption("MA");
  await form.getByRole("button", { name: inLang(lang, { ar: "إنشاء الحساب", en: "Create the account" }) }).click();
  const link = await page.getByTestId("issued-link-url").inputValue();
  expect(link).toMatch(new RegExp(`/${lang}/invitation/[A-Za-z0-9_-]+$`));

  // The new user, in a browser of their own.
  const context = await browser.newContext({ locale: lang });
  const newcomer = await context.newPage();
  await newcomer.goto(link);
  await newcomer
    .getByLabel(inLang(lang, { ar: "كلمة المرور الجديدة", en: "New password" }), { exact: true })
    .fill("a sentence to remember");
  await newcomer
    .getByLabel(inLang(lang, { ar: "أعد كتابة كلمة المرور الجديدة", en: "Repeat the new password" }), { exact: true })
    .fill("a sentence to remember");
  await newcomer
    .getByRole("button", { name: inLang(lang, { ar: "حفظ كلمة المرور", en: "Save the password" }) })
    .click();
  await expect(newcomer).toHaveURL(new RegExp(`/${lang}/sign-in\\?passwordSet=1&email=`));
  // The sign-in form has their email filled in: only the new password is left to type.
  await expect(newcomer.getByLabel(inLang(lang, text.email), { exact: true })).toHaveValue(email);
  await signIn(newcomer, lang, email, "a sentence to remember");
  await expect(newcomer.getByRole("banner").getByTestId("user-name")).toHaveText("Nadia Kamal");

  // The link worked once, and opened again it says so before any password is typed.
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText(
    inLang(lang, { ar: "هذا الرابط لم يعد صالحًا", en: "This link no longer works" }),
  );
  await expect(newcomer.getByTestId("link-used")).toContainText(
    inLang(lang, { ar: "سبق استخدام هذا الرابط", en: "already been used" }),
  );
  await expect(
    newcomer.getByLabel(inLang(lang, { ar: "كلمة المرور الجديدة", en: "New password" }), { exact: true }),
  ).toHaveCount(0);
  await context.close();
  expect(csp).toEqual([]);
});

test("a focal point signs in with their state shown, and the API refuses their write to an activity", async ({
  page,
  lang,
}) => {
  await page.goto(`/${lang}/sign-in`);
  await signIn(page, lang, "focal.eg@mutabaa.test", DEMO_PASSWORD);
  // Without a return path a focal point starts on their own state's page.
  await expect(page).toHaveURL(new RegExp(`/${lang}/member-states/EG$`));
  await expect(page.getByRole("banner").getByTestId("user-role")).toHaveText(
    inLang(lang, { ar: "نقطة اتصال — مصر", en: "Focal point, Egypt" }),
  );
  // Administration is not offered, and not reachable either.
  await expect(
    page.getByRole("banner").getByRole("link", { name: inLang(lang, { ar: "المستخدمون", en: "Users" }) }),
  ).toHaveCount(0);
  expect((await page.goto(`/${lang}/admin/users`))?.status()).toBe(404);

  // page.request carries the browser's session cookie: the write is the focal point's.
  const plans = (await (await page.request.get("/api/v1/plans")).json()) as { data: { id: string }[] };
  const activities: { id: string; version: number; status: string }[] = [];
  for (const plan of plans.data) {
    const list = (await (await page.request.get(`/api/v1/activities?planId=${plan.id}`)).json()) as {
      data: typeof activities;
    };
    activities.push(...list.data);
  }
  const activity = activities[0]!;
  const write = await page.request.patch(`/api/v1/activities/${activity.id}`, {
    data: { status: "postponed", version: activity.version },
  });
  expect(write.status()).toBe(403);
  expect(((await write.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  const after = (await (await page.request.get(`/api/v1/activities/${activity.id}`)).json()) as {
    data: { status: string; version: number };
  };
  expect(after.data).toMatchObject({ status: activity.status, version: activity.version });
});

test("pages carry the security headers", async ({ page, lang }) => {
  for (const path of [`/${lang}`, `/${lang}/sign-in`]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    // A production build (npm start) sends HSTS; browsers apply it over https only.
    expect(headers["strict-transport-security"], path).toMatch(/max-age=\d+/);
  }
});
