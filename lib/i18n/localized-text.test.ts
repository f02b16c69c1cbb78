import { describe, expect, it } from "vitest";
import { LocalizedText, pickText } from "./localized-text";

describe("LocalizedText", () => {
  it("requires Arabic and accepts further languages without a schema change", () => {
    expect(LocalizedText.safeParse({ en: "Plan" }).success).toBe(false);
    expect(LocalizedText.safeParse({ ar: "  " }).success).toBe(false);
    expect(LocalizedText.parse({ ar: "خطة", fr: "Plan" })).toEqual({ ar: "خطة", fr: "Plan" });
  });

  it("falls back to Arabic and flags the missing translation", () => {
    expect(pickText({ ar: "خطة", en: "Plan" }, "en")).toEqual({ text: "Plan", lang: "en", missing: false });
    expect(pickText({ ar: "خطة" }, "en")).toEqual({ text: "خطة", lang: "ar", missing: true });
    expect(pickText({ ar: "خطة" }, "ar")).toEqual({ text: "خطة", lang: "ar", missing: false });
  });
});
