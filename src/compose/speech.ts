// Composing a speech: answers + meeting type + phrase bank → outline → full text → Speech,
// built directly with the model's builders. Clerk text is placed as text runs; the bank's
// 〔待补：…〕 markers become slot runs; every block keeps where its words came from.
import type { Block, Inline, Item, Origin, Paragraph, Speech } from "../model/index.js";
import {
  emphasis,
  inlineText,
  text,
  itemListOf,
  itemOf,
  paragraphOf,
  partOf,
  subPartOf,
} from "../model/index.js";
import type { Answers } from "../questions/index.js";
import type { Catalog } from "./catalog.js";
import { draftContext } from "./context.js";
import { writeDraft, type DraftPart } from "./draft.js";
import { createFrameDrawer } from "./frame.js";
import type { FrameParagraph } from "./frame-text.js";
import { bodyOf, movesOf, type ItemText } from "./item.js";
import { composeOutline, itemStyleOf, type Outline } from "./outline.js";
import { seededRandom } from "./random.js";

export interface ComposeOptions {
  /** The outline the clerk approved (maybe reordered or edited); composed afresh when absent. */
  readonly outline?: Outline;
}

/** The speaker line as printed: 区委书记 张三, with a slot where the name is missing. */
export function speakerLineOf(answers: Answers): string {
  return `${answers.speakerTitle} ${answers.speakerName || "〔待补：姓名〕"}`;
}

function paragraphs(list: readonly FrameParagraph[]): Paragraph[] {
  return list
    .filter((p) => p.on)
    .map((p) => paragraphOf(p.runs, { kind: "frame", categories: p.categories }));
}

const originOf = (item: ItemText): Origin => ({
  kind: "point",
  point: item.point.id,
  lead: item.lead,
  moves: movesOf(item),
});

function itemNode(item: ItemText): Item {
  return itemOf(item.leadRuns, bodyOf(item), originOf(item));
}

/**
 * Items as a list; a single item as a paragraph with its lead in bold, since a lone 一是
 * with no 二是 is not an enumeration.
 */
function itemBlocks(items: readonly ItemText[], style: "一是" | "一要"): Block[] {
  if (items.length === 0) return [];
  if (items.length === 1) {
    const item = items[0]!;
    // Bold as the writers set a list's lead: the sentence, its closing 。 after it.
    const lead: Inline[] = item.leadRuns.map((r, i, all) => {
      if (r.kind !== "text") return r;
      const last = i === all.length - 1;
      return emphasis(last ? r.text.replace(/[。！]$/, "") : r.text);
    });
    const close = /([。！])$/.exec(inlineText(item.leadRuns))?.[1] ?? "";
    return [paragraphOf([...lead, text(close), ...bodyOf(item)], originOf(item))];
  }
  return [itemListOf(style, items.map(itemNode))];
}

function partNode(part: DraftPart) {
  const style = itemStyleOf(part.outline);
  const blocks: Block[] = [
    ...paragraphs(part.paragraphs),
    ...(part.unknown ? paragraphs([part.unknown]) : []),
    ...itemBlocks(part.items, style),
  ];
  const subParts = part.subParts.map((sub) =>
    subPartOf(sub.heading, [
      ...(sub.unknown ? paragraphs([sub.unknown]) : []),
      ...itemBlocks(sub.items, "一是"),
    ]),
  );
  return partOf(part.outline.heading, part.outline.role, blocks, subParts);
}

/**
 * The full draft as a Speech. Same answers, seed and outline → the same Speech; the seed
 * changes the words (换一稿). Pure: no clock, no files beyond the loaded catalog.
 */
export function composeSpeech(
  answers: Answers,
  catalog: Catalog,
  options: ComposeOptions = {},
): Speech {
  const ctx = draftContext(answers, catalog);
  const outline = options.outline ?? composeOutline(answers, catalog);
  const random = seededRandom(answers.seed, `${ctx.type}/text`);
  const drawer = createFrameDrawer(catalog.bank.frame, ctx, random);
  const draft = writeDraft(ctx, outline, drawer, random);
  const announce = paragraphs([draft.announce])[0];
  return {
    title: [text("在"), ...ctx.values["meetingName"]!, text("上的讲话")],
    speaker: speakerLineOf(answers),
    date: answers.dateMissing ? "〔待补：会议日期〕" : ctx.calendar.dateText,
    salutation: "同志们：",
    opening: paragraphs(draft.opening),
    ...(announce ? { announceLine: announce } : {}),
    partNumbering: outline.partNumbering,
    parts: draft.parts.map(partNode),
    closing: paragraphs(draft.closing),
    meta: {
      ...(answers.unit ? { unit: answers.unit } : {}),
      meetingType: ctx.meetingType.id,
      description: `${answers.meetingName}讲话稿(初稿,由 jianggao 起草)`,
    },
  };
}
