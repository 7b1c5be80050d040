import { describe, expect, it } from "vitest";
import { checkText } from "../index.js";

const dated = (sentence: string, date: string) =>
  checkText(
    ["在全区工作会议上的讲话", "同志们：", sentence, "一、抓好落实", "要抓紧。"].join("\n"),
    {
      date,
    },
  )
    .flatMap((speech) => speech.findings)
    .filter((f) => f.rule === "tifa.stale" || f.rule === "calendar.contradiction");

describe("dated 提法", () => {
  it.each([
    ["确保“十三五”目标圆满完成。", "2026-03-01", "tifa.stale", "warning"],
    ["“十三五”时期，我们打下了基础。", "2026-03-01", "tifa.stale", "info"],
    ["奋力推动“十四五”开好局。", "2023-03-01", "tifa.stale", "warning"],
    ["全力完成“十四五”规划目标。", "2026-03-01", "tifa.stale", "warning"],
    ["今年是“十四五”收官之年。", "2026-03-01", "tifa.stale", "warning"],
    ["今年是“十五五”开局之年。", "2027-03-01", "tifa.stale", "warning"],
    ["今年是“十四五”开局之年。", "2023-03-01", "tifa.stale", "warning"],
    ["决胜全面建成小康社会。", "2022-03-01", "tifa.stale", "warning"],
    ["决战脱贫攻坚。", "2021-03-01", "tifa.stale", "warning"],
    ["全力实现双过半。", "2026-11-05", "calendar.contradiction", "warning"],
    ["全力冲刺开门红。", "2026-05-05", "calendar.contradiction", "warning"],
    ["要决战四季度。", "2026-03-05", "calendar.contradiction", "warning"],
    ["春节刚过，大家就投入工作。", "2026-06-05", "calendar.contradiction", "warning"],
    ["做好防汛准备。", "2026-12-05", "calendar.contradiction", "info"],
  ])("%s on %s → %s (%s)", (sentence, date, rule, severity) => {
    expect(dated(sentence, date)).toEqual([expect.objectContaining({ rule, severity, line: 3 })]);
  });

  it.each([
    ["全力完成“十四五”规划目标。", "2024-03-01"],
    ["今年是“十五五”开局之年。", "2026-03-01"],
    ["今年是“十四五”收官之年。", "2025-03-01"],
    ["全力实现双过半。", "2026-05-05"],
    ["全力冲刺开门红。", "2026-02-05"],
    ["要决战四季度。", "2026-09-05"],
    ["做好防汛准备。", "2026-05-05"],
  ])("accepts %s on %s", (sentence, date) => {
    expect(dated(sentence, date)).toEqual([]);
  });

  it("takes the date from the speech's date line when --date is not given", () => {
    const text = [
      "在全区工作会议上的讲话",
      "（2026年11月5日）",
      "同志们：",
      "全力实现双过半。",
      "一、抓好落实",
      "要抓紧。",
    ].join("\n");
    const findings = checkText(text).flatMap((s) => s.findings);
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: "calendar.contradiction", line: 4 }),
    );
    expect(findings.find((f) => f.rule === "calendar.contradiction")?.message).toContain(
      "日期行为 2026年11月5日",
    );
  });

  it("refuses a --date that is not a real day", () => {
    expect(() => dated("全力实现双过半。", "2026-02-30")).toThrow(/YYYY-MM-DD/);
  });
});
