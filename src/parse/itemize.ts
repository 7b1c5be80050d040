// Groups a container's paragraphs into plain paragraphs and item lists (level 3).
import type { Block, Item, ItemList, ItemStyle, Paragraph } from "../model/index.js";
import { paragraphOf, parseInlines } from "./inline.js";
import { chainFrom, itemMarkers, itemSegment, leadsFit, type ItemMarker } from "./items.js";
import type { SourceLine } from "./source.js";

interface ItemDraft {
  readonly lead: string;
  readonly body: string;
  readonly number: number;
  readonly line: number;
  /** Whether the item opens its paragraph: then the paragraphs after it belong to it. */
  readonly opensParagraph: boolean;
  readonly paragraphs: SourceLine[];
}

interface ListDraft {
  readonly style: ItemStyle;
  readonly runIn: boolean;
  readonly intro: string;
  readonly line: number;
  readonly items: ItemDraft[];
  /** The source paragraphs the list took, to give back if it turns out not to be a list. */
  readonly consumed: SourceLine[];
  /** A part whose start was cut off may begin inside a list (第五，…): one item is enough. */
  readonly midway: boolean;
}

function lastItem(list: ListDraft | undefined): ItemDraft | undefined {
  return list?.items[list.items.length - 1];
}

function continues(list: ListDraft | undefined, marker: ItemMarker | undefined): boolean {
  const last = lastItem(list);
  if (!list || !last || !marker || marker.index !== 0) return false;
  return marker.style === list.style && marker.number === last.number + 1;
}

/** Paragraph indexes (ascending) that open with each item marker, keyed by style and number. */
type OpeningIndex = ReadonlyMap<string, readonly number[]>;

const openingKey = (style: ItemStyle, number: number): string => `${style}${number}`;

function openingIndex(markersOf: readonly ItemMarker[][]): OpeningIndex {
  const index = new Map<string, number[]>();
  markersOf.forEach((markers, j) => {
    const first = markers[0];
    if (first?.index !== 0) return;
    const key = openingKey(first.style, first.number);
    const list = index.get(key) ?? [];
    list.push(j);
    index.set(key, list);
  });
  return index;
}

/** Whether a paragraph from `from` on opens with the next item of `list` (binary search). */
function resumesLater(list: ListDraft, openings: OpeningIndex, from: number): boolean {
  const last = lastItem(list);
  const at = last ? openings.get(openingKey(list.style, last.number + 1)) : undefined;
  return at !== undefined && (at[at.length - 1] ?? -1) >= from;
}

/** The chain of item markers a paragraph starts or continues, or none. */
function chainOf(
  text: string,
  markers: readonly ItemMarker[],
  open: ListDraft | undefined,
  midwayStart: boolean,
  nextParagraph: ItemMarker | undefined,
): { chain: ItemMarker[]; continued: boolean } {
  if (continues(open, markers[0])) return { chain: chainFrom(markers, 0), continued: true };
  for (let j = 0; j < markers.length; j++) {
    const marker = markers[j];
    if (!marker) continue;
    const startsList = marker.number === 1 || (midwayStart && marker.index === 0);
    if (!startsList) continue;
    const chain = chainFrom(markers, j);
    const last = chain[chain.length - 1];
    // One item inside a paragraph is a list only when the next paragraph goes on with it.
    const goesOn =
      last !== undefined &&
      nextParagraph?.index === 0 &&
      nextParagraph.style === last.style &&
      nextParagraph.number === last.number + 1;
    if ((chain.length >= 2 || marker.index === 0 || goesOn) && leadsFit(text, chain))
      return { chain, continued: false };
  }
  return { chain: [], continued: false };
}

function itemsOf(text: string, chain: readonly ItemMarker[], line: number): ItemDraft[] {
  return chain.map((marker, k) => {
    const { lead, body } = itemSegment(text, marker, chain[k + 1]?.index ?? text.length);
    return {
      lead,
      body,
      number: marker.number,
      line,
      opensParagraph: marker.index === 0,
      paragraphs: [],
    };
  });
}

function toItemList(list: ListDraft): ItemList {
  const items: Item[] = list.items.map((draft) => ({
    lead: parseInlines(draft.lead),
    body: parseInlines(draft.body),
    paragraphs: draft.paragraphs.map(paragraphOf),
    source: { line: draft.line },
  }));
  return {
    kind: "items",
    style: list.style,
    runIn: list.runIn,
    intro: parseInlines(list.intro),
    items,
    source: { line: list.line },
  };
}

/**
 * Turns a container's paragraphs into blocks. `midwayStart`: the text starts in the
 * middle of a speech, so its first paragraph may continue a list whose start was cut off.
 */
export function itemize(paragraphs: readonly SourceLine[], midwayStart = false): Block[] {
  const blocks: Block[] = [];
  let open: ListDraft | undefined;
  const close = (): void => {
    if (!open) return;
    if (open.items.length >= 2 || open.midway) blocks.push(toItemList(open));
    else blocks.push(...open.consumed.map(paragraphOf));
    open = undefined;
  };
  const markersOf = paragraphs.map((paragraph) => itemMarkers(paragraph.text));
  const openings = openingIndex(markersOf);
  paragraphs.forEach((paragraph, i) => {
    const markers = markersOf[i] ?? [];
    const next = markersOf[i + 1]?.[0];
    const { chain, continued } = chainOf(
      paragraph.text,
      markers,
      open,
      midwayStart && i === 0,
      next,
    );
    // A list inside an item (1. 2. under 一是) stays that item's text when the outer
    // list goes on later: the model has no nested lists, and the outer numbering must hold.
    const nested =
      open !== undefined && !continued && chain.length > 0 && resumesLater(open, openings, i + 1);
    const first = nested ? undefined : chain[0];
    if (open && continued) {
      open.consumed.push(paragraph);
      open.items.push(...itemsOf(paragraph.text, chain, paragraph.line));
      return;
    }
    if (first) {
      close();
      open = {
        style: first.style,
        runIn: first.index > 0,
        intro: paragraph.text.slice(0, first.index),
        line: paragraph.line,
        items: itemsOf(paragraph.text, chain, paragraph.line),
        consumed: [paragraph],
        midway: midwayStart && i === 0,
      };
      return;
    }
    const item = lastItem(open);
    // Paragraphs after an item that opened its own paragraph explain that item.
    if (open && item && (!open.runIn || item.opensParagraph || nested)) {
      item.paragraphs.push(paragraph);
      open.consumed.push(paragraph);
      return;
    }
    close();
    blocks.push(paragraphOf(paragraph) satisfies Paragraph);
  });
  close();
  return blocks;
}
