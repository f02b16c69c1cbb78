import { describe, expect, it } from "vitest";
import { ActivityCreateInput } from "@/lib/activities/schema";
import { AppError, parseInput } from "@/lib/errors";
import { PlanCreateInput } from "@/lib/plans/schema";

const errorsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { ...error.fields };
    throw error;
  }
  throw new Error("accepted");
};

describe("validation reports every error at once", () => {
  it("an end before its start is said together with the other fields' errors", () => {
    const fields = errorsOf(() =>
      parseInput(ActivityCreateInput, {
        pillarId: "019a0000-0000-7000-8000-000000000001",
        title: { ar: "" },
        progress: 150,
        plannedStart: "2031-05-01",
        plannedEnd: "2031-04-01",
      }),
    );
    expect(fields).toEqual({
      "title.ar": ["required"],
      progress: ["between?min=0&max=100"],
      plannedEnd: ["end_before_start"],
    });
  });

  it("a pair is compared only when both of its values are valid", () => {
    const fields = errorsOf(() => parseInput(PlanCreateInput, { startYear: 1800, endYear: 1900, title: { ar: "x" } }));
    expect(fields).toEqual({ startYear: ["between?min=1945&max=2100"], endYear: ["between?min=1945&max=2100"] });
  });
});

describe("text fields take storable, bounded text only", () => {
  const plan = (title: unknown) => ({ startYear: 2030, endYear: 2031, title });

  it("refuses NUL, other control characters and lone surrogates", () => {
    for (const bad of ["a\u0000b", "a\u0007b", "a\ud800b", "\udfff"]) {
      expect(errorsOf(() => parseInput(PlanCreateInput, plan({ ar: bad })))).toEqual({ "title.ar": ["unsafe_text"] });
    }
    // Tabs, new lines and every script are text.
    expect(() => parseInput(PlanCreateInput, plan({ ar: "سطر\tأول\nثانٍ 👍🏽", en: "ok" }))).not.toThrow();
  });

  it("gives the allowed length range", () => {
    expect(errorsOf(() => parseInput(PlanCreateInput, plan({ ar: "x".repeat(501) })))).toEqual({
      "title.ar": ["length?min=1&max=500"],
    });
  });

  it("keeps dates in sane years (year 0000 is ISO but not storable)", () => {
    expect(errorsOf(() => parseInput(PlanCreateInput, { ...plan({ ar: "x" }), circulatedOn: "0000-01-01" }))).toEqual({
      circulatedOn: ["date_between?min=1900-01-01&max=2100-12-31"],
    });
  });

  it("refuses language keys that are not language tags", () => {
    const input = JSON.parse('{"ar":"x","toString":"y","constructor":"z"}') as unknown;
    expect(errorsOf(() => parseInput(PlanCreateInput, plan(input)))).toEqual({
      "title.toString": ["unknown_field"],
      "title.constructor": ["unknown_field"],
    });
  });
});
