import type { Page } from "@playwright/test";
import type { Locale } from "@/lib/i18n/locales";
import { expect, inLang, signIn, test } from "./fixtures";

// A reader's digits and Hijri preference, set on the account page, reach every date on every
// page. The observer's preference is put back at the end so other specs read the defaults.

const OBSERVER = "observer@mutabaa.test";

const text = {
  arabicIndic: { ar: "أرقام عربية مشرقية (٠١٢٣)", en: "Arabic-Indic digits (٠١٢٣)" },
  western: { ar: "أرقام غربية (0123)", en: "Western digits (0123)" },
  hijri: {
    ar: "عرض التاريخ الهجري (أم القرى) بجانب التاريخ الميلادي",
    en: "Show the Hijri (Umm al-Qura) date beside the Gregorian date",
  },
  save: { ar: "حفظ التفضيلات", en: "Save preferences" },
  saved: { ar: "حُفظت تفضيلات العرض.", en: "Your display preferences have been saved." },
  imrf: { ar: "منتدى استعراض الهجرة الدولية", en: "International Migration Review Forum (IMRF)" },
  imrfGregorian: { ar: "١٧–٢٠ مايو ٢٠٢٢", en: "١٧–٢٠ May ٢٠٢٢" },
  imrfHijri: { ar: "١٦–١٩ شوال ١٤٤٣ هـ", en: "١٦–١٩ Shawwal ١٤٤٣ AH" },
};

async function savePreferences(page: Page, lang: Locale, digits: "arabicIndic" | "western", hijri: boolean) {
  await page.goto(`/${lang}/account`);
  const form = page.getByTestId("display-preferences-form");
  await form.getByRole("radio", { name: inLang(lang, text[digits]) }).check();
  await form.getByRole("checkbox", { name: inLang(lang, text.hijri) }).setChecked(hijri);
  await form.getByRole("button", { name: inLang(lang, text.save) }).click();
  await expect(form.getByRole("status")).toHaveText(inLang(lang, text.saved));
}

test("a reader who prefers Arabic-Indic digits and the Hijri date sees both on a meeting page", async ({
  page,
  lang,
}) => {
  await signIn(page, lang, OBSERVER);
  await savePreferences(page, lang, "arabicIndic", true);
  let meetingUrl = "";
  try {
    await page.goto(`/${lang}/plans`);
    await page
      .getByTestId("plan-list")
      .getByRole("article")
      .filter({ hasText: /2022/ })
      .getByRole("heading")
      .getByRole("link")
      .click();
    await page
      .getByTestId("meeting-timeline")
      .getByRole("link", { name: inLang(lang, text.imrf) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/meetings/[0-9a-f-]{36}$`));
    meetingUrl = page.url();
    const details = page.getByRole("region", { name: inLang(lang, { ar: "البيانات", en: "Details" }) });
    await expect(details).toContainText(inLang(lang, text.imrfGregorian));
    await expect(details).toContainText(inLang(lang, text.imrfHijri));
  } finally {
    await savePreferences(page, lang, "western", false);
  }
  await page.goto(meetingUrl);
  await expect(page.getByRole("region", { name: inLang(lang, { ar: "البيانات", en: "Details" }) })).not.toContainText(
    "١٤٤٣",
  );
});
