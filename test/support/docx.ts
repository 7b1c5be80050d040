// Test support for the Word writer: open a .docx as data (zip parts → XML DOM) and build
// speeches in our own words, from a short one with every node kind to 100 pages.
import { DOMParser } from "@xmldom/xmldom";
import { unzipSync } from "fflate";
import {
  emphasis,
  slot,
  text,
  type Block,
  type Inline,
  type Item,
  type Paragraph,
  type Part,
  type Speech,
} from "../../src/model/index.js";

// ---- reading a .docx -------------------------------------------------------------------

export type DocxParts = Readonly<Record<string, string>>;

/** Every XML part of the package by its path (word/document.xml, docProps/core.xml, …). */
export function docxParts(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.endsWith(".xml") || path.endsWith(".rels"))
      .map(([path, data]) => [path, decoder.decode(data)]),
  );
}

export function xmlPart(parts: DocxParts, path: string): Document {
  const xml = parts[path];
  if (xml === undefined)
    throw new Error(`the package has no ${path}; it has ${Object.keys(parts).join(", ")}`);
  return new DOMParser().parseFromString(xml, "application/xml");
}

/** Elements by qualified name (w:p, w:rFonts …) under a node, in document order. */
export function elements(node: Document | Element, qualifiedName: string): Element[] {
  return Array.from(node.getElementsByTagName(qualifiedName));
}

export function firstElement(node: Document | Element, qualifiedName: string): Element {
  const found = elements(node, qualifiedName)[0];
  if (found === undefined) throw new Error(`no <${qualifiedName}> found`);
  return found;
}

/** A style's element in word/styles.xml by its id. */
export function styleById(styles: Document, id: string): Element {
  const found = elements(styles, "w:style").find((style) => style.getAttribute("w:styleId") === id);
  if (found === undefined) throw new Error(`styles.xml has no style ${id}`);
  return found;
}

/** The text of a paragraph or run (all its w:t, joined). */
export function textOf(node: Element): string {
  return elements(node, "w:t")
    .map((t) => t.textContent ?? "")
    .join("");
}

/** Body paragraphs of word/document.xml with their style id and text. */
export function bodyParagraphs(
  document: Document,
): { style: string; text: string; element: Element }[] {
  return elements(document, "w:p").map((p) => ({
    style: elements(p, "w:pStyle")[0]?.getAttribute("w:val") ?? "",
    text: textOf(p),
    element: p,
  }));
}

// ---- speeches in our own words -----------------------------------------------------------

export const SAMPLE_TITLE = "在全区经济工作会议上的讲话";

const paragraph = (...content: Inline[]): Paragraph => ({ kind: "paragraph", content });

function item(lead: string, body: string, paragraphs: Paragraph[] = []): Item {
  return { lead: [text(lead)], body: body === "" ? [] : [text(body)], paragraphs };
}

/** A short speech with every node kind: byline, slots, sub-parts, item lists, a run-in list. */
export function sampleSpeech(overrides: Partial<Speech> = {}): Speech {
  return {
    title: [text(SAMPLE_TITLE)],
    speaker: "区委书记 王明",
    date: "2026年2月23日",
    salutation: "同志们：",
    opening: [paragraph(text("这次会议的主要任务是总结去年工作，安排今年重点。"))],
    announceLine: paragraph(text("下面，我讲三点意见。")),
    partNumbering: "一、",
    parts: [
      {
        heading: [text("正确看待当前形势")],
        role: "形势",
        blocks: [
          paragraph(
            text("去年全区地区生产总值增长"),
            slot("2025年GDP增速"),
            text("，好于年初预期。"),
          ),
          {
            kind: "items",
            style: "一是",
            runIn: true,
            intro: [text("不足主要是：")],
            items: [item("增长后劲不够足；", ""), item("民生短板还不少。", "")],
          },
        ],
        subParts: [],
      },
      {
        heading: [text("聚焦重点攻坚突破")],
        role: "措施",
        blocks: [],
        subParts: [
          {
            heading: [text("抓项目扩投资")],
            blocks: [
              {
                kind: "items",
                style: "一要",
                runIn: false,
                intro: [],
                items: [
                  item("加快项目建设。", "各牵头单位要倒排工期、挂图作战。", [
                    paragraph(text("重大项目实行专班推进。")),
                  ]),
                  item("强化要素保障。", "用地、资金、用能指标向重点项目倾斜。"),
                ],
              },
            ],
          },
          {
            heading: [text("抓改革增活力")],
            blocks: [paragraph(emphasis("改革要敢闯敢试。"), text("各部门要拿出实招。"))],
          },
        ],
      },
      {
        heading: [text("切实转变工作作风")],
        role: "作风",
        blocks: [paragraph(text("作风建设永远在路上。"))],
        subParts: [],
      },
    ],
    closing: [paragraph(text("同志们，让我们鼓足干劲，奋力完成全年目标任务！"))],
    meta: {
      unit: "西峰区",
      meetingType: "经济工作会议",
      description: "2026年全区经济工作会议讲话稿",
    },
    ...overrides,
  };
}

/** Han characters only (no punctuation, so line breaking cannot move a character), `count` long. */
export function hanText(count: number): string {
  const source = Array.from(
    "全区各级各部门要把稳增长放在更加突出的位置抓紧抓实各项工作推动经济持续向好",
  );
  return Array.from({ length: count }, (_, i) => source[i % source.length]).join("");
}

export interface LinePlan {
  /** Characters on a full line of the profile. */
  readonly charactersPerLine: number;
  /** Lines each body paragraph fills. */
  readonly linesPerParagraph: number;
}

/**
 * A speech whose every paragraph fills exactly `linesPerParagraph` lines (its first line two
 * characters short for the indent), so its page count and every page's lines are known in
 * advance. Returns the speech and the number of lines it fills.
 */
export function plannedSpeech(
  plan: LinePlan,
  parts: number,
  paragraphsPerPart: number,
): { speech: Speech; lines: number } {
  const { charactersPerLine, linesPerParagraph } = plan;
  const paragraphChars = charactersPerLine - 2 + charactersPerLine * (linesPerParagraph - 1);
  const body = (): Block => paragraph(text(hanText(paragraphChars)));
  const partList: Part[] = Array.from({ length: parts }, () => ({
    heading: [text("坚持稳中求进")],
    blocks: Array.from({ length: paragraphsPerPart }, body),
    subParts: [],
  }));
  const speech = sampleSpeech({
    opening: [body()],
    parts: partList,
    closing: [],
  });
  const { announceLine: _dropped, ...withoutAnnounce } = speech;
  // title, speaker, date, blank line, salutation; the opening; each part's heading and paragraphs
  const lines = 5 + linesPerParagraph + parts * (1 + paragraphsPerPart * linesPerParagraph);
  return { speech: withoutAnnounce, lines };
}

/**
 * About `pages` pages of gongwen type (22 lines of 28 characters): a part every five pages,
 * each with a sub-part of plain paragraphs and one of items.
 */
export function longSpeech(pages: number): Speech {
  const sentence = "各单位要对照年度目标逐项梳理进度，找准短板弱项，拿出管用举措。";
  const paragraphText = sentence.repeat(6); // 186 characters: 7 lines
  const para = (): Block => paragraph(text(paragraphText));
  const partCount = Math.max(1, Math.round(pages / 5));
  // 5 pages are 110 lines: 2 headings, 2 items of 5 lines, 13 paragraphs of 7 lines ≈ 103 + breaks
  const paragraphsPerPart = 13;
  return sampleSpeech({
    parts: Array.from({ length: partCount }, (_, p) => ({
      heading: [text(`第${p + 1}方面的工作要全面加强`)],
      blocks: [],
      subParts: [
        {
          heading: [text("明确目标任务")],
          blocks: Array.from({ length: paragraphsPerPart }, para),
        },
        {
          heading: [text("压实工作责任")],
          blocks: [
            {
              kind: "items",
              style: "一是",
              runIn: false,
              intro: [],
              items: [
                item("责任要到人。", sentence.repeat(4)),
                item("考核要从严。", sentence.repeat(4)),
              ],
            },
          ],
        },
      ],
    })),
  });
}
