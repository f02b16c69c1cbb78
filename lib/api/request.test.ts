import { describe, expect, it } from "vitest";
import { requestLocale } from "./locale";
import { isCrossOrigin } from "./origin";

const req = (url: string, init: RequestInit = {}) => new Request(url, init);

describe("requestLocale", () => {
  it("takes ?locale= first, then the best Accept-Language match, then Arabic", () => {
    expect(requestLocale(req("http://x/api?locale=en", { headers: { "accept-language": "ar" } }))).toBe("en");
    expect(requestLocale(req("http://x/api?locale=fr", { headers: { "accept-language": "en-GB" } }))).toBe("en");
    expect(requestLocale(req("http://x/api", { headers: { "accept-language": "fr;q=0.9, ar;q=0.5, en;q=0.7" } }))).toBe(
      "en",
    );
    expect(requestLocale(req("http://x/api", { headers: { "accept-language": "en;q=0, ar-EG" } }))).toBe("ar");
    expect(requestLocale(req("http://x/api", { headers: { "accept-language": "de" } }))).toBe("ar");
    expect(requestLocale(req("http://x/api"))).toBe("ar");
  });
});

describe("isCrossOrigin", () => {
  const post = (headers: Record<string, string>) => req("http://app.example/api/v1/plans", { method: "POST", headers });

  it("lets reads through whatever their origin", () => {
    expect(isCrossOrigin(req("http://app.example/api/v1/plans", { headers: { origin: "https://evil.example" } }))).toBe(
      false,
    );
  });

  it("refuses changes from another origin, an opaque one, or another site", () => {
    expect(isCrossOrigin(post({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossOrigin(post({ origin: "null" }))).toBe(true);
    expect(isCrossOrigin(post({ "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossOrigin(post({ "sec-fetch-site": "same-site" }))).toBe(true);
    expect(
      isCrossOrigin(req("http://app.example/x", { method: "DELETE", headers: { origin: "http://app.example:8080" } })),
    ).toBe(true);
  });

  it("accepts its own host (as the client or a proxy addressed it) and requests without Origin", () => {
    expect(isCrossOrigin(post({ origin: "http://app.example" }))).toBe(false);
    expect(
      isCrossOrigin(post({ origin: "https://mutabaa.gov.example", "x-forwarded-host": "mutabaa.gov.example" })),
    ).toBe(false);
    expect(
      isCrossOrigin(post({ origin: "http://app.example", host: "app.example", "sec-fetch-site": "same-origin" })),
    ).toBe(false);
    expect(isCrossOrigin(post({}))).toBe(false);
  });
});
