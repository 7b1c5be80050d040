// The Word file opened as data: the GB/T 9704 layout values, fonts, outline, numbering,
// page numbers, slots and document properties a clerk's office would check.
import { beforeAll, describe, expect, it } from "vitest";
import { slot, text, type Speech } from "../src/model/index.js";
import { writeDocx } from "../src/write/docx/index.js";
import {
  SAMPLE_TITLE,
  bodyParagraphs,
  docxParts,
  elements,
  firstElement,
  longSpeech,
  sampleSpeech,
  styleById,
  textOf,
  xmlPart,
  type DocxParts,
} from "./support/docx.js";

async function partsOf(speech: Speech, profile?: "gongwen" | "reading"): Promise<DocxParts> {
  return docxParts(await writeDocx(speech, profile === undefined ? {} : { profile }));
}

const child = (parent: Element, name: string): Element | undefined => elements(parent, name)[0];
const attr = (parent: Element, name: string, attribute: string): string | null =>
  child(parent, name)?.getAttribute(attribute) ?? null;

const OUR_PARAGRAPH_STYLES = [
  "Body",
  "SpeechTitle",
  "Byline",
  "Salutation",
  "PartHeading",
  "SubPartHeading",
  "ItemParagraph",
  "PageFolio",
];

describe("the gongwen profile (default)", () => {
  let parts: DocxParts;
  let document: Document;
  let styles: Document;
  beforeAll(async () => {
    parts = await partsOf(sampleSpeech());
    document = xmlPart(parts, "word/document.xml");
    styles = xmlPart(parts, "word/styles.xml");
  });

  it("prints on A4 with the GB/T 9704 margins and footer distance", () => {
    const section = firstElement(document, "w:sectPr");
    expect(attr(section, "w:pgSz", "w:w")).toBe("11906");
    expect(attr(section, "w:pgSz", "w:h")).toBe("16838");
    const margin = firstElement(section, "w:pgMar");
    expect({
      top: margin.getAttribute("w:top"),
      bottom: margin.getAttribute("w:bottom"),
      left: margin.getAttribute("w:left"),
      right: margin.getAttribute("w:right"),
      footer: margin.getAttribute("w:footer"),
    }).toEqual({ top: "2098", bottom: "1984", left: "1587", right: "1474", footer: "1191" });
  });

  it("declares 仿宋_GB2312 with the east-Asian hint and zh-CN on the document defaults", () => {
    const defaults = firstElement(styles, "w:rPrDefault");
    const fonts = firstElement(defaults, "w:rFonts");
    expect(fonts.getAttribute("w:eastAsia")).toBe("仿宋_GB2312");
    expect(fonts.getAttribute("w:hint")).toBe("eastAsia");
    expect(fonts.getAttribute("w:ascii")).toBe("Times New Roman");
    expect(fonts.getAttribute("w:hAnsi")).toBe("Times New Roman");
    expect(attr(defaults, "w:lang", "w:eastAsia")).toBe("zh-CN");
    expect(attr(defaults, "w:sz", "w:val")).toBe("32");
  });

  it.each([
    ["Body", "仿宋_GB2312"],
    ["SpeechTitle", "方正小标宋简体"],
    ["Byline", "楷体_GB2312"],
    ["Salutation", "仿宋_GB2312"],
    ["PartHeading", "黑体"],
    ["SubPartHeading", "楷体_GB2312"],
    ["ItemParagraph", "仿宋_GB2312"],
    ["PageFolio", "宋体"],
    ["LeadSentence", "仿宋_GB2312"],
  ])(
    "style %s sets its Chinese text in %s, with Latin in Times New Roman and the east-Asian hint",
    (id, face) => {
      const fonts = firstElement(styleById(styles, id), "w:rFonts");
      expect(fonts.getAttribute("w:eastAsia")).toBe(face);
      expect(fonts.getAttribute("w:ascii")).toBe("Times New Roman");
      expect(fonts.getAttribute("w:hint")).toBe("eastAsia");
      expect(attr(styleById(styles, id), "w:lang", "w:eastAsia")).toBe("zh-CN");
    },
  );

  it("lists the 公文 faces in the font table with the names stock Windows has, for Word to substitute", () => {
    const table = xmlPart(parts, "word/fontTable.xml");
    const fonts = Object.fromEntries(
      elements(table, "w:font").map((font) => [
        font.getAttribute("w:name"),
        { altName: attr(font, "w:altName", "w:val"), charset: attr(font, "w:charset", "w:val") },
      ]),
    );
    expect(fonts["仿宋_GB2312"]).toEqual({ altName: "仿宋", charset: "86" });
    expect(fonts["楷体_GB2312"]).toEqual({ altName: "楷体", charset: "86" });
    expect(fonts["黑体"]?.charset).toBe("86");
    expect(fonts["方正小标宋简体"]?.charset).toBe("86");
    expect(fonts["宋体"]?.charset).toBe("86");
    expect(Object.keys(fonts)).toContain("Times New Roman");
  });

  it("gives the heading styles outline levels, so the navigation pane shows the outline", () => {
    expect(attr(styleById(styles, "PartHeading"), "w:outlineLvl", "w:val")).toBe("0");
    expect(attr(styleById(styles, "SubPartHeading"), "w:outlineLvl", "w:val")).toBe("1");
    expect(attr(styleById(styles, "ItemParagraph"), "w:outlineLvl", "w:val")).toBe("2");
    for (const id of ["Body", "SpeechTitle", "Byline", "Salutation"]) {
      expect(child(styleById(styles, id), "w:outlineLvl"), id).toBeUndefined();
    }
  });

  it("names our styles in Chinese and keeps them black", () => {
    const names = OUR_PARAGRAPH_STYLES.map((id) => attr(styleById(styles, id), "w:name", "w:val"));
    expect(names).toEqual([
      "讲话正文",
      "讲话标题",
      "讲话人及日期",
      "称呼",
      "一级标题",
      "二级标题",
      "三级标题",
      "页码",
    ]);
    for (const id of OUR_PARAGRAPH_STYLES)
      expect(child(styleById(styles, id), "w:color"), id).toBeUndefined();
  });

  it("sets body text at 3号 on fixed 28.95 pt lines, justified, indented two characters in both units", () => {
    const body = styleById(styles, "Body");
    expect(attr(body, "w:sz", "w:val")).toBe("32");
    expect(attr(body, "w:spacing", "w:line")).toBe("579");
    expect(attr(body, "w:spacing", "w:lineRule")).toBe("exact");
    expect(attr(body, "w:spacing", "w:before")).toBe("0");
    expect(attr(body, "w:spacing", "w:after")).toBe("0");
    expect(attr(body, "w:jc", "w:val")).toBe("both");
    expect(attr(body, "w:ind", "w:firstLine")).toBe("640");
    expect(attr(body, "w:ind", "w:firstLineChars")).toBe("200");
    // 28 characters a line without a character grid (which LibreOffice lays out at 19)
    const runSpacing = firstElement(firstElement(body, "w:rPr"), "w:spacing");
    expect(runSpacing.getAttribute("w:val")).toBe("-5");
    expect(elements(document, "w:docGrid").every((grid) => !grid.hasAttribute("w:charSpace"))).toBe(
      true,
    );
  });

  it("sets the title at 2号, centred and unindented", () => {
    const title = styleById(styles, "SpeechTitle");
    expect(attr(title, "w:sz", "w:val")).toBe("44");
    expect(attr(title, "w:jc", "w:val")).toBe("center");
    expect(attr(title, "w:ind", "w:firstLine")).toBe("0");
  });

  it("turns on odd and even footers", () => {
    expect(elements(xmlPart(parts, "word/settings.xml"), "w:evenAndOddHeaders")).toHaveLength(1);
    const types = elements(firstElement(document, "w:sectPr"), "w:footerReference").map((ref) =>
      ref.getAttribute("w:type"),
    );
    expect(types.sort()).toEqual(["default", "even"]);
  });

  it("prints — PAGE — at the right of odd pages and the left of even pages, one 4号 character in", () => {
    const rels = xmlPart(parts, "word/_rels/document.xml.rels");
    const targetOf = (type: string): string => {
      const id = elements(firstElement(document, "w:sectPr"), "w:footerReference")
        .find((ref) => ref.getAttribute("w:type") === type)
        ?.getAttribute("r:id");
      const target = elements(rels, "Relationship")
        .find((rel) => rel.getAttribute("Id") === id)
        ?.getAttribute("Target");
      return `word/${target ?? "missing"}`;
    };
    const footer = (type: string): Element => firstElement(xmlPart(parts, targetOf(type)), "w:p");
    const odd = footer("default");
    const even = footer("even");
    for (const p of [odd, even]) {
      const pieces = elements(p, "w:r").map(
        (r) => child(r, "w:t")?.textContent ?? child(r, "w:instrText")?.textContent?.trim() ?? "",
      );
      expect(pieces.filter((piece) => piece !== "").join("|")).toBe("— |PAGE| —");
      expect(attr(p, "w:pStyle", "w:val")).toBe("PageFolio");
    }
    expect(attr(odd, "w:jc", "w:val")).toBe("right");
    expect(attr(odd, "w:ind", "w:right")).toBe("280");
    expect(attr(even, "w:jc", "w:val")).toBe("left");
    expect(attr(even, "w:ind", "w:left")).toBe("280");
    expect(attr(styleById(styles, "PageFolio"), "w:sz", "w:val")).toBe("28");
  });

  it("opens with the title, the speaker and the date in parentheses, then 同志们 flush left", () => {
    const [title, speaker, date, salutation] = bodyParagraphs(document);
    expect(title).toMatchObject({ style: "SpeechTitle", text: SAMPLE_TITLE });
    expect(speaker).toMatchObject({ style: "Byline", text: "区委书记 王明" });
    expect(date).toMatchObject({ style: "Byline", text: "（2026年2月23日）" });
    expect(salutation).toMatchObject({ style: "Salutation", text: "同志们：" });
    // one blank line of space between the date and 同志们
    expect(attr(date!.element, "w:spacing", "w:after")).toBe("579");
  });

  it("numbers parts 一、 sub-parts （一） and items 一要 from the tree", () => {
    const headings = bodyParagraphs(document)
      .filter((p) => ["PartHeading", "SubPartHeading", "ItemParagraph"].includes(p.style))
      .map((p) => `${p.style}:${p.text}`);
    expect(headings).toEqual([
      "PartHeading:一、正确看待当前形势",
      "PartHeading:二、聚焦重点攻坚突破",
      "SubPartHeading:（一）抓项目扩投资",
      "ItemParagraph:一要加快项目建设。各牵头单位要倒排工期、挂图作战。",
      "ItemParagraph:二要强化要素保障。用地、资金、用能指标向重点项目倾斜。",
      "SubPartHeading:（二）抓改革增活力",
      "PartHeading:三、切实转变工作作风",
    ]);
  });

  it("sets an item's marker and lead sentence in bold and its explanation in regular weight", () => {
    const item = bodyParagraphs(document).find((p) => p.style === "ItemParagraph")!;
    const runs = elements(item.element, "w:r").map((r) => ({
      text: textOf(r),
      lead: attr(r, "w:rStyle", "w:val") === "LeadSentence",
    }));
    expect(runs).toEqual([
      { text: "一要", lead: true },
      { text: "加快项目建设。", lead: true },
      { text: "各牵头单位要倒排工期、挂图作战。", lead: false },
    ]);
    expect(child(styleById(styles, "LeadSentence"), "w:b")).toBeDefined();
  });

  it("keeps a run-in list in one paragraph, each item with its own bold marker and lead", () => {
    const runIn = bodyParagraphs(document).find((p) => p.text.startsWith("不足主要是"))!;
    expect(runIn.text).toBe("不足主要是：一是增长后劲不够足；二是民生短板还不少。");
    expect(runIn.style).toBe("Body");
    const bold = elements(runIn.element, "w:r")
      .filter((r) => attr(r, "w:rStyle", "w:val") === "LeadSentence")
      .map(textOf);
    expect(bold).toEqual(["一是", "增长后劲不够足；", "二是", "民生短板还不少。"]);
  });

  it("shows a slot as 〔待补：…〕 on a yellow highlight", () => {
    const highlighted = elements(document, "w:r").filter(
      (r) => attr(r, "w:highlight", "w:val") === "yellow",
    );
    expect(highlighted.map(textOf)).toEqual(["〔待补：2025年GDP增速〕"]);
  });

  it("records the title, the unit as author and the description in the document properties", () => {
    const core = xmlPart(parts, "docProps/core.xml");
    expect(firstElement(core, "dc:title").textContent).toBe(SAMPLE_TITLE);
    expect(firstElement(core, "dc:creator").textContent).toBe("西峰区");
    expect(firstElement(core, "dc:description").textContent).toBe("2026年全区经济工作会议讲话稿");
  });
});

describe("the reading profile", () => {
  it("sets body 18 pt and title 24 pt on fixed 30 pt lines, indented two of its characters", async () => {
    const styles = xmlPart(await partsOf(sampleSpeech(), "reading"), "word/styles.xml");
    const body = styleById(styles, "Body");
    expect(attr(body, "w:sz", "w:val")).toBe("36");
    expect(attr(body, "w:spacing", "w:line")).toBe("600");
    expect(attr(body, "w:spacing", "w:lineRule")).toBe("exact");
    expect(attr(body, "w:ind", "w:firstLine")).toBe("720");
    expect(attr(styleById(styles, "SpeechTitle"), "w:sz", "w:val")).toBe("48");
    expect(attr(styleById(styles, "PartHeading"), "w:outlineLvl", "w:val")).toBe("0");
  });
});

describe("numbering styles", () => {
  it("numbers parts 第一个问题， when the speech asks for it", async () => {
    const document = xmlPart(
      await partsOf(sampleSpeech({ partNumbering: "第一个问题" })),
      "word/document.xml",
    );
    const parts = bodyParagraphs(document)
      .filter((p) => p.style === "PartHeading")
      .map((p) => p.text);
    expect(parts).toEqual([
      "第一个问题，正确看待当前形势",
      "第二个问题，聚焦重点攻坚突破",
      "第三个问题，切实转变工作作风",
    ]);
  });

  it("restarts item numbering in every list and never mixes a list's style", async () => {
    const document = xmlPart(await partsOf(longSpeech(15)), "word/document.xml");
    const markers = bodyParagraphs(document)
      .filter((p) => p.style === "ItemParagraph")
      .map((p) => p.text.slice(0, 2));
    expect(markers).toEqual(["一是", "二是", "一是", "二是", "一是", "二是"]);
  });
});

describe("text safety", () => {
  it("removes XML-invalid control characters and keeps XML and HTML specials as text", async () => {
    const nasty = `a<b>&"'</p><script>x</script>\u0000\u0008\u000B\u000C\u001F\uFFFF末`;
    const speech = sampleSpeech({
      title: [text(`标题${nasty}`)],
      speaker: `讲话人\u0007<&>`,
      opening: [{ kind: "paragraph", content: [text(nasty), slot(`数据<&>\u0001`)] }],
      meta: { unit: `单位<&>\u0002`, description: `说明"'\u0003` },
    });
    const parts = await partsOf(speech);
    const paragraphs = bodyParagraphs(xmlPart(parts, "word/document.xml"));
    const clean = `a<b>&"'</p><script>x</script>末`;
    expect(paragraphs[0]!.text).toBe(`标题${clean}`);
    expect(paragraphs[1]!.text).toBe("讲话人<&>");
    expect(paragraphs.some((p) => p.text === `${clean}〔待补：数据<&>〕`)).toBe(true);
    expect(parts["word/document.xml"]).not.toMatch(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFF]/,
    );
    expect(parts["word/document.xml"]).not.toContain("<script>");
    const core = xmlPart(parts, "docProps/core.xml");
    expect(firstElement(core, "dc:creator").textContent).toBe("单位<&>");
    expect(firstElement(core, "dc:description").textContent).toBe(`说明"'`);
  });

  it("writes a 20,000-character paragraph whole", async () => {
    const long = "各项工作要抓早抓实抓细。".repeat(2000).slice(0, 20_000);
    const document = xmlPart(
      await partsOf(sampleSpeech({ opening: [{ kind: "paragraph", content: [text(long)] }] })),
      "word/document.xml",
    );
    expect(bodyParagraphs(document).some((p) => p.text === long)).toBe(true);
  });

  it("writes a 100-page speech with all its paragraphs", async () => {
    const speech = longSpeech(100);
    const document = xmlPart(await partsOf(speech), "word/document.xml");
    const paragraphs = bodyParagraphs(document);
    expect(paragraphs.filter((p) => p.style === "PartHeading")).toHaveLength(speech.parts.length);
    expect(paragraphs.at(-1)?.text).toBe("同志们，让我们鼓足干劲，奋力完成全年目标任务！");
    expect(paragraphs.map((p) => p.text).join("").length).toBeGreaterThan(50_000);
  });
});
