import { describe, expect, it } from "vitest";
import { formatDateRange, formatHijri, formatPartialDate, sortByName } from "./format";

describe("formatPartialDate", () => {
  it("writes a month-precise date as month and year", () => {
    expect(formatPartialDate("2022-03-01", "month", "en")).toBe("March 2022");
    expect(formatPartialDate("2022-03-01", "month", "ar")).toBe("مارس 2022");
  });

  it("writes a day-precise date in full with Western digits in both locales", () => {
    expect(formatPartialDate("2023-06-20", "day", "en")).toBe("20 June 2023");
    expect(formatPartialDate("2023-06-20", "day", "ar")).toBe("20 يونيو 2023");
  });

  it("writes a year-precise date as the year", () => {
    expect(formatPartialDate("2024-01-01", "year", "en")).toBe("2024");
    expect(formatPartialDate("2024-01-01", "year", "ar")).toBe("2024");
  });

  it("does not shift the date with the machine's time zone", () => {
    expect(formatPartialDate("2023-12-31", "day", "en")).toBe("31 December 2023");
    expect(formatPartialDate("2022-01-01", "day", "en")).toBe("1 January 2022");
  });

  it("refuses what is not a calendar date", () => {
    expect(() => formatPartialDate("2022-3-1", "day", "en")).toThrow(RangeError);
  });
});

describe("formatDateRange", () => {
  it("shares month and year within a month, with an unspaced en dash", () => {
    expect(formatDateRange("2022-05-17", "2022-05-20", "day", "en")).toBe("17–20 May 2022");
    expect(formatDateRange("2022-05-17", "2022-05-20", "day", "ar")).toBe("17–20 مايو 2022");
  });

  it("spaces the dash between longer items", () => {
    expect(formatDateRange("2022-05-30", "2022-06-02", "day", "en")).toBe("30 May – 2 June 2022");
    expect(formatDateRange("2023-12-01", "2024-01-01", "month", "en")).toBe("December 2023 – January 2024");
  });

  it("joins years with an unspaced en dash", () => {
    expect(formatDateRange("2022-01-01", "2023-01-01", "year", "en")).toBe("2022–2023");
    expect(formatDateRange("2022-01-01", "2023-01-01", "year", "ar")).toBe("2022–2023");
  });

  it("gives the single date without an end or with the same end", () => {
    expect(formatDateRange("2023-10-01", null, "month", "en")).toBe("October 2023");
    expect(formatDateRange("2022-05-17", "2022-05-17", "day", "en")).toBe("17 May 2022");
  });
});

describe("reader's digits and the Hijri calendar", () => {
  it("writes Arabic-Indic digits when the reader prefers them, in dates and ranges", () => {
    expect(formatPartialDate("2023-06-20", "day", "ar", { digits: "arab" })).toBe("٢٠ يونيو ٢٠٢٣");
    expect(formatDateRange("2022-05-17", "2022-05-20", "day", "ar", { digits: "arab" })).toBe("١٧–٢٠ مايو ٢٠٢٢");
  });

  it("keeps Western digits by default", () => {
    expect(formatPartialDate("2023-06-20", "day", "ar")).toBe("20 يونيو 2023");
  });

  it("gives the Umm al-Qura date of a day", () => {
    expect(formatHijri("2023-12-13", null, "day", "ar")).toBe("29 جمادى الأولى 1445 هـ");
    expect(formatHijri("2023-12-13", null, "day", "ar", "arab")).toBe("٢٩ جمادى الأولى ١٤٤٥ هـ");
    expect(formatHijri("2023-12-13", null, "day", "en")).toBe("29 Jumada I 1445 AH");
  });

  it("gives no Hijri date for a month or a year, which span two Hijri months or years", () => {
    expect(formatHijri("2022-03-01", null, "month", "ar")).toBeNull();
    expect(formatHijri("2022-01-01", null, "year", "en")).toBeNull();
  });
});

describe("sortByName", () => {
  it("puts Arabic names in Arabic alphabetical order, not in ISO code order", () => {
    const states = [
      { code: "AE", name: "الإمارات" },
      { code: "BH", name: "البحرين" },
      { code: "DJ", name: "جيبوتي" },
      { code: "DZ", name: "الجزائر" },
      { code: "JO", name: "الأردن" },
      { code: "TN", name: "تونس" },
    ];
    expect(sortByName(states, (s) => s.name, "ar").map((s) => s.code)).toEqual(["JO", "AE", "BH", "DZ", "TN", "DJ"]);
  });
});
