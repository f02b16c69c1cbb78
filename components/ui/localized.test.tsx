import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import type { Locale } from "@/lib/i18n/locales";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { Localized } from "./localized";

function render(locale: Locale, value: LocalizedText, as?: "span" | "p"): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "ar" ? ar : en} timeZone="UTC">
      <Localized value={value} as={as} />
    </NextIntlClientProvider>,
  );
}

describe("Localized", () => {
  it("shows the text in the page's language, unmarked", () => {
    expect(render("en", { ar: "المحور", en: "Pillar" })).toBe("<span>Pillar</span>");
    expect(render("ar", { ar: "المحور", en: "Pillar" })).toBe("<span>المحور</span>");
  });

  it("falls back to Arabic, marked as Arabic (dir rtl), with a visible marker", () => {
    const html = render("en", { ar: "المحور" });
    expect(html).toContain('<span lang="ar" dir="rtl">المحور</span>');
    expect(html).toContain("Translation missing");
  });

  it("keeps block elements block-level when falling back", () => {
    const html = render("en", { ar: "نص طويل" }, "p");
    expect(html).toMatch(
      /^<p><span lang="ar" dir="rtl" class="block">نص طويل<\/span><span [^>]*>Translation missing<\/span><\/p>$/,
    );
  });
});
