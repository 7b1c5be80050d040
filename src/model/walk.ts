import { inlineText } from "./inline.js";
import type { Block, Inline, Item, Part, Speech } from "./speech.js";

/** One heading of the outline, without its numbering marker. */
export interface OutlineEntry {
  readonly level: 1 | 2 | 3;
  readonly text: string;
}

function itemOutline(blocks: readonly Block[]): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  for (const block of blocks) {
    if (block.kind !== "items") continue;
    for (const item of block.items) out.push({ level: 3, text: inlineText(item.lead) });
  }
  return out;
}

/** The speech's headings in document order (levels 1–3). */
export function outlineOf(speech: Speech): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  for (const part of speech.parts) {
    out.push({ level: 1, text: inlineText(part.heading) });
    out.push(...itemOutline(part.blocks));
    for (const sub of part.subParts) {
      out.push({ level: 2, text: inlineText(sub.heading) });
      out.push(...itemOutline(sub.blocks));
    }
  }
  return out;
}

/** Every inline run sequence of some blocks, in reading order. */
export function* blockInlines(blocks: readonly Block[]): Generator<readonly Inline[]> {
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      yield block.content;
      continue;
    }
    yield block.intro;
    for (const item of block.items) yield* itemInlines(item);
  }
}

function* itemInlines(item: Item): Generator<readonly Inline[]> {
  yield item.lead;
  yield item.body;
  for (const p of item.paragraphs) yield p.content;
}

/** A part's heading, then its blocks, then each sub-part's heading and blocks. */
export function* partInlines(part: Part): Generator<readonly Inline[]> {
  yield part.heading;
  yield* blockInlines(part.blocks);
  for (const sub of part.subParts) {
    yield sub.heading;
    yield* blockInlines(sub.blocks);
  }
}

/** Every inline run sequence of the speech, in reading order (title first). */
export function* inlineSequences(speech: Speech): Generator<readonly Inline[]> {
  yield speech.title;
  yield* blockInlines(speech.opening);
  if (speech.announceLine) yield speech.announceLine.content;
  for (const part of speech.parts) yield* partInlines(part);
  yield* blockInlines(speech.closing);
}

/** Slot labels in reading order. */
export function slotsOf(speech: Speech): string[] {
  const out: string[] = [];
  for (const runs of inlineSequences(speech)) {
    for (const run of runs) if (run.kind === "slot") out.push(run.label);
  }
  return out;
}

/**
 * 字数 as clerks count it: Han characters, letters and digits of the body text
 * (title, speaker and date lines excluded; punctuation excluded; a slot counts as nothing).
 */
export function countChars(speech: Speech): number {
  let n = 0;
  let first = true;
  for (const runs of inlineSequences(speech)) {
    if (first) {
      first = false; // the title
      continue;
    }
    for (const run of runs) if (run.kind !== "slot") n += countWordChars(run.text);
  }
  return n;
}

const WORD_CHAR = /^[\p{Script=Han}\p{L}\p{N}]$/u;

/**
 * Counted per UTF-16 unit with fast paths for CJK Unified Ideographs and ASCII (nearly
 * every character of a speech); only the rest goes through the Unicode regex, which is
 * five times slower and was the composer's hottest function.
 */
export function countWordChars(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) n++;
    else if (code < 0x80) {
      const lower = code | 0x20;
      if ((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) n++;
    } else {
      // A whole code point (an astral one spans two units; a lone surrogate counts as nothing).
      const point = value.codePointAt(i)!;
      if (WORD_CHAR.test(String.fromCodePoint(point))) n++;
      if (point > 0xffff) i++;
    }
  }
  return n;
}
