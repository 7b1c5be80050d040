import { describe, expect, it } from "vitest";
import { normalizeLine, normalizeText } from "./normalize.js";

describe("normalizeLine", () => {
  it("turns ASCII punctuation inside Chinese text into full-width marks", () => {
    expect(normalizeLine("同志们:")).toBe("同志们：");
    expect(normalizeLine("(一)抓好春耕备耕,守住粮食底线;")).toBe(
      "（一）抓好春耕备耕，守住粮食底线；",
    );
    expect(normalizeLine("你们准备好了吗?")).toBe("你们准备好了吗？");
  });

  it("leaves numbers, times and decimals alone", () => {
    expect(normalizeLine("投资12.5亿元,共1,200户")).toBe("投资12.5亿元，共1,200户");
    expect(normalizeLine("会议于09:30开始")).toBe("会议于09:30开始");
  });

  it("pairs ASCII double quotes as Chinese quotes", () => {
    expect(normalizeLine('推进"放管服"改革和"一网通办"')).toBe("推进“放管服”改革和“一网通办”");
  });

  it("keeps parentheses around Latin text and widens them around Chinese", () => {
    expect(normalizeLine("(2026年3月5日)")).toBe("（2026年3月5日）");
    expect(normalizeLine("采用PPP (Public-Private) 模式")).toContain("(Public-Private)");
  });

  it("drops spaces left by web layout but keeps the one in a speaker line", () => {
    expect(normalizeLine("抓好“菜篮子” 工程，确保供应。")).toBe("抓好“菜篮子”工程，确保供应。");
    expect(normalizeLine("镇党委书记 王五")).toBe("镇党委书记 王五");
  });

  it("folds full-width digits and letters to ASCII", () => {
    expect(normalizeLine("增长８．５％，ＧＤＰ")).toBe("增长8．5％，GDP");
  });

  it("normalises Windows and old Mac line ends", () => {
    expect(normalizeText("甲\r\n乙\r丙")).toBe("甲\n乙\n丙");
  });
});
