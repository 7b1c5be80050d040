// Inline runs of parsed text: slot markers 〔待补:…〕 (and 【待填:…】 of older drafts)
// become slot runs, everything else plain text.
import { textWithSlots, type Inline, type Paragraph } from "../model/index.js";
import type { SourceLine } from "./source.js";

/** Plain text with its slot markers turned into slot runs. */
export function parseInlines(value: string): Inline[] {
  return textWithSlots(value);
}

export function paragraphOf(line: SourceLine): Paragraph {
  return { kind: "paragraph", content: parseInlines(line.text), source: { line: line.line } };
}
