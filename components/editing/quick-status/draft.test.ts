import { describe, expect, it } from "vitest";
import { changeFrom, fromSnapshot, withStatus } from "./draft";

const current = { status: "in_progress", progress: 40, version: 3 } as const;

describe("the quick status draft", () => {
  it("sends only what changed, with the version it was based on", () => {
    expect(changeFrom({ ...fromSnapshot(current), status: "postponed" }, current)).toEqual({
      version: 3,
      status: "postponed",
    });
    expect(changeFrom({ ...fromSnapshot(current), progress: " 60 " }, current)).toEqual({ version: 3, progress: 60 });
    expect(changeFrom({ ...fromSnapshot(current), note: "  Delayed by the venue  " }, current)).toEqual({
      version: 3,
      note: "Delayed by the venue",
    });
  });

  it("sends nothing when nothing changed (an unchanged or cleared progress, a blank note)", () => {
    expect(changeFrom(fromSnapshot(current), current)).toBeNull();
    expect(changeFrom({ ...fromSnapshot(current), progress: "", note: "   " }, current)).toBeNull();
  });

  it("passes a typed non-number on for the server to refuse, rather than dropping it", () => {
    expect(changeFrom({ ...fromSnapshot(current), progress: "4.5" }, current)?.progress).toBeNaN();
  });

  it("makes completed mean 100 unless the user set the progress", () => {
    expect(withStatus(fromSnapshot(current), "completed", false).progress).toBe("100");
    expect(withStatus({ ...fromSnapshot(current), progress: "90" }, "completed", true).progress).toBe("90");
    expect(withStatus(fromSnapshot(current), "postponed", false).progress).toBe("40");
  });
});
