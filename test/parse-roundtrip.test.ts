// The txt writer and the parser share one grammar: parsing what writeTxt prints gives
// back the same Speech (source positions aside); a Word file gives back its outline.
import { describe, expect, it } from "vitest";
import {
  emphasis,
  outlineOf,
  parseDocx,
  parseText,
  slot,
  text,
  writeDocx,
  writeTxt,
  type Inline,
  type Paragraph,
  type Speech,
} from "../src/index.js";

const paragraph = (...content: Inline[]): Paragraph => ({ kind: "paragraph", content });

// Our own words; emphasis is not carried by txt, so the speech has none.
const SPEECH: Speech = {
  title: [text("在全镇秋收秋种工作会议上的讲话")],
  speaker: "镇长 赵六",
  date: "2026年9月20日",
  salutation: "同志们：",
  opening: [paragraph(text("今天召开会议，部署秋收秋种工作。刚才，农业站通报了进度，我都同意。"))],
  announceLine: { kind: "paragraph", content: [text("下面，我讲三点意见。")] },
  partNumbering: "一、",
  parts: [
    {
      heading: [text("看清形势，增强做好秋收的责任感")],
      blocks: [
        {
          kind: "items",
          style: "一是",
          runIn: true,
          intro: [text("今年秋粮长势总体较好，主要表现在：")],
          items: [
            { lead: [text("面积稳定。")], body: [text("播种面积与去年持平。")], paragraphs: [] },
            {
              lead: [text("长势良好。")],
              body: [text("单产预计有所提高，达到"), slot("亩产"), text("。")],
              paragraphs: [],
            },
          ],
        },
      ],
      subParts: [],
    },
    {
      heading: [text("抓住关键，确保颗粒归仓")],
      blocks: [paragraph(text("秋收时间紧，必须抓住关键环节。"))],
      subParts: [
        {
          heading: [text("抓好机收作业")],
          blocks: [
            {
              kind: "items",
              style: "一要",
              runIn: false,
              intro: [],
              items: [
                {
                  lead: [text("提前检修机具。")],
                  body: [text("农机站要组织上门服务。")],
                  paragraphs: [paragraph(text("检修情况要建立台账。"))],
                },
                { lead: [text("合理调度机手。")], body: [text("做到随熟随收。")], paragraphs: [] },
              ],
            },
          ],
        },
        {
          heading: [text("抓好烘干晾晒")],
          blocks: [paragraph(text("要提前腾出晒场，备足烘干设备。"))],
        },
      ],
    },
    {
      heading: [text("压实责任，营造比学赶超氛围")],
      blocks: [
        {
          kind: "items",
          style: "第一",
          runIn: false,
          intro: [],
          items: [
            { lead: [text("要有人管。")], body: [text("每个村都要明确责任人。")], paragraphs: [] },
            { lead: [text("要有人查。")], body: [text("镇里每周督查一次。")], paragraphs: [] },
          ],
        },
      ],
      subParts: [],
    },
  ],
  closing: [paragraph(text("同志们，秋收连着全年收成。让我们一鼓作气，夺取秋粮丰收！"))],
  meta: {},
};

function withoutSource(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === "source" ? undefined : v)));
}

describe("txt round trip", () => {
  it("parses what the txt writer prints back into the same speech", () => {
    const { speeches } = parseText(writeTxt(SPEECH));
    expect(speeches).toHaveLength(1);
    expect(withoutSource(speeches[0])).toEqual(withoutSource(SPEECH));
  });

  it("reads emphasis back as plain text, since txt does not print it", () => {
    const bold: Speech = {
      ...SPEECH,
      opening: [paragraph(emphasis("今天召开会议。"), text("部署工作。"))],
    };
    const { speeches } = parseText(writeTxt(bold));
    expect(withoutSource(speeches[0]?.opening)).toEqual([
      { kind: "paragraph", content: [text("今天召开会议。部署工作。")] },
    ]);
  });

  it("reads a Word file the docx writer made back into the same outline and header", async () => {
    const { speeches } = await parseDocx(await writeDocx(SPEECH), { file: "稿.docx" });
    expect(speeches).toHaveLength(1);
    const speech = speeches[0] as Speech;
    expect(outlineOf(speech)).toEqual(outlineOf(SPEECH));
    expect([speech.speaker, speech.date, speech.salutation]).toEqual([
      SPEECH.speaker,
      SPEECH.date,
      SPEECH.salutation,
    ]);
  });
});
