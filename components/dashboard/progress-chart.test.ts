import { describe, expect, it } from "vitest";
import { chartTicks } from "./progress-chart";

// The chart's scale: round steps, starting at 0, ending at or just past the largest pillar.
describe("chartTicks", () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [14, [0, 5, 10, 15]],
    [500, [0, 200, 400, 600]],
    [1000, [0, 500, 1000]],
  ])("max %i gives %j", (max, ticks) => {
    expect(chartTicks(max)).toEqual(ticks);
  });
});
