import { describe, expect, it } from "vitest";
import { DEFAULT_RETURN_PATH, safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeReturnPath("/plans/0190f4e2-0000-7000-8000-000000000000?tab=meetings")).toBe(
      "/plans/0190f4e2-0000-7000-8000-000000000000?tab=meetings",
    );
    expect(safeReturnPath("/")).toBe("/");
  });

  it("drops the locale prefix, which the redirect adds back", () => {
    expect(safeReturnPath("/en/member-states")).toBe("/member-states");
    expect(safeReturnPath("/ar")).toBe("/");
  });

  it.each([
    undefined,
    null,
    "",
    "plans",
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "/sign-in?next=/plans",
    "/ar/invitation/abc",
    "/en/reset-password/abc",
  ])("refuses %j", (raw) => {
    expect(safeReturnPath(raw)).toBe(DEFAULT_RETURN_PATH);
  });
});
