import { describe, expect, it } from "vitest";
import { inlineText, type Block, type ItemList } from "../model/index.js";
import { itemize } from "./itemize.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const lists = (blocks: Block[]): ItemList[] =>
  blocks.filter((b): b is ItemList => b.kind === "items");
const leads = (list: ItemList | undefined) => list?.items.map((item) => inlineText(item.lead));

describe("itemize", () => {
  it("reads items that open paragraphs, with the paragraphs that explain them", () => {
    const blocks = itemize(
      lines(
        "一要把好种子关。各村要统一采购良种。",
        "农技站要派人到村指导。",
        "二要把好农时关。春播要赶在雨季之前。",
      ),
    );
    const [list] = lists(blocks);
    expect(list).toMatchObject({ style: "一要", runIn: false });
    expect(leads(list)).toEqual(["把好种子关。", "把好农时关。"]);
    expect(inlineText(list?.items[0]?.body ?? [])).toBe("各村要统一采购良种。");
    expect(list?.items[0]?.paragraphs.map((p) => inlineText(p.content))).toEqual([
      "农技站要派人到村指导。",
    ]);
  });

  it("reads a run-in list after a colon, with the text before it as the introduction", () => {
    const [list] = lists(
      itemize(
        lines("今年的成绩主要有三条：一是粮食稳产。总产再创新高。二是收入增加。三是环境变美。"),
      ),
    );
    expect(list).toMatchObject({ style: "一是", runIn: true });
    expect(inlineText(list?.intro ?? [])).toBe("今年的成绩主要有三条：");
    expect(leads(list)).toEqual(["粮食稳产。", "收入增加。", "环境变美。"]);
  });

  it("reads 第一，第二， items", () => {
    const [list] = lists(itemize(lines("第一，要稳。稳是大局。", "第二，要进。进是方向。")));
    expect(list?.style).toBe("第一");
    expect(leads(list)).toEqual(["要稳。", "要进。"]);
  });

  it("reads Arabic numbered items at paragraph start", () => {
    const [list] = lists(itemize(lines("1.完善制度。", "2.压实责任。", "（1）不是同一列表的开头")));
    expect(list?.style).toBe("1.");
    expect(leads(list)).toEqual(["完善制度。", "压实责任。"]);
  });

  it("ignores words that only look like markers", () => {
    const blocks = itemize(
      lines(
        "要做到思想统一是前提，唯一要避免的是各行其是。该镇产值位列全县第一，增速第二，还有提升空间。",
      ),
    );
    expect(lists(blocks)).toEqual([]);
  });

  it("ignores markers whose numbers do not run in sequence", () => {
    expect(
      lists(itemize(lines("大家讨论得很热烈：一是会开得好。这次会开得紧凑。", "会后要抓落实。"))),
    ).toEqual([]);
  });

  it("ignores items joined by 、 that are not sentences", () => {
    expect(lists(itemize(lines("可以概括为两句话：一是基础好、二是任务重。")))).toEqual([]);
  });

  it("ignores a narrative that starts with 一是, wherever it stands", () => {
    const narrative =
      "一是在项目建设上，围绕主导产业链条先后开展了三轮集中招商活动，签约了一批投资规模较大、带动能力较强的工业项目，带动就业明显增加。二是在民生保障上，新建改建农村公路一百多公里，完成了全部危房改造任务，群众出行和居住条件明显改善。";
    expect(lists(itemize(lines(`全年工作扎实推进。${narrative}`)))).toEqual([]);
    expect(lists(itemize(lines(narrative)))).toEqual([]);
  });

  it("reads long items closed by ； or announced by a colon", () => {
    const clauses =
      "一要强化目标责任，严格落实收入目标责任制度和收入进度通报制度，调动各级各部门组织收入的积极性；二要强化综合治税，健全部门之间的涉税信息共享机制，最大限度地做到应收尽收；";
    expect(leads(lists(itemize(lines(clauses)))[0])).toHaveLength(2);
  });

  it("continues a run-in list into the next paragraphs", () => {
    const [list] = lists(
      itemize(lines("困难主要有：一是资金紧；", "二是人手少；", "三是时间短；四是要求高。")),
    );
    expect(leads(list)).toEqual(["资金紧；", "人手少；", "时间短；", "要求高。"]);
  });

  it("lets a fragment begin inside a list", () => {
    const [list] = lists(itemize(lines("第三，这是群众的期盼。群众盼着早日通车。"), true));
    expect(leads(list)).toEqual(["这是群众的期盼。"]);
  });

  it("keeps a numbered list inside an item as that item's text", () => {
    const [list, ...others] = lists(
      itemize(
        lines(
          "一是建强队伍。队伍要从三方面建设：",
          "1.选好带头人。",
          "2.配强网格员。",
          "二是完善机制。机制要管长远。",
        ),
      ),
    );
    expect(others).toEqual([]);
    expect(leads(list)).toEqual(["建强队伍。", "完善机制。"]);
    expect(list?.items[0]?.paragraphs.map((p) => inlineText(p.content))).toEqual([
      "1.选好带头人。",
      "2.配强网格员。",
    ]);
  });
});
