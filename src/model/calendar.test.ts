import { describe, expect, it } from "vitest";
import { calendarOf, planOf } from "./calendar.js";

describe("the calendar of a meeting date", () => {
  it("names the five-year plan in force and the year's place in it", () => {
    expect(planOf(2021)).toEqual({ plan: "十四五", planYear: "开局之年" });
    expect(planOf(2025)).toEqual({ plan: "十四五", planYear: "收官之年" });
    expect(planOf(2026)).toEqual({ plan: "十五五", planYear: "开局之年" });
    expect(planOf(2028)).toEqual({ plan: "十五五", planYear: "攻坚之年" });
  });

  it("gives the quarter and the season of the month", () => {
    expect(calendarOf("2026-02-23")).toMatchObject({
      quarter: 1,
      quarterName: "一季度",
      season: "冬",
    });
    expect(calendarOf("2026-06-30")).toMatchObject({ quarter: 2, season: "夏" });
    expect(calendarOf("2026-10-08")).toMatchObject({
      quarter: 4,
      quarterName: "四季度",
      season: "秋",
    });
    expect(calendarOf("2026-12-01")).toMatchObject({
      season: "冬",
      lastYear: 2025,
      nextYear: 2027,
    });
  });

  it("prints the date as offices do", () => {
    expect(calendarOf("2026-02-03").dateText).toBe("2026年2月3日");
  });
});
