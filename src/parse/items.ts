// Level-3 items: enumerated lead sentences (一是… / 一要… / 第一，… / 1. / （1）), either
// starting paragraphs or following a colon or a full stop inside one ("主要表现在：一是…。
// 二是…"). An enumeration counts only when its numbers run in sequence, which keeps
// words such as 统一是 or 唯一要 and prose such as 位列全市第一，… out.
import type { ItemStyle } from "../model/index.js";
import { NUMERAL, numeralValue } from "./numerals.js";

export interface ItemMarker {
  /** Offset of the marker in its paragraph. */
  readonly index: number;
  readonly length: number;
  readonly style: ItemStyle;
  readonly number: number;
  /** The mark right before the marker ("" at the start of the paragraph). */
  readonly after: string;
}

/** Marks after which an item can start inside a paragraph. */
const ITEM_BOUNDARY = "。；！？：";

const CHINESE_ITEM = new RegExp(`(?:(${NUMERAL}{1,2})(是|要)|第(${NUMERAL}{1,2})[，、])`, "g");
/** Arabic markers only open a paragraph: "1." or "（1）"; decimals such as 98.99 never match. */
const ARABIC_ITEM = /^(?:(\d{1,2})[.．、](?!\d)|（(\d{1,2})）)/;

function chineseMarker(match: RegExpExecArray, after: string): ItemMarker | undefined {
  const numeral = match[1] ?? match[3] ?? "";
  const number = numeralValue(numeral);
  if (number === undefined) return undefined;
  const style: ItemStyle = match[2] === "是" ? "一是" : match[2] === "要" ? "一要" : "第一";
  return { index: match.index, length: match[0].length, style, number, after };
}

/** Every place in a paragraph where an item could start, in order. */
export function itemMarkers(text: string): ItemMarker[] {
  const out: ItemMarker[] = [];
  const arabic = ARABIC_ITEM.exec(text);
  if (arabic) {
    const number = Number(arabic[1] ?? arabic[2]);
    out.push({
      index: 0,
      length: arabic[0].length,
      style: arabic[1] ? "1." : "(1)",
      number,
      after: "",
    });
    return out;
  }
  CHINESE_ITEM.lastIndex = 0;
  for (let match = CHINESE_ITEM.exec(text); match; match = CHINESE_ITEM.exec(text)) {
    const before = match.index === 0 ? "" : (text[match.index - 1] ?? "");
    if (match.index > 0 && !ITEM_BOUNDARY.includes(before)) continue;
    const marker = chineseMarker(match, before);
    if (marker) out.push(marker);
  }
  return out;
}

/** A lead sentence ends at the first sentence mark. */
const LEAD_END = /[。；！？]/;
/**
 * A lead sentence is short and bold-style (一是高质量打赢…。); a long first sentence is a
 * narrative that happens to start with 一是 (一是在…上，开展…，…。) — unless a colon
 * announced the enumeration or the items are clauses closed by ； (一要强化…，…；).
 */
const LEAD_MAX = 50;
/** The most an announced or ；-closed item runs to before it is prose. */
const LEAD_MAX_ANNOUNCED = 90;

export interface ItemSegment {
  readonly marker: ItemMarker;
  readonly lead: string;
  readonly body: string;
}

/** The lead (marker removed, sentence mark kept) and body of an item running from `start` to `end`. */
export function itemSegment(text: string, marker: ItemMarker, end: number): ItemSegment {
  const content = text.slice(marker.index + marker.length, end);
  const stop = content.search(LEAD_END);
  const leadEnd = stop === -1 ? content.length : stop + 1;
  return { marker, lead: content.slice(0, leadEnd), body: content.slice(leadEnd).trim() };
}

/**
 * The longest run of markers from `first` on whose numbers follow each other in one style.
 * Later markers that break the sequence stay part of the text.
 */
export function chainFrom(markers: readonly ItemMarker[], first: number): ItemMarker[] {
  const start = markers[first];
  if (!start) return [];
  const chain = [start];
  for (let i = first + 1; i < markers.length; i++) {
    const marker = markers[i];
    const last = chain[chain.length - 1];
    if (!marker || !last) break;
    if (marker.style === last.style && marker.number === last.number + 1 && marker.after !== "：")
      chain.push(marker);
  }
  return chain;
}

/** Whether the leads of a chain read as lead sentences. */
export function leadsFit(text: string, chain: readonly ItemMarker[]): boolean {
  const first = chain[0];
  if (!first) return false;
  const announced = first.after === "：";
  return chain.every((marker, k) => {
    const end = chain[k + 1]?.index ?? text.length;
    const { lead } = itemSegment(text, marker, end);
    const max = announced || lead.endsWith("；") ? LEAD_MAX_ANNOUNCED : LEAD_MAX;
    return lead.length > 0 && lead.length <= max;
  });
}
