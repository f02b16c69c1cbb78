import { describe, expect, it } from "vitest";
import { readChangesQuery } from "./schema";

describe("the changes page's query", () => {
  it("takes both days, and empty fields as not given", () => {
    expect(readChangesQuery({ from: "2023-01-01", to: "2023-06-30" })).toEqual({
      query: { from: "2023-01-01", to: "2023-06-30" },
      errors: null,
    });
    expect(readChangesQuery({ from: "", to: "" })).toEqual({ query: {}, errors: null });
    expect(readChangesQuery({ from: ["2023-01-01", "2024-01-01"] }).query).toEqual({ from: "2023-01-01" });
  });

  it("falls back to the defaults with field errors for a bad day or a reversed range", () => {
    expect(readChangesQuery({ from: "2023-02-30" })).toEqual({ query: {}, errors: { from: ["invalid_format"] } });
    expect(readChangesQuery({ from: "2023-06-01", to: "2023-01-01" })).toEqual({
      query: {},
      errors: { to: ["end_before_start"] },
    });
  });
});
