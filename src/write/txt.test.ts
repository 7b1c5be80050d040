import { describe, expect, it } from "vitest";
import {
  fullSpeech,
  headingSlotSpeech,
  item,
  items,
  longParagraphText,
  longSpeech,
  para,
  part,
  questionSpeech,
  runInItems,
  slotSpeech,
  bare,
} from "../../test/roundtrip-speeches.js";
import { countChars, emphasis, slot, text, type ItemStyle, type Speech } from "../model/index.js";
import { writeTxt } from "./txt.js";

function paragraphsOf(txt: string): string[] {
  return txt.trimEnd().split("\n\n");
}

describe("writeTxt", () => {
  it("prints title, speaker, date in parentheses and 同志们 each as its own paragraph", () => {
    expect(paragraphsOf(writeTxt(fullSpeech)).slice(0, 5)).toEqual([
      "在全市春季重点项目调度会上的讲话",
      "市长 李明远",
      "（2026年3月9日）",
      "同志们：",
      "今天召开这次调度会，主要是把一季度项目推进情况摸清楚，把下一步的任务排定。",
    ]);
  });

  it("separates paragraphs by one blank line, indents nothing and ends with a newline", () => {
    const txt = writeTxt(fullSpeech);
    expect(txt.endsWith("。\n") || txt.endsWith("！\n")).toBe(true);
    expect(txt).not.toMatch(/\n\n\n/);
    expect(txt).not.toMatch(/^[ \u3000\t]/m);
  });

  it("leaves out header lines the speech does not have", () => {
    expect(writeTxt(bare)).toBe("在座谈会上的讲话\n");
  });

  it("numbers parts 一、二、三、 and sub-parts （一）（二） from their place in the tree", () => {
    const lines = paragraphsOf(writeTxt(fullSpeech));
    expect(lines.filter((l) => /^[一二三]、/.test(l))).toEqual([
      "一、看清形势，增强抓项目的紧迫感",
      "二、盯住重点，推动项目建设提速",
      "三、改进作风，确保各项任务落地",
    ]);
    expect(lines.filter((l) => /^（[一二]）/.test(l))).toEqual([
      "（一）抓好项目储备",
      "（二）抓好开工建设",
    ]);
  });

  it("renumbers parts when they are reordered", () => {
    const reordered = { ...fullSpeech, parts: [...fullSpeech.parts].reverse() };
    const lines = paragraphsOf(writeTxt(reordered));
    expect(lines).toContain("一、改进作风，确保各项任务落地");
    expect(lines).toContain("三、看清形势，增强抓项目的紧迫感");
  });

  it("numbers parts 第一个问题，第二个问题， when the speech asks for it", () => {
    const lines = paragraphsOf(writeTxt(questionSpeech));
    expect(lines).toContain("第一个问题，为什么要抓作风");
    expect(lines).toContain("第二个问题，怎样抓好作风");
  });

  it.each<[ItemStyle, string, string]>([
    ["一是", "一是", "二是"],
    ["一要", "一要", "二要"],
    ["第一", "第一，", "第二，"],
    ["1.", "1.", "2."],
    ["(1)", "（1）", "（2）"],
  ])("starts each item of a %s list with its own marker", (style, first, second) => {
    const speech: Speech = {
      ...bare,
      parts: [
        part("主要任务", [items(style, item("抓统筹。", "要算总账。"), item("抓调度。", ""))]),
      ],
    };
    expect(paragraphsOf(writeTxt(speech)).slice(2)).toEqual([
      `${first}抓统筹。要算总账。`,
      `${second}抓调度。`,
    ]);
  });

  it("writes a run-in list as one paragraph after its introduction", () => {
    expect(paragraphsOf(writeTxt(fullSpeech))).toContain(
      "具体来说：一要盯紧节点。每月一调度，每季一通报；二要压实责任。一个项目一名牵头领导。",
    );
  });

  it("prints an item's further paragraphs after it, before the next item", () => {
    const lines = paragraphsOf(writeTxt(fullSpeech));
    const first = lines.indexOf("一是带头干。领导干部要沉到一线去，现场解决问题。");
    expect(lines.slice(first + 1, first + 3)).toEqual([
      "有的问题一次解决不了，就多跑几次，直到解决为止。",
      "二是合力干。部门之间要多补台、少拆台。",
    ]);
  });

  it("keeps the text of a run-in item's further paragraphs", () => {
    const speech: Speech = {
      ...bare,
      opening: [
        runInItems("一是", "主要是：", item("抓早。", "", para("早一天开工就早一天见效。"))),
      ],
    };
    expect(paragraphsOf(writeTxt(speech)).slice(1)).toEqual([
      "主要是：一是抓早。",
      "早一天开工就早一天见效。",
    ]);
  });

  it("prints slots as 〔待补：…〕 wherever they stand", () => {
    const lines = paragraphsOf(writeTxt(slotSpeech));
    expect(lines[0]).toBe("在〔待补：会议名称〕上的讲话");
    expect(paragraphsOf(writeTxt(headingSlotSpeech)).slice(3, 5)).toEqual([
      "一、全力推进〔待补：重点项目名称〕",
      "这个项目要在年底前建成。",
    ]);
    expect(writeTxt(headingSlotSpeech)).toContain("\n（一）抓好〔待补：配套工程名称〕建设\n");
    expect(lines).toContain("一是完成〔待补：年度投资目标〕的任务。各部门要按月分解。");
  });

  it("prints emphasis as plain text", () => {
    const speech: Speech = {
      ...bare,
      opening: [{ kind: "paragraph", content: [emphasis("关键"), text("在落实。")] }],
    };
    expect(paragraphsOf(writeTxt(speech))[1]).toBe("关键在落实。");
  });

  it("removes control characters and keeps a pasted line break from splitting a paragraph", () => {
    const speech: Speech = {
      ...bare,
      opening: [para("项目\u0000建设\u000B要\n抓紧，\u0007见到 \r\n实效。"), para("Open\nsource")],
    };
    expect(paragraphsOf(writeTxt(speech)).slice(1)).toEqual([
      "项目建设要抓紧，见到实效。",
      "Open source",
    ]);
  });

  it("leaves out paragraphs with nothing in them", () => {
    const speech: Speech = { ...bare, opening: [para(), para("正文。")], closing: [para()] };
    expect(writeTxt(speech)).toBe("在座谈会上的讲话\n\n正文。\n");
  });

  it("writes a 20,000-character paragraph whole, on one line", () => {
    const long = longParagraphText(20_000);
    const speech: Speech = { ...bare, opening: [para(long)] };
    expect(paragraphsOf(writeTxt(speech))[1]).toBe(long);
  });

  it("writes a 100-page speech with every part and item", () => {
    const speech = longSpeech(100);
    expect(countChars(speech)).toBeGreaterThan(60_000);
    const txt = writeTxt(speech);
    expect(txt).toContain("十、第10方面的工作");
    expect(txt.match(/^（五）/gm)).toHaveLength(10);
    expect(txt.match(/^二是/gm)).toHaveLength(50);
  });

  it("keeps a slot label intact even when it holds a line break", () => {
    const speech: Speech = { ...bare, opening: [para("增长", slot("增速\n数据"), "。")] };
    expect(paragraphsOf(writeTxt(speech))[1]).toBe("增长〔待补：增速数据〕。");
  });

  it("prints no empty 一、 line for points read without a level-1 heading", () => {
    const speech: Speech = {
      ...bare,
      parts: [part("", [items("第一", item("抓好巡山护林。", "各村要排好班次。"))])],
    };
    expect(paragraphsOf(writeTxt(speech)).slice(1)).toEqual([
      "第一，抓好巡山护林。各村要排好班次。",
    ]);
  });
});
