// The speech as stretches of text with their source lines, for rules that read words.
import {
  inlineText,
  type Block,
  type Inline,
  type SourcePos,
  type Speech,
} from "../model/index.js";
import type { TextUnit } from "./finding.js";

function unitOf(runs: readonly Inline[], source: SourcePos | undefined): TextUnit {
  const text = inlineText(runs);
  return source === undefined ? { runs, text } : { runs, text, line: source.line };
}

function blockUnits(blocks: readonly Block[]): TextUnit[] {
  const out: TextUnit[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      out.push(unitOf(block.content, block.source));
      continue;
    }
    if (block.intro.length > 0) out.push(unitOf(block.intro, block.source));
    for (const item of block.items) {
      out.push(unitOf([...item.lead, ...item.body], item.source ?? block.source));
      out.push(...blockUnits(item.paragraphs));
    }
  }
  return out;
}

/** Title, opening, announce line, headings and blocks, closing: in reading order. */
export function textUnits(speech: Speech): TextUnit[] {
  const out: TextUnit[] = [unitOf(speech.title, undefined)];
  out.push(...blockUnits(speech.opening));
  if (speech.announceLine) out.push(...blockUnits([speech.announceLine]));
  for (const part of speech.parts) {
    if (part.heading.length > 0) out.push(unitOf(part.heading, part.source));
    out.push(...blockUnits(part.blocks));
    for (const sub of part.subParts) {
      out.push(unitOf(sub.heading, sub.source));
      out.push(...blockUnits(sub.blocks));
    }
  }
  out.push(...blockUnits(speech.closing));
  return out.filter((unit) => unit.text !== "");
}

const EXCERPT_CONTEXT = 10;

/** The matched words with a few characters either side, as a clerk would search for them. */
export function excerptAt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - EXCERPT_CONTEXT);
  const end = Math.min(text.length, index + length + EXCERPT_CONTEXT);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}

/** Where a finding points: its line, when the text has one. */
export function lineOf(unit: TextUnit): { line?: number } {
  return unit.line === undefined ? {} : { line: unit.line };
}
