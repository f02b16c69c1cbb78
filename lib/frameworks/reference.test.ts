import { describe, expect, it } from "vitest";
import { FRAMEWORK_TARGETS } from "./reference";

describe("framework reference list", () => {
  const codes = (framework: string) => FRAMEWORK_TARGETS.filter((t) => t.framework === framework).map((t) => t.code);

  it("holds the 23 GCM objectives and the 4 GCR objectives, numbered in order", () => {
    expect(codes("gcm")).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
    expect(codes("gcr")).toEqual(["1", "2", "3", "4"]);
  });

  it("holds the migration-related SDG targets", () => {
    expect(codes("sdg")).toEqual(
      expect.arrayContaining(["5.2", "8.7", "8.8", "10.7", "10.c", "16.2", "16.9", "17.18"]),
    );
  });

  it("has unique ids built from framework and code, and unique positions per framework", () => {
    const ids = FRAMEWORK_TARGETS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of FRAMEWORK_TARGETS) expect(t.id).toBe(`${t.framework}-${t.code}`);
    const positions = FRAMEWORK_TARGETS.map((t) => `${t.framework}:${t.position}`);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it("titles every target in Arabic and English", () => {
    for (const t of FRAMEWORK_TARGETS) {
      expect(t.title.ar.trim(), t.id).not.toBe("");
      expect(t.title.en.trim(), t.id).not.toBe("");
      expect(t.title.ar, t.id).toMatch(/[\u0600-\u06FF]/);
      expect(t.title.en, t.id).not.toMatch(/[\u0600-\u06FF]/);
    }
  });
});
