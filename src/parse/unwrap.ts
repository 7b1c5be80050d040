// Hard-wrapped text (copied from a PDF or a fixed-width page) breaks every paragraph into
// lines of one width. Such lines are joined back, so that sentences, headings and items
// are whole again; text with ordinary paragraph lines passes through unchanged.
import type { SourceLine } from "./source.js";

/** Lines shorter than this are never wrap lines (headings, salutations, furniture). */
const WRAP_MIN = 16;
/** Share of the long lines that must have the wrap width before we believe in wrapping. */
const WRAP_SHARE = 0.4;
const WRAP_SLACK = 2;
/** How many wrap-width lines must stop mid-sentence, and what share of them. */
const WRAP_EVIDENCE = 4;
const WRAP_MID_SENTENCE = 0.6;
const PARAGRAPH_END = /[。！？；：…”）]$/;
/**
 * Words no paragraph starts with (和紧迫感, 的问题): a line opening with one continues the
 * line above, even one a little short of the width (a bold heading takes more room).
 */
const CONTINUATION_START = /^(?:和|与|及|以及|并且|的|了|着|地|得)/;

/** The most common length among long lines, when enough of them share it. */
export function wrapWidth(lines: readonly SourceLine[]): number | undefined {
  const counts = new Map<number, number>();
  let long = 0;
  for (const { text } of lines) {
    if (text.length < WRAP_MIN) continue;
    long++;
    counts.set(text.length, (counts.get(text.length) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestNear = 0;
  for (const width of counts.keys()) {
    let near = 0;
    for (let w = width - WRAP_SLACK; w <= width; w++) near += counts.get(w) ?? 0;
    if (near > bestNear) {
      best = width;
      bestNear = near;
    }
  }
  if (best === undefined || bestNear / long < WRAP_SHARE) return undefined;
  // Wrapped lines mostly stop mid-sentence; paragraphs of similar length end with a mark.
  const width = best;
  const atWidth = lines.filter(
    ({ text }) => text.length >= width - WRAP_SLACK && text.length <= width,
  );
  const midSentence = atWidth.filter(({ text }) => !PARAGRAPH_END.test(text)).length;
  return midSentence >= WRAP_EVIDENCE && midSentence / atWidth.length >= WRAP_MID_SENTENCE
    ? width
    : undefined;
}

/** Joins each full-width line that does not end a sentence with the line right after it. */
export function unwrapLines(lines: readonly SourceLine[]): SourceLine[] {
  const width = wrapWidth(lines);
  if (width === undefined) return [...lines];
  const out: SourceLine[] = [];
  let pending: { parts: string[]; line: number; last: number } | undefined;
  const flush = (): void => {
    if (pending) out.push({ text: pending.parts.join(""), line: pending.line });
    pending = undefined;
  };
  lines.forEach((line, i) => {
    // Segments of one flattened line share its number.
    if (pending && line.line <= pending.last + 1) {
      pending.parts.push(line.text);
      pending.last = line.line;
    } else {
      flush();
      pending = { parts: [line.text], line: line.line, last: line.line };
    }
    const next = lines[i + 1]?.text ?? "";
    const wrapped =
      !PARAGRAPH_END.test(line.text) &&
      (line.text.length >= width - WRAP_SLACK ||
        (line.text.length >= WRAP_MIN && CONTINUATION_START.test(next)));
    if (!wrapped) flush();
  });
  flush();
  return out;
}
