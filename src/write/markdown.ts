// Markdown (CommonMark): # title, ## 一、…, ### （一）…, item leads bold.
//
// Slots print as plain 〔待补:…〕: the brackets already mark them, and CommonMark's
// flanking rules do not let ** open before a bracket that follows a Chinese character
// (增长**〔待补:x〕** stays literal), so any markup around them would show in some places
// and not in others. ==…== highlight is not portable.
import { slotText, type Speech } from "../model/index.js";
import { printedBlocks, type PrintedBlock, type PrintedRun } from "./printed.js";
import { oneLine } from "./sanitize.js";

/** A piece of one-line text printed bold or not; touching pieces of one weight are merged. */
interface Span {
  readonly text: string;
  readonly bold: boolean;
}

function spansOf(runs: readonly PrintedRun[]): Span[] {
  const out: Span[] = [];
  const add = (raw: string, bold: boolean): void => {
    const text = oneLine(raw);
    if (text === "") return;
    const last = out[out.length - 1];
    if (last && last.bold === bold) out[out.length - 1] = { text: last.text + text, bold };
    else out.push({ text, bold });
  };
  for (const run of runs) {
    switch (run.kind) {
      case "text":
        add(run.text, false);
        break;
      case "emphasis":
        add(run.text, true);
        break;
      case "slot":
        add(slotText(run.label), false);
        break;
      case "lead":
        // The whole lead is bold; emphasis inside it is bold already.
        add(run.marker, true);
        for (const span of spansOf(run.content)) add(span.text, true);
        break;
      default: {
        const never: never = run;
        throw new Error(`unknown run ${JSON.stringify(never)}`);
      }
    }
  }
  return out;
}

// Characters that start markup anywhere in a line. `#` is escaped too so a heading's
// text cannot end in a closing sequence (## 一、第 #), `&` so no entity is formed.
const INLINE_SPECIALS = /[\\`*_[\]<>&~#]/g;

function escapeText(value: string): string {
  return value.replace(INLINE_SPECIALS, "\\$&");
}

/**
 * Block markup a paragraph line could start with once inline specials are escaped: a
 * bullet (- +), an ordered list (1. 1)) or indentation (four spaces make a code block).
 */
function escapeLineStart(line: string): string {
  return line
    .replace(/^ +/, "")
    .replace(/^[-+=]/, "\\$&")
    .replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

// CommonMark punctuation (Unicode P and S) and whitespace.
const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/** A neighbour of a ** marker: nothing (line start or end), space, punctuation or letter. */
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && !SPACE.test(ch) && !PUNCTUATION.test(ch);
}

/**
 * Bold text as **…**. CommonMark opens ** only before a letter or after a non-letter, and
 * closes it only after a letter or before a non-letter, so **一是…。**正文 stays literal.
 * Punctuation at an edge that touches a letter outside therefore moves out of the
 * markers (**一是…**。正文); spaces at either edge always do.
 */
function strong(text: string, before: string | undefined, after: string | undefined): string {
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  // Each moved character becomes the marker's new neighbour.
  for (let outside = before; start < end; start++) {
    const ch = chars[start]!;
    if (!SPACE.test(ch) && !(PUNCTUATION.test(ch) && isLetter(outside))) break;
    outside = ch;
  }
  for (let outside = after; end > start; end--) {
    const ch = chars[end - 1]!;
    if (!SPACE.test(ch) && !(PUNCTUATION.test(ch) && isLetter(outside))) break;
    outside = ch;
  }
  if (start === end) return escapeText(text);
  const piece = (from: number, to: number): string => escapeText(chars.slice(from, to).join(""));
  return `${piece(0, start)}**${piece(start, end)}**${piece(end, chars.length)}`;
}

function inlineMarkdown(runs: readonly PrintedRun[]): string {
  const spans = spansOf(runs);
  return spans
    .map((span, i) => {
      if (!span.bold) return escapeText(span.text);
      const before = spans[i - 1]?.text.at(-1);
      const after = spans[i + 1]?.text[0];
      return strong(span.text, before, after);
    })
    .join("");
}

function blockMarkdown(block: PrintedBlock): string {
  switch (block.kind) {
    case "title":
      return `# ${inlineMarkdown(block.content)}`;
    case "speaker":
    case "date":
    case "salutation":
      return escapeLineStart(escapeText(oneLine(block.text)));
    case "heading": {
      const hashes = block.level === 1 ? "##" : "###";
      return `${hashes} ${inlineMarkdown([{ kind: "text", text: block.marker }, ...block.content])}`;
    }
    case "paragraph":
      return escapeLineStart(inlineMarkdown(block.content));
    default: {
      const never: never = block;
      throw new Error(`unknown printed block ${JSON.stringify(never)}`);
    }
  }
}

/** The speech as CommonMark, one block per paragraph, ending in a newline. */
export function writeMarkdown(speech: Speech): string {
  return `${printedBlocks(speech).map(blockMarkdown).join("\n\n")}\n`;
}
