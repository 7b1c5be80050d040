import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import {
  digitItemsSpeech,
  fullSpeech,
  item,
  items,
  longParagraphText,
  longSpeech,
  para,
  part,
  questionSpeech,
  slotSpeech,
  bare,
} from "../../test/roundtrip-speeches.js";
import { emphasis, slot, text, type ItemStyle, type Speech } from "../model/index.js";
import { writeMarkdown } from "./markdown.js";
import { writeTxt } from "./txt.js";

function blocksOf(md: string): string[] {
  return md.trimEnd().split("\n\n");
}

function withOpening(...content: Parameters<typeof para>): Speech {
  return { ...bare, opening: [para(...content)] };
}

function openingOf(speech: Speech): string | undefined {
  return blocksOf(writeMarkdown(speech))[1];
}

describe("writeMarkdown", () => {
  it("prints the title as # and the header lines as paragraphs", () => {
    expect(blocksOf(writeMarkdown(fullSpeech)).slice(0, 4)).toEqual([
      "# 在全市春季重点项目调度会上的讲话",
      "市长 李明远",
      "（2026年3月9日）",
      "同志们：",
    ]);
  });

  it("prints parts as ## and sub-parts as ### with their computed numbers", () => {
    const headings = blocksOf(writeMarkdown(fullSpeech)).filter((b) => b.startsWith("#"));
    expect(headings).toEqual([
      "# 在全市春季重点项目调度会上的讲话",
      "## 一、看清形势，增强抓项目的紧迫感",
      "## 二、盯住重点，推动项目建设提速",
      "### （一）抓好项目储备",
      "### （二）抓好开工建设",
      "## 三、改进作风，确保各项任务落地",
    ]);
  });

  it("numbers parts 第一个问题， when the speech asks for it", () => {
    expect(writeMarkdown(questionSpeech)).toContain("\n## 第二个问题，怎样抓好作风\n");
  });

  it("makes each item lead bold, its closing punctuation outside so CommonMark renders it", () => {
    expect(blocksOf(writeMarkdown(fullSpeech))).toContain(
      "**一是储备要再厚一层**。各部门要围绕产业方向多谋划一批能落地的项目。",
    );
  });

  it.each<[ItemStyle, string]>([
    ["一是", "**二是抓调度。**"],
    ["一要", "**二要抓调度。**"],
    ["第一", "**第二，抓调度。**"],
    ["1.", "**2.抓调度。**"],
    ["(1)", "**（2）抓调度。**"],
  ])(
    "numbers the second item of a %s list as %s (at a line end the 。 stays bold)",
    (style, expected) => {
      const speech: Speech = {
        ...bare,
        parts: [part("主要任务", [items(style, item("抓统筹。", ""), item("抓调度。", ""))])],
      };
      expect(blocksOf(writeMarkdown(speech))[3]).toBe(expected);
    },
  );

  it("keeps a run-in list in one paragraph with each lead bold", () => {
    expect(blocksOf(writeMarkdown(fullSpeech))).toContain(
      "具体来说：**一要盯紧节点**。每月一调度，每季一通报；**二要压实责任**。一个项目一名牵头领导。",
    );
  });

  it("prints slots as plain 〔待补：…〕, inside bold leads too", () => {
    const md = writeMarkdown(slotSpeech);
    expect(md).toContain("# 在〔待补：会议名称〕上的讲话\n");
    expect(md).toContain("\n**一是完成〔待补：年度投资目标〕的任务**。各部门要按月分解。\n");
  });

  it("makes emphasis bold, moves a quote that touches a letter outside, merges touching bold", () => {
    const speech = withOpening(
      text("要做到"),
      emphasis("“三个到位”"),
      text("，"),
      emphasis("甲"),
      emphasis("乙"),
    );
    expect(openingOf(speech)).toBe("要做到“**三个到位”**，**甲乙**");
  });

  it("prints bold punctuation between letters as plain text, which CommonMark would not bold", () => {
    expect(openingOf(withOpening("甲", emphasis("！"), "乙"))).toBe("甲！乙");
  });

  it.each([
    ["# 不是标题", "\\# 不是标题"],
    ["- 不是列表", "\\- 不是列表"],
    ["+ 不是列表", "\\+ 不是列表"],
    ["1. 不是列表", "1\\. 不是列表"],
    ["2) 不是列表", "2\\) 不是列表"],
    ["> 不是引用", "\\> 不是引用"],
    ["    不是代码", "不是代码"],
    ["---", "\\---"],
    ["用*星号*和_下划线_", "用\\*星号\\*和\\_下划线\\_"],
    ["`代码`与[链接](x)", "\\`代码\\`与\\[链接\\](x)"],
    ["<b>标签</b>与&amp;", "\\<b\\>标签\\</b\\>与\\&amp;"],
    ["~~删除~~与\\反斜杠", "\\~\\~删除\\~\\~与\\\\反斜杠"],
    ["增长3.5%，排名第2", "增长3.5%，排名第2"],
  ])("escapes %j so it prints as written", (input, expected) => {
    expect(openingOf(withOpening(input))).toBe(expected);
  });

  it("escapes specials in headings, leads and header lines", () => {
    const speech: Speech = {
      ...bare,
      title: [text("关于 #1 号 *文件* 的讲话")],
      speaker: "- 张三",
      parts: [part("抓好 <重点> 工作 #", [items("一是", item("抓_好_。", ""))])],
    };
    expect(blocksOf(writeMarkdown(speech))).toEqual([
      "# 关于 \\#1 号 \\*文件\\* 的讲话",
      "\\- 张三",
      "## 一、抓好 \\<重点\\> 工作 \\#",
      "**一是抓\\_好\\_。**",
    ]);
  });

  it("removes control characters and keeps a pasted line break from starting a heading", () => {
    expect(openingOf(withOpening("要抓\u0000紧\n# 落实"))).toBe("要抓紧 \\# 落实");
  });

  it("writes a 20,000-character paragraph whole, on one line", () => {
    const long = longParagraphText(20_000);
    expect(openingOf(withOpening(long))).toBe(long);
  });

  it("writes a 100-page speech with every heading", () => {
    const md = writeMarkdown(longSpeech(100));
    expect(md.match(/^## /gm)).toHaveLength(10);
    expect(md.match(/^### /gm)).toHaveLength(50);
    expect(md.match(/^\*\*二是/gm)).toHaveLength(50);
  });

  it("ends with a newline", () => {
    expect(writeMarkdown(bare)).toBe("# 在座谈会上的讲话\n");
  });

  describe("rendered by a CommonMark renderer", () => {
    const commonmark = new MarkdownIt("commonmark");

    /** Each block's text as a reader sees it, and its bold pieces. */
    function rendered(md: string): { texts: string[]; bold: string[] } {
      const texts: string[] = [];
      const bold: string[] = [];
      for (const token of commonmark.parse(md, {})) {
        if (token.type !== "inline") continue;
        let line = "";
        let inBold: string | undefined;
        for (const child of token.children ?? []) {
          if (child.type === "strong_open") inBold = "";
          else if (child.type === "strong_close" && inBold !== undefined) {
            bold.push(inBold);
            inBold = undefined;
          } else {
            // Anything but plain text (links, code, html, em) is markup the text did not mean.
            expect(child.type).toBe("text");
            line += child.content;
            if (inBold !== undefined) inBold += child.content;
          }
        }
        texts.push(line);
      }
      return { texts, bold };
    }

    const awkward: Speech = {
      ...bare,
      title: [text("关于 #1 号 *文件* 的 <讲话>")],
      speaker: "1. 张三",
      opening: [
        para("- 第一条"),
        para("> 引用 [链接](http://x) `代码` &amp; \\ ~~删~~ _下_ <b>粗</b>"),
        para("    缩进"),
        para(
          "要做到",
          emphasis("“三个到位”"),
          "，",
          emphasis("！"),
          "再",
          emphasis(" 抓落实 "),
          "。",
        ),
      ],
      parts: [
        part("抓好 <重点> 工作 #", [
          items(
            "(1)",
            { lead: [text("完成"), slot("投资*目标")], body: [text("正文")], paragraphs: [] },
            item("*抓_好_。", "# 不是标题"),
          ),
        ]),
      ],
    };

    it.each([
      ["a speech with every structure", fullSpeech],
      ["a speech numbered 第一个问题", questionSpeech],
      ["a speech with 1. and （1） items", digitItemsSpeech],
      ["a speech with slots", slotSpeech],
      ["a speech full of markdown specials", awkward],
    ])("shows %s with exactly the text the txt writer prints", (_name, speech) => {
      const texts = writeTxt(speech).trimEnd().split("\n\n");
      expect(rendered(writeMarkdown(speech)).texts).toEqual(texts.map((t) => t.trim()));
    });

    it("shows every item lead in bold", () => {
      const { bold } = rendered(writeMarkdown(fullSpeech));
      expect(bold).toEqual([
        "一是储备要再厚一层",
        "二是前期要再快一步",
        "三是质量要再高一点",
        "一要盯紧节点",
        "二要压实责任",
        "一是带头干",
        "二是合力干",
      ]);
      expect(rendered(writeMarkdown(awkward)).bold).toEqual([
        "三个到位”",
        "抓落实",
        "（1）完成〔待补：投资*目标",
        "（2）*抓_好_。",
      ]);
    });
  });
});
