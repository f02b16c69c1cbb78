import { describe, expect, it } from "vitest";
import { z } from "zod";
import { likePattern, multi, normalizeArabic, pageWindow, PAGE_SIZE, periodStart } from "./query";

describe("list query helpers", () => {
  it("folds the Arabic letters writers interchange and drops diacritics and tatweel", () => {
    expect(normalizeArabic("إدارة")).toBe("اداره");
    expect(normalizeArabic("آمنة مستقرّة")).toBe("امنه مستقره");
    expect(normalizeArabic("مصطفى")).toBe("مصطفي");
    expect(normalizeArabic("الهـجرة")).toBe("الهجره");
    expect(normalizeArabic("Migration")).toBe("Migration");
  });

  it("escapes LIKE wildcards in a search", () => {
    expect(likePattern("50%_done\\")).toBe("%50\\%\\_done\\\\%");
  });

  it("reads several values repeated or comma-separated", () => {
    const schema = multi(z.enum(["a", "b"]));
    expect(schema.parse("a,b")).toEqual(["a", "b"]);
    expect(schema.parse(["a", "b"])).toEqual(["a", "b"]);
    expect(schema.safeParse("a,c").success).toBe(false);
  });

  it("compares dates at the precision they are stored with", () => {
    expect(periodStart("2030-06-20", "month").toISOString().slice(0, 10)).toBe("2030-06-01");
    expect(periodStart("2030-06-20", "year").toISOString().slice(0, 10)).toBe("2030-01-01");
    expect(periodStart("2030-06-20", "day").toISOString().slice(0, 10)).toBe("2030-06-20");
  });

  it("pages only when asked", () => {
    expect(pageWindow(undefined)).toEqual({});
    expect(pageWindow(3)).toEqual({ skip: 2 * PAGE_SIZE, take: PAGE_SIZE });
  });
});
