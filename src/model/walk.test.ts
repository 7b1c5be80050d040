import { describe, expect, it } from "vitest";
import { countWordChars } from "./walk.js";

describe("字数 as Word and WPS count it", () => {
  it.each([
    ["一二三", 3],
    ["增长，下降。", 6],
    ["“开门红”", 5],
    ["地区生产总值增长6.5%，", 10],
    ["GDP 增长 2,000 亿元", 6],
    ["2026年", 2],
    ["〔待补：数量〕", 7],
  ])("counts %s as %i", (text, n) => {
    expect(countWordChars(text)).toBe(n);
  });
});
