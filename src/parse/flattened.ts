// Text flattened from a PDF or a document site arrives as one long line in which each
// printed line (or paragraph) is separated by a space: "…工作会议， 其主要任务是 贯彻落实…".
// Such a line is cut back into its printed lines at those spaces, before normalisation
// would drop them as debris; unwrapping then joins the lines of one paragraph again.
import type { SourceLine } from "./source.js";

const HAN_OR_MARK = /[\p{Script=Han}，。、：；！？“”‘’（）《》【】…—,:;!?()]/u;
/** A space run between two Chinese characters or marks, or before a date (… 2月10日). */
const GAP = /[ \u3000\u00a0]+/g;
const DATE_AHEAD = /^\d{1,4}[年月日]/;
/** A flattened line is long and broken by many such gaps into segments of some length. */
const FLAT_MIN_LENGTH = 120;
const FLAT_MIN_GAPS = 4;
const SEGMENT_MEDIAN_MIN = 8;

function isGap(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  if (!HAN_OR_MARK.test(before)) return false;
  return HAN_OR_MARK.test(after) || DATE_AHEAD.test(text.slice(end, end + 5));
}

/** The segments of a flattened line, or the line itself when it is ordinary prose. */
export function flattenedSegments(text: string): string[] {
  if (text.length < FLAT_MIN_LENGTH) return [text];
  const segments: string[] = [];
  let from = 0;
  GAP.lastIndex = 0;
  for (let match = GAP.exec(text); match; match = GAP.exec(text)) {
    const end = match.index + match[0].length;
    if (match.index === 0 || !isGap(text, match.index, end)) continue;
    segments.push(text.slice(from, match.index));
    from = end;
  }
  segments.push(text.slice(from));
  if (segments.length - 1 < FLAT_MIN_GAPS) return [text];
  const lengths = segments.map((segment) => segment.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return median >= SEGMENT_MEDIAN_MIN ? segments : [text];
}

/** Source lines with each flattened line cut into its printed lines (same line number). */
export function splitFlattenedLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = text.replace(/\r\n?/g, "\n").split("\n");
  for (let i = 0; i < raw.length; i++) {
    for (const segment of flattenedSegments(raw[i] ?? "")) {
      const trimmed = segment.trim();
      if (trimmed !== "") out.push({ text: trimmed, line: i + 1 });
    }
  }
  return out;
}
