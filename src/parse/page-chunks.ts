// Document sites show a speech as numbered page chunks: "1、区委书记在…的讲话同志们：这次…"
// then "2、经济呈现…", each chunk cut wherever the page ended, mid-sentence. Such chunks
// are one text: their numbers go and they are joined. Items numbered 1、2、 in a speech
// differ: each is a short paragraph that ends its sentence.
import type { SourceLine } from "./source.js";

const CHUNK_NUMBER = /^(\d{1,3})、/;
/** A first page chunk holds the head and opening of a speech: it is long. */
const FIRST_CHUNK_MIN = 150;
const SENTENCE_END = /[。！？”]$/;

function chunkNumber(text: string): number | undefined {
  const match = CHUNK_NUMBER.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The run of chunk lines 1、2、3… starting at `start`, when it reads as page chunks. */
function chunkRun(lines: readonly SourceLine[], start: number): number {
  const first = lines[start];
  if (!first || chunkNumber(first.text) !== 1 || first.text.length < FIRST_CHUNK_MIN) return 0;
  let end = start + 1;
  while (chunkNumber(lines[end]?.text ?? "") === end - start + 1) end++;
  if (end - start < 2) return 0;
  const cutMidSentence = lines.slice(start, end - 1).some(({ text }) => !SENTENCE_END.test(text));
  return cutMidSentence ? end - start : 0;
}

/** Lines with each run of page chunks joined into one line, chunk numbers removed. */
export function joinPageChunks(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const run = chunkRun(lines, i);
    const line = lines[i];
    if (!line) continue;
    if (run === 0) {
      out.push(line);
      continue;
    }
    const text = lines
      .slice(i, i + run)
      .map(({ text: chunk }) => chunk.replace(CHUNK_NUMBER, ""))
      .join("");
    out.push({ text, line: line.line });
    i += run - 1;
  }
  return out;
}
