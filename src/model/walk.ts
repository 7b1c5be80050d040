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

/**
 * The speech's headings in document order (levels 1–3). A part read without a heading (a
 * fragment's cut-off start, points with no level-1 heading) has no entry; its items do.
 */
export function outlineOf(speech: Speech): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  for (const part of speech.parts) {
    const heading = inlineText(part.heading);
    if (heading !== "") out.push({ level: 1, text: heading });
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
  if (speech.announceLine) yield* blockInlines([speech.announceLine]);
  for (const part of speech.parts) yield* partInlines(part);
  yield* blockInlines(speech.closing);
}

/** The announce sentence (下面,我讲三点意见。), without a preview list after it. */
export function announceText(speech: Speech): string | undefined {
  const line = speech.announceLine;
  if (line === undefined) return undefined;
  return inlineText(line.kind === "paragraph" ? line.content : line.intro);
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
 * 字数 as Word and WPS count it (字数统计, "字数"): each Han character and each full-width
 * punctuation mark is one, each run of Latin letters or digits (6.5%, GDP) is one; the
 * title is left out, and a slot counts as nothing (it is not text yet).
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

/** Full-width punctuation Word counts as East Asian characters: CJK marks, full-width forms, curly quotes, — and …. */
function isWidePunctuation(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x00b7
  );
}

/** ASCII letters and digits, and what joins them inside one word (6.5%, 2026-02). */
function isAsciiWordChar(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
}

/**
 * 字数 of a text as Word counts it. Per UTF-16 unit with fast paths for CJK Unified
 * Ideographs and ASCII (nearly every character of a speech); only the rest goes through the
 * Unicode regex, which is five times slower and was the composer's hottest function.
 */
export function countWordChars(value: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      n++;
      inWord = false;
    } else if (code < 0x80) {
      if (isAsciiWordChar(code)) {
        if (!inWord) n++;
        inWord = true;
      } else {
        // 6.5% and 2,000 stay one word: a dot, comma or % between or after digits joins.
        const joins: boolean = inWord && (code === 0x2e || code === 0x2c || code === 0x25);
        inWord = joins && (code === 0x25 || isAsciiWordChar(value.charCodeAt(i + 1)));
      }
    } else if (isWidePunctuation(code)) {
      n++;
      inWord = false;
    } else {
      // A whole code point (an astral one spans two units; a lone surrogate counts as nothing).
      const point = value.codePointAt(i)!;
      if (WORD_CHAR.test(String.fromCodePoint(point))) n++;
      if (point > 0xffff) i++;
      inWord = false;
    }
  }
  return n;
}
