import { describe, expect, it } from "vitest";
import { endOfPrecision, MIN_WIDTH, placeDay, placeSpan, timelineScale } from "./timeline";

describe("timeline scale", () => {
  const scale = timelineScale(2022, 2023);

  it("covers the plan's years month by month, without gaps", () => {
    expect(scale.start).toBe("2022-01-01");
    expect(scale.end).toBe("2024-01-01");
    expect(scale.months).toHaveLength(24);
    expect(scale.months[0]).toMatchObject({ iso: "2022-01-01", offset: 0 });
    const last = scale.months.at(-1)!;
    expect(last.iso).toBe("2023-12-01");
    expect(last.offset + last.width).toBeCloseTo(100, 10);
  });

  it("places the first day at 0 and the middle of the period at about 50", () => {
    expect(placeDay(scale, "2022-01-01")).toBe(0);
    expect(placeDay(scale, "2023-01-01")).toBeCloseTo((365 / 730) * 100, 10);
    expect(placeDay(scale, "2024-01-01")).toBeNull();
    expect(placeDay(scale, "2021-12-31")).toBeNull();
  });

  it("reads a month-precise date as the whole month", () => {
    expect(endOfPrecision("2022-03-01", "month")).toBe("2022-04-01");
    expect(endOfPrecision("2022-03-01", "year")).toBe("2023-01-01");
    expect(endOfPrecision("2022-12-31", "day")).toBe("2023-01-01");
    const march = placeSpan(scale, "2022-03-01", null, "month")!;
    expect(march.offset).toBeCloseTo((59 / 730) * 100, 10);
    expect(march.width).toBeCloseTo((31 / 730) * 100, 10);
  });

  it("clips spans to the period and drops those wholly outside or undated", () => {
    const clipped = placeSpan(scale, "2021-06-01", "2022-01-31", "day")!;
    expect(clipped.offset).toBe(0);
    expect(clipped.width).toBeCloseTo((31 / 730) * 100, 10);
    expect(placeSpan(scale, "2025-01-01", "2025-02-01", "day")).toBeNull();
    expect(placeSpan(scale, null, null, "day")).toBeNull();
  });

  it("keeps a one-day item visible and inside the period", () => {
    expect(placeSpan(scale, "2022-06-01", null, "day")!.width).toBe(MIN_WIDTH);
    const lastDay = placeSpan(scale, "2023-12-31", null, "day")!;
    expect(lastDay.offset + lastDay.width).toBeLessThanOrEqual(100);
  });

  it("uses the end alone as a point when the start is unknown", () => {
    expect(placeSpan(scale, null, "2023-01-01", "day")!.offset).toBeCloseTo((365 / 730) * 100, 10);
  });
});
