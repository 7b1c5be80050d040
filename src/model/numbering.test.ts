import { describe, expect, it } from "vitest";
import { chineseNumeral, countWord, itemMarker, partMarker, subPartMarker } from "./numbering.js";

describe("numbering", () => {
  it.each([
    [1, "一"],
    [9, "九"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [35, "三十五"],
  ])("writes %i as %s", (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it("numbers parts, sub-parts and items in every style", () => {
    expect(partMarker(0, "一、")).toBe("一、");
    expect(partMarker(2, "第一个问题")).toBe("第三个问题，");
    expect(subPartMarker(3)).toBe("（四）");
    expect(itemMarker(1, "一是")).toBe("二是");
    expect(itemMarker(1, "一要")).toBe("二要");
    expect(itemMarker(1, "第一")).toBe("第二，");
    expect(itemMarker(1, "1.")).toBe("2.");
    expect(itemMarker(1, "(1)")).toBe("（2）");
  });

  it("says 两 for two points, as speakers do", () => {
    expect(countWord(2)).toBe("两");
    expect(countWord(3)).toBe("三");
  });
});
