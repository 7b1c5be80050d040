// The speech as it is printed, in reading order: header lines, numbered headings, body
// paragraphs with their item leads. The text writers (txt, markdown, html) differ only in
// how they spell each printed block, so the walk over the tree and the numbering live here
// once.
import type { Block, Inline, Item, ItemList, Part, Speech } from "../model/index.js";
import { inlineText, itemMarker, partMarker, subPartMarker } from "../model/index.js";

/** An item's lead sentence with its computed marker (一是…。), printed bold. */
export interface PrintedLead {
  readonly kind: "lead";
  readonly marker: string;
  readonly content: readonly Inline[];
  /** Set when the lead is an outline entry (items inside parts), see `outlineAnchor`. */
  readonly anchor?: string;
}

export type PrintedRun = Inline | PrintedLead;

export type PrintedBlock =
  | { readonly kind: "title"; readonly content: readonly Inline[] }
  /** The speaker line under the title (区委书记 张三). */
  | { readonly kind: "speaker"; readonly text: string }
  /** The date line, already in its parentheses: （2026年2月23日） */
  | { readonly kind: "date"; readonly text: string }
  /** 同志们: — printed flush left. */
  | { readonly kind: "salutation"; readonly text: string }
  | {
      readonly kind: "heading";
      readonly level: 1 | 2;
      readonly marker: string;
      readonly content: readonly Inline[];
      readonly anchor: string;
    }
  | { readonly kind: "paragraph"; readonly content: readonly PrintedRun[] };

/**
 * The id of the i-th (0-based) entry of `outlineOf(speech)`: headings and the item leads
 * inside parts carry it, so a page can link its outline to the preview.
 */
export function outlineAnchor(index: number): string {
  return `outline-${index + 1}`;
}

/** Hands out outline anchors in the order `outlineOf` lists the entries. */
class AnchorCounter {
  private next = 0;
  take(): string {
    return outlineAnchor(this.next++);
  }
}

/** A body paragraph; an empty one prints nothing (it would only show as a blank line). */
function paragraph(content: readonly PrintedRun[]): PrintedBlock[] {
  return content.length === 0 ? [] : [{ kind: "paragraph", content }];
}

function itemParagraphs(list: ItemList, anchors: AnchorCounter | undefined): PrintedBlock[] {
  const lead = (item: Item, index: number): PrintedLead => {
    const marker = itemMarker(index, list.style);
    const base = { kind: "lead", marker, content: item.lead } as const;
    return anchors ? { ...base, anchor: anchors.take() } : base;
  };
  const tail = (item: Item): PrintedBlock[] => item.paragraphs.flatMap((p) => paragraph(p.content));

  if (list.runIn) {
    // 主要表现在:一是…;二是…: one paragraph; an item's own further paragraphs, which a
    // run-in list cannot hold, follow it so no text is lost.
    const content: PrintedRun[] = [...list.intro];
    list.items.forEach((item, i) => content.push(lead(item, i), ...item.body));
    return [...paragraph(content), ...list.items.flatMap(tail)];
  }
  return list.items.flatMap((item, i) => [
    { kind: "paragraph", content: [lead(item, i), ...item.body] } as const,
    ...tail(item),
  ]);
}

function blocks(list: readonly Block[], anchors?: AnchorCounter): PrintedBlock[] {
  return list.flatMap((block): PrintedBlock[] => {
    switch (block.kind) {
      case "paragraph":
        return paragraph(block.content);
      case "items":
        return itemParagraphs(block, anchors);
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  });
}

function partBlocks(
  part: Part,
  index: number,
  speech: Speech,
  anchors: AnchorCounter,
): PrintedBlock[] {
  // A part read without a heading (a fragment's cut-off start, or a speech whose points
  // have no level-1 heading) prints no empty 一、 line and has no outline entry.
  const out: PrintedBlock[] = [
    ...(inlineText(part.heading) === ""
      ? []
      : [
          {
            kind: "heading" as const,
            level: 1 as const,
            marker: partMarker(index, speech.partNumbering),
            content: part.heading,
            anchor: anchors.take(),
          },
        ]),
    ...blocks(part.blocks, anchors),
  ];
  part.subParts.forEach((sub, i) => {
    out.push(
      {
        kind: "heading",
        level: 2,
        marker: subPartMarker(i),
        content: sub.heading,
        anchor: anchors.take(),
      },
      ...blocks(sub.blocks, anchors),
    );
  });
  return out;
}

/** The printed blocks of a speech, numbering computed from the tree. */
export function printedBlocks(speech: Speech): PrintedBlock[] {
  const anchors = new AnchorCounter();
  const out: PrintedBlock[] = [{ kind: "title", content: speech.title }];
  // An empty header field prints no line at all rather than a blank one.
  if (speech.speaker) out.push({ kind: "speaker", text: speech.speaker });
  if (speech.date) out.push({ kind: "date", text: `（${speech.date}）` });
  if (speech.salutation) out.push({ kind: "salutation", text: speech.salutation });
  out.push(...blocks(speech.opening));
  if (speech.announceLine) out.push(...blocks([speech.announceLine]));
  speech.parts.forEach((part, i) => out.push(...partBlocks(part, i, speech, anchors)));
  out.push(...blocks(speech.closing));
  return out;
}
