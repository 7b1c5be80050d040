import { describe, expect, it } from "vitest";
import { generalize, sentencesOf } from "./generalize.js";

describe("generalize", () => {
  it.each([
    ["下面,我就今年经济工作讲三方面意见。", "下面，我就今年经济工作讲…方面意见。"],
    ["下面,我讲两点意见:", "下面，我讲…点意见："],
    ["刚才,X书记代表区委常委会作了报告。", "刚才，…书记代表…委常委会作了报告。"],
    ["全区上下要确保完成12.5亿元投资", "全…上下要确保完成…亿元投资"],
    ["区政府和××局要在3月底前完成", "…政府和…局要在…月底前完成"],
  ])("turns 「%s」 into the formula 「%s」", (input, formula) => {
    expect(generalize(input)).toBe(formula);
  });
});

describe("sentencesOf", () => {
  it("keeps end marks and splits at semicolons unless told not to", () => {
    expect(sentencesOf("一是抓项目；二是抓招商。同志们！")).toEqual([
      "一是抓项目；",
      "二是抓招商。",
      "同志们！",
    ]);
    expect(sentencesOf("一年之计在于春；决胜在于开局。", { semicolons: false })).toEqual([
      "一年之计在于春；决胜在于开局。",
    ]);
  });
});
