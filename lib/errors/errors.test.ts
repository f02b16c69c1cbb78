import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, messageKey, parseInput, splitMessageKey } from ".";

describe("parseInput", () => {
  const schema = z.object({
    title: z.object({ ar: z.string().min(1) }),
    progress: z.number().int().max(100),
    email: z.email(),
  });

  it("returns the parsed value", () => {
    expect(parseInput(schema, { title: { ar: "خطة" }, progress: 5, email: "a@b.co" })).toEqual({
      title: { ar: "خطة" },
      progress: 5,
      email: "a@b.co",
    });
  });

  it("throws a validation error with message keys per field path, never text", () => {
    try {
      parseInput(schema, { title: { ar: "" }, progress: 101, email: "nope" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
      expect((error as AppError).fields).toEqual({
        "title.ar": ["required"],
        progress: ["at_most?max=100"],
        email: ["email"],
      });
    }
  });

  it("names unknown fields called like Object.prototype's members instead of throwing", () => {
    const strict = z.strictObject({ title: z.string() });
    for (const name of ["toString", "constructor", "__proto__", "hasOwnProperty"]) {
      const input = JSON.parse(`{"title":"t","${name}":1}`) as unknown;
      try {
        parseInput(strict, input);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect(Object.entries((error as AppError).fields ?? {})).toEqual([[name, ["unknown_field"]]]);
      }
    }
  });
});

describe("message keys with values", () => {
  it("carry the values a message shows, and come apart again", () => {
    const key = messageKey("between", { min: 0, max: 100 });
    expect(key).toBe("between?min=0&max=100");
    expect(splitMessageKey(key)).toEqual({ key: "between", values: { min: "0", max: "100" } });
    expect(splitMessageKey("required")).toEqual({ key: "required", values: {} });
  });
});
