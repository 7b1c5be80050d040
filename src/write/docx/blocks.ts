// Speech blocks → Word paragraphs, one function per node kind. Numbering markers are computed
// here from each node's position (write/numbering.ts), never read from the text.
import { Paragraph, type ParagraphChild } from "docx";
import type {
  Block,
  Inline,
  Item,
  ItemList,
  Part,
  PartNumbering,
  Speech,
  Paragraph as SpeechParagraph,
  SubPart,
} from "../../model/index.js";
import {
  inlineText,
  itemMarker,
  partMarker,
  subPartMarker,
  textWithSlots,
} from "../../model/index.js";
import { inlineRuns, markerRun } from "./inline.js";
import { STYLE } from "./styles.js";

/** The whole speech in reading order: title block, opening, parts, closing. */
export function speechParagraphs(speech: Speech, blankLineTwips: number): Paragraph[] {
  return [
    ...titleBlock(speech, blankLineTwips),
    ...(speech.salutation === undefined ? [] : [salutation(speech.salutation)]),
    ...blockParagraphs(speech.opening),
    ...(speech.announceLine === undefined ? [] : blockParagraphs([speech.announceLine])),
    ...speech.parts.flatMap((part, index) => partParagraphs(part, index, speech.partNumbering)),
    ...blockParagraphs(speech.closing),
  ];
}

/**
 * Title, then speaker and date centred under it; one blank line (space after the last of
 * them, so the page's line grid holds) separates the block from 同志们.
 */
function titleBlock(speech: Speech, blankLineTwips: number): Paragraph[] {
  const lines: { style: string; children: ParagraphChild[] }[] = [
    { style: STYLE.title, children: inlineRuns(speech.title) },
  ];
  if (speech.speaker !== undefined) {
    lines.push({ style: STYLE.byline, children: inlineRuns(textWithSlots(speech.speaker, "own")) });
  }
  if (speech.date !== undefined) {
    lines.push({
      style: STYLE.byline,
      children: inlineRuns(textWithSlots(dateLine(speech.date), "own")),
    });
  }
  return lines.map(
    (line, index) =>
      new Paragraph({
        style: line.style,
        children: line.children,
        ...(index === lines.length - 1 ? { spacing: { after: blankLineTwips } } : {}),
      }),
  );
}

/** The date as printed under the speaker: in full-width parentheses, （2026年2月23日）. */
export function dateLine(date: string): string {
  const bare = date
    .trim()
    .replace(/^[（(]\s*/, "")
    .replace(/\s*[）)]$/, "");
  return `（${bare}）`;
}

/** 同志们: flush left. */
function salutation(value: string): Paragraph {
  return new Paragraph({ style: STYLE.salutation, children: inlineRuns([plain(value)]) });
}

function partParagraphs(part: Part, index: number, numbering: PartNumbering): Paragraph[] {
  // A part read without a heading prints no empty 一、 line (see printedBlocks).
  return [
    ...(inlineText(part.heading) === ""
      ? []
      : [headingParagraph(STYLE.partHeading, partMarker(index, numbering), part.heading)]),
    ...blockParagraphs(part.blocks),
    ...part.subParts.flatMap((sub, subIndex) => subPartParagraphs(sub, subIndex)),
  ];
}

function subPartParagraphs(sub: SubPart, index: number): Paragraph[] {
  return [
    headingParagraph(STYLE.subPartHeading, subPartMarker(index), sub.heading),
    ...blockParagraphs(sub.blocks),
  ];
}

function headingParagraph(style: string, marker: string, heading: readonly Inline[]): Paragraph {
  return new Paragraph({ style, children: [markerRun(marker, "regular"), ...inlineRuns(heading)] });
}

function blockParagraphs(blocks: readonly Block[]): Paragraph[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case "paragraph":
        return [bodyParagraph(block)];
      case "items":
        return itemListParagraphs(block);
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  });
}

function bodyParagraph(paragraph: SpeechParagraph): Paragraph {
  return new Paragraph({ style: STYLE.body, children: inlineRuns(paragraph.content) });
}

/**
 * Level-3 items. A run-in list is one body paragraph (主要表现在:一是…;二是…); otherwise each
 * item opens its own paragraph, followed by the paragraphs that belong to it.
 */
function itemListParagraphs(list: ItemList): Paragraph[] {
  if (list.runIn) {
    return [
      new Paragraph({
        style: STYLE.body,
        children: [
          ...inlineRuns(list.intro),
          ...list.items.flatMap((item, index) => itemRuns(item, itemMarker(index, list.style))),
        ],
      }),
      // A run-in item has no paragraphs of its own in practice; keep any rather than lose text.
      ...list.items.flatMap((item) => item.paragraphs.map(bodyParagraph)),
    ];
  }
  return list.items.flatMap((item, index) => [
    new Paragraph({ style: STYLE.item, children: itemRuns(item, itemMarker(index, list.style)) }),
    ...item.paragraphs.map(bodyParagraph),
  ]);
}

/** Marker and lead sentence in bold, then the item's explanation in regular weight. */
function itemRuns(item: Item, marker: string): ParagraphChild[] {
  return [markerRun(marker, "lead"), ...inlineRuns(item.lead, "lead"), ...inlineRuns(item.body)];
}

function plain(text: string): Inline {
  return { kind: "text", text };
}
