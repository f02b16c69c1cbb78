import { describe, expect, it } from "vitest";
import { figuresOf, weightedProgress } from "./progress";

describe("weighted progress", () => {
  it("counts completed activities as 100 whatever their recorded progress", () => {
    expect(
      weightedProgress([
        { status: "completed", progress: 40 },
        { status: "in_progress", progress: 50 },
      ]),
    ).toBe(75);
  });

  it("leaves cancelled activities out of the average but counts them", () => {
    const figures = figuresOf([
      { status: "cancelled", count: 3, progressSum: 90 },
      { status: "in_progress", count: 2, progressSum: 60 },
    ]);
    expect(figures.progress).toBe(30);
    expect(figures.total).toBe(5);
    expect(figures.count).toEqual({ not_started: 0, in_progress: 2, completed: 0, postponed: 0, cancelled: 3 });
  });

  it("counts postponed and not-started activities with their recorded progress", () => {
    expect(
      weightedProgress([
        { status: "postponed", progress: 20 },
        { status: "not_started", progress: 0 },
        { status: "completed", progress: 100 },
      ]),
    ).toBe(40);
  });

  it("has no progress when nothing counts", () => {
    expect(figuresOf([]).progress).toBeNull();
    expect(weightedProgress([{ status: "cancelled", progress: 10 }])).toBeNull();
  });

  it("adds groups of the same status (pillars into a plan)", () => {
    const figures = figuresOf([
      { status: "in_progress", count: 1, progressSum: 10 },
      { status: "in_progress", count: 2, progressSum: 50 },
      { status: "completed", count: 1, progressSum: 0 },
    ]);
    expect(figures.count.in_progress).toBe(3);
    expect(figures.progress).toBe(Math.round((60 + 100) / 4));
  });
});
