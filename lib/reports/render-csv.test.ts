import { describe, expect, it } from "vitest";
import { neutralise } from "./render-csv";
import { contentDisposition } from "./render";

describe("neutralise (CSV injection)", () => {
  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["متابعة", "متابعة"],
    ["a=b", "a=b"],
  ])("%j → %j", (input, output) => {
    expect(neutralise(input)).toBe(output);
  });

  it("leaves numbers alone, negative ones included", () => {
    expect(neutralise(-5)).toBe("-5");
  });
});

describe("contentDisposition (RFC 6266)", () => {
  it("gives an ASCII fallback and the UTF-8 name percent-encoded", () => {
    const header = contentDisposition({ filename: "تقرير (2022).pdf", asciiFilename: "report.pdf" });
    expect(header).toBe(
      `attachment; filename="report.pdf"; filename*=UTF-8''${encodeURIComponent("تقرير ")}%282022%29.pdf`,
    );
  });
});
