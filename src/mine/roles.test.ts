import { describe, expect, it } from "vitest";
import { text, type Block, type Part } from "../model/index.js";
import { classifyPartRole, classifyPartRoles } from "./roles.js";

const leads = (...values: string[]): Block => ({
  kind: "items",
  style: "一是",
  runIn: false,
  intro: [],
  items: values.map((value) => ({ lead: [text(value)], body: [], paragraphs: [] })),
});

const part = (heading: string, ...blocks: Block[]): Part => ({
  heading: [text(heading)],
  blocks,
  subParts: [],
});

describe("classifyPartRole", () => {
  it("reads the corpus's 形势 → 措施 → 作风 skeleton from the headings of speech 000", () => {
    const parts = [
      part("客观研判今年发展形势"),
      part("全力以赴破难题开新局", leads("项目建设要形成大场面。", "工业发展要拉开大架势。")),
      part("以早干快干、苦干实干的作风攻坚克难", leads("提升学习政策、把握机遇的专业化能力。")),
    ];
    expect(classifyPartRoles(parts)).toEqual(["形势", "措施", "作风"]);
  });

  it.each([
    ["认清形势不懈怠，以更高要求增强责任感和紧迫感", "形势"],
    ["总结，我们要客观", "形势"],
    ["怎么理解这次专项行动", "形势"],
    ["目标，我们要完成", "措施"],
    ["咬定目标不动摇，以更加有力的举措促进经济指标双过半", "措施"],
    ["怎样推进这次专项行动", "措施"],
    ["作风，我们要过硬", "作风"],
    ["以什么样的状态和作风推进这次专项行动", "作风"],
    ["狠抓高效落实，坚决打赢双过半这场硬仗", "作风"],
    ["以严紧实作风为保障，全面提升干事创业新水平", "作风"],
  ] as const)("classifies the heading 「%s」 as %s", (heading, role) => {
    expect(classifyPartRole(part(heading), 1, 3)).toBe(role);
  });

  it("lets the content decide when the heading says nothing about the role", () => {
    const measures = part("乘势而上开新局", leads("抓好项目建设。", "推进产业升级。"));
    expect(classifyPartRole(measures, 0, 3)).toBe("措施");
  });

  it("breaks a tie by position: first part 形势, last part 作风", () => {
    const level = part("回顾全年抓落实"); // one 形势 word (回顾), one 作风 word (落实)
    expect(classifyPartRole(level, 0, 3)).toBe("形势");
    expect(classifyPartRole(level, 2, 3)).toBe("作风");
  });

  it("says 其他 when nothing in the part speaks for any role", () => {
    expect(classifyPartRole(part("春风十里"), 1, 3)).toBe("其他");
  });

  it("keeps a role the composer already set", () => {
    const set: Part = { ...part("春风十里"), role: "作风" };
    expect(classifyPartRoles([set])).toEqual(["作风"]);
  });
});
