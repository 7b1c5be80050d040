// Hand-built speeches (our own words) covering every structure the writers print: used by
// the writers' unit tests and by the txt round-trip test.
import {
  slot,
  text,
  type Block,
  type Inline,
  type Item,
  type ItemList,
  type ItemStyle,
  type Paragraph,
  type Part,
  type Speech,
} from "../src/index.js";

/** A speech with a title and nothing else, to build small cases on. */
export const bare: Speech = {
  title: [text("在座谈会上的讲话")],
  opening: [],
  partNumbering: "一、",
  parts: [],
  closing: [],
  meta: {},
};

export function para(...content: (string | Inline)[]): Paragraph {
  return {
    kind: "paragraph",
    content: content.map((run) => (typeof run === "string" ? text(run) : run)),
  };
}

export function item(lead: string, body: string, ...paragraphs: Paragraph[]): Item {
  return { lead: [text(lead)], body: body === "" ? [] : [text(body)], paragraphs };
}

export function items(style: ItemStyle, ...list: Item[]): ItemList {
  return { kind: "items", style, runIn: false, intro: [], items: list };
}

export function runInItems(style: ItemStyle, intro: string, ...list: Item[]): ItemList {
  return { kind: "items", style, runIn: true, intro: [text(intro)], items: list };
}

export function part(heading: string, blocks: Block[], subParts: Part["subParts"] = []): Part {
  return { heading: [text(heading)], blocks, subParts };
}

/** Title, speaker, date, 同志们, opening, announce line, three parts, closing. */
export const fullSpeech: Speech = {
  title: [text("在全市春季重点项目调度会上的讲话")],
  speaker: "市长 李明远",
  date: "2026年3月9日",
  salutation: "同志们：",
  opening: [
    para("今天召开这次调度会，主要是把一季度项目推进情况摸清楚，把下一步的任务排定。"),
    para("刚才，几个单位作了发言，讲得都很实在，我都同意。"),
  ],
  announceLine: para("下面，我讲三点意见。"),
  partNumbering: "一、",
  parts: [
    part("看清形势，增强抓项目的紧迫感", [
      para("从前两个月的数据看，全市投资开局平稳，但新开工项目偏少，后劲不足的问题仍然存在。"),
      para("越是困难的时候，越要把项目这件事抓在手上。"),
    ]),
    part(
      "盯住重点，推动项目建设提速",
      [para("今年的项目任务已经分解到各个部门，关键是抓落实。")],
      [
        {
          heading: [text("抓好项目储备")],
          blocks: [
            items(
              "一是",
              item("储备要再厚一层。", "各部门要围绕产业方向多谋划一批能落地的项目。"),
              item("前期要再快一步。", "用地、环评这些手续要提前介入，并联办理。"),
              item("质量要再高一点。", "不能为了凑数报一些条件不成熟的项目。"),
            ),
          ],
        },
        {
          heading: [text("抓好开工建设")],
          blocks: [
            para("已经具备条件的项目，要倒排工期，能早开工的绝不拖后。"),
            runInItems(
              "一要",
              "具体来说：",
              item("盯紧节点。", "每月一调度，每季一通报；"),
              item("压实责任。", "一个项目一名牵头领导。"),
            ),
          ],
        },
      ],
    ),
    part("改进作风，确保各项任务落地", [
      items(
        "一是",
        item(
          "带头干。",
          "领导干部要沉到一线去，现场解决问题。",
          para("有的问题一次解决不了，就多跑几次，直到解决为止。"),
        ),
        item("合力干。", "部门之间要多补台、少拆台。"),
      ),
    ]),
  ],
  closing: [para("同志们，春天是干事的好时候。让我们鼓足干劲，把每一个项目都抓出成效！")],
  meta: { unit: "某市人民政府", meetingType: "项目推进会" },
};

/** 第一个问题，… parts with 第一，/第二， items. */
export const questionSpeech: Speech = {
  title: [text("在全县作风建设动员大会上的讲话")],
  speaker: "县委书记 赵文华",
  date: "2026年4月2日",
  salutation: "同志们：",
  opening: [para("这次大会的主要任务，是动员全县上下把作风建设抓紧抓实。")],
  announceLine: para("下面，我讲两个问题。"),
  partNumbering: "第一个问题",
  parts: [
    part("为什么要抓作风", [
      items(
        "第一",
        item("这是推动发展的需要。", "作风不实，再好的规划也落不了地。"),
        item("这是群众的期盼。", "群众最看不惯的就是办事拖拉。"),
      ),
    ]),
    part("怎样抓好作风", [para("关键是从具体的事情改起，从每个人自己改起。")]),
  ],
  closing: [para("同志们，作风建设永远在路上，让我们说了就干、干就干好！")],
  meta: {},
};

/** Items numbered 1./2. and （1）（2）. */
export const digitItemsSpeech: Speech = {
  title: [text("在季度经济运行分析会上的讲话")],
  opening: [para("今天主要分析一季度的经济运行情况。")],
  partNumbering: "一、",
  parts: [
    part("几项具体工作", [
      items("1.", item("稳住工业。", "重点企业要一户一策。"), item("扩大消费。", "")),
      items("(1)", item("抓好统计。", "数据要真实。"), item("抓好调度。", "")),
    ]),
  ],
  closing: [],
  meta: {},
};

/** Facts still to fill in, in the title, a lead, an item body and paragraphs. */
export const slotSpeech: Speech = {
  title: [text("在"), slot("会议名称"), text("上的讲话")],
  speaker: "区长 周立新",
  date: "2026年7月15日",
  salutation: "同志们：",
  opening: [para("上半年全区生产总值增长", slot("上半年GDP增速"), "，好于预期。")],
  partNumbering: "一、",
  parts: [
    part("全力推进重点项目", [para("这个项目已完成投资", slot("完成投资额"), "。")]),
    part("下半年的主要任务", [
      items(
        "一是",
        {
          lead: [text("完成"), slot("年度投资目标"), text("的任务。")],
          body: [text("各部门要按月分解。")],
          paragraphs: [],
        },
        item("抓好民生实事。", ""),
      ),
    ]),
  ],
  closing: [],
  meta: {},
};

/** Facts still to fill in inside part and sub-part headings. */
export const headingSlotSpeech: Speech = {
  title: [text("在全区重点项目观摩会上的讲话")],
  salutation: "同志们：",
  opening: [para("今天我们一起看了几个项目。")],
  partNumbering: "一、",
  parts: [
    {
      heading: [text("全力推进"), slot("重点项目名称")],
      blocks: [para("这个项目要在年底前建成。")],
      subParts: [
        {
          heading: [text("抓好"), slot("配套工程名称"), text("建设")],
          blocks: [para("配套工程要与主体同步。")],
        },
      ],
    },
  ],
  closing: [],
  meta: {},
};

/** The speeches the round-trip test reads back, named for its test titles. */
export const ROUNDTRIP_SPEECHES: readonly (readonly [string, Speech])[] = [
  ["a speech with every structure", fullSpeech],
  ["a speech numbered 第一个问题 with 第一，items", questionSpeech],
  ["a speech with 1. and （1） items", digitItemsSpeech],
  ["a speech with slots", slotSpeech],
  ["a speech with slots in its headings", headingSlotSpeech],
];

const FILLER = [
  "这项工作牵涉面广，需要各部门拿出实打实的举措，一项一项往前推。",
  "对已经定下来的事情，要明确时间表和责任人，按月盘点，按季通报。",
  "遇到难题不能绕着走，要主动上门对接，把问题解决在萌芽状态。",
  "群众满意不满意，是检验这项工作成效的根本标准。",
];

/** A paragraph of about `chars` characters of our own filler sentences. */
export function longParagraphText(chars: number): string {
  let out = "";
  for (let i = 0; out.length < chars; i++) out += FILLER[i % FILLER.length]!;
  return out;
}

/**
 * A speech of at least `pages` printed pages (22 lines of 28 characters hold about 600
 * 字 a page; 100 pages ≈ 60,000 字): ten parts of five sub-parts, each holding items and
 * paragraphs.
 */
export function longSpeech(pages: number): Speech {
  const perSubPart = Math.ceil((pages * 680) / 50);
  const subPart = (n: number): Part["subParts"][number] => ({
    heading: [text(`第${n + 1}项重点任务`)],
    blocks: [
      para(longParagraphText(perSubPart / 2)),
      items(
        "一是",
        item("思想上要再重视。", longParagraphText(perSubPart / 4)),
        item("措施上要再具体。", longParagraphText(perSubPart / 4)),
      ),
    ],
  });
  const parts = Array.from({ length: 10 }, (_, i) =>
    part(
      `第${i + 1}方面的工作`,
      [para(longParagraphText(60))],
      Array.from({ length: 5 }, (_, j) => subPart(j)),
    ),
  );
  return { ...fullSpeech, parts };
}
