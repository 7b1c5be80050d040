// Inline runs of parsed text: slot markers 〔待补:…〕 (and 【待填:…】 of older drafts)
// become slot runs, everything else plain text.
import {
  text as textRun,
  slot,
  normalizeInlines,
  type Inline,
  type Paragraph,
} from "../model/index.js";
import type { SourceLine } from "./source.js";

const SLOT_MARK = /〔待补[:：]([^〕\n]{0,200})〕|【待填[:：]([^】\n]{0,200})】/g;

/** Plain text with its slot markers turned into slot runs. */
export function parseInlines(value: string): Inline[] {
  const runs: Inline[] = [];
  let last = 0;
  SLOT_MARK.lastIndex = 0;
  for (let match = SLOT_MARK.exec(value); match; match = SLOT_MARK.exec(value)) {
    runs.push(textRun(value.slice(last, match.index)));
    runs.push(slot((match[1] ?? match[2] ?? "").trim()));
    last = match.index + match[0].length;
  }
  runs.push(textRun(value.slice(last)));
  return normalizeInlines(runs);
}

export function paragraphOf(line: SourceLine): Paragraph {
  return { kind: "paragraph", content: parseInlines(line.text), source: { line: line.line } };
}
