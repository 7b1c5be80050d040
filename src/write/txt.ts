// Plain text in the parser's grammar (see src/parse/), so parsing what this writes gives
// back the same Speech: one block per line, a blank line between blocks, no indentation,
// headings on their own line, item markers at the start of their paragraph.
// Plain text cannot tell two things apart, so the parser decides them: a paragraph after
// an item prints like the item's own further paragraph, and a lead prints like any
// sentence (the parser ends it at the first 。).
import { inlineText, type Speech } from "../model/index.js";
import { printedBlocks, type PrintedBlock, type PrintedRun } from "./printed.js";
import { oneLine } from "./sanitize.js";

function runsText(runs: readonly PrintedRun[]): string {
  let out = "";
  for (const run of runs)
    out += run.kind === "lead" ? run.marker + inlineText(run.content) : inlineText([run]);
  return out;
}

function blockText(block: PrintedBlock): string {
  switch (block.kind) {
    case "title":
      return inlineText(block.content);
    case "speaker":
    case "date":
    case "salutation":
      return block.text;
    case "heading":
      return block.marker + inlineText(block.content);
    case "paragraph":
      return runsText(block.content);
    default: {
      const never: never = block;
      throw new Error(`unknown printed block ${JSON.stringify(never)}`);
    }
  }
}

/** The speech as UTF-8 plain text, ending in a newline. */
export function writeTxt(speech: Speech): string {
  return `${printedBlocks(speech)
    .map((block) => oneLine(blockText(block)))
    .join("\n\n")}\n`;
}
