import { describe, expect, it } from "vitest";
import {
  addMonths,
  agendaGroups,
  isPast,
  meetingsByDay,
  monthBounds,
  monthWeeks,
  parseMonth,
  weekdayOrder,
  weekStartFor,
} from "./month";

const meeting = (
  id: string,
  startDate: string,
  endDate: string | null = null,
  datePrecision: "day" | "month" | "year" = "day",
) => ({
  id,
  startDate,
  endDate,
  datePrecision,
});

describe("month arithmetic", () => {
  it("parses YYYY-MM and nothing else", () => {
    expect(parseMonth("2023-12")).toEqual({ year: 2023, month: 12 });
    for (const bad of ["2023-13", "2023-1", "23-12", "2023-12-01", undefined]) expect(parseMonth(bad)).toBeNull();
  });

  it("steps across years and knows month lengths (leap years included)", () => {
    expect(addMonths({ year: 2023, month: 12 }, 1)).toEqual({ year: 2024, month: 1 });
    expect(addMonths({ year: 2024, month: 1 }, -1)).toEqual({ year: 2023, month: 12 });
    expect(monthBounds({ year: 2024, month: 2 })).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(monthBounds({ year: 2023, month: 2 }).last).toBe("2023-02-28");
  });

  it("starts weeks on Saturday in Arabic and Monday in English", () => {
    expect(weekdayOrder(weekStartFor("ar"))).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(weekdayOrder(weekStartFor("en"))).toEqual([1, 2, 3, 4, 5, 6, 0]);
    // December 2023 began on a Friday.
    const arabic = monthWeeks({ year: 2023, month: 12 }, 6);
    expect(arabic[0]).toEqual([null, null, null, null, null, null, "2023-12-01"]);
    expect(arabic.at(-1)!.filter(Boolean).at(-1)).toBe("2023-12-31");
    const english = monthWeeks({ year: 2023, month: 12 }, 1);
    expect(english[0]).toEqual([null, null, null, null, "2023-12-01", "2023-12-02", "2023-12-03"]);
    expect(english.every((week) => week.length === 7)).toBe(true);
  });
});

describe("meetingsByDay", () => {
  it("puts a meeting on each of its days within the month, and month-precision ones apart", () => {
    const spanning = meeting("spanning", "2023-11-29", "2023-12-02");
    const single = meeting("single", "2023-12-10");
    const monthOnly = meeting("month", "2023-12-01", null, "month");
    const { byDay, withoutDay } = meetingsByDay([spanning, single, monthOnly], { year: 2023, month: 12 });
    expect([...byDay.keys()]).toEqual(["2023-12-01", "2023-12-02", "2023-12-10"]);
    expect(byDay.get("2023-12-02")).toEqual([spanning]);
    expect(withoutDay).toEqual([monthOnly]);
  });
});

describe("agendaGroups", () => {
  it("splits past from upcoming and groups by month, keeping the order given", () => {
    const list = [
      meeting("a", "2023-12-01", null, "month"),
      meeting("b", "2024-05-10"),
      meeting("c", "2024-05-20", "2024-05-22"),
      meeting("d", "2024-07-01"),
    ];
    const groups = agendaGroups(list, "2024-05-21");
    expect(groups.map((g) => [g.when, g.months.map((m) => [m.month, m.meetings.map((x) => x.id)])])).toEqual([
      [
        "past",
        [
          ["2023-12", ["a"]],
          ["2024-05", ["b"]],
        ],
      ],
      [
        "upcoming",
        [
          ["2024-05", ["c"]],
          ["2024-07", ["d"]],
        ],
      ],
    ]);
  });

  it("keeps a meeting known to the month upcoming until the month is over", () => {
    expect(isPast(meeting("m", "2024-05-01", null, "month"), "2024-05-31")).toBe(false);
    expect(isPast(meeting("m", "2024-05-01", null, "month"), "2024-06-01")).toBe(true);
  });
});
