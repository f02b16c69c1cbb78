import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, parseInput } from ".";

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
        progress: ["too_big"],
        email: ["email"],
      });
    }
  });
});
