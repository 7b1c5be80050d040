// Several speeches per file: web pages and clerks' collections put one speech after
// another. Each speech starts at its salutation line (同志们：) together with the title,
// speaker and date lines right above it.
import {
  dateOfLine,
  isNamedTitleLine,
  leadingSalutation,
  leadingTitle,
  subtitleOf,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  tidyTitle,
  type SpeechHead,
} from "./meta.js";
import type { SourceLine } from "./source.js";

export interface SpeechChunk {
  readonly head: SpeechHead;
  /** 同志们： when the speech has one. */
  readonly salutation?: string;
  /** The speech's text after its head and salutation. */
  readonly body: SourceLine[];
}

/** How many lines above a salutation can belong to the speech's head (title, speaker, date). */
const HEAD_LINES = 3;

interface HeadScan {
  readonly head: SpeechHead;
  /** Index of the first head line (the salutation's own index when there is no head). */
  readonly start: number;
}

/** A title or date line: what can stand right above a speaker line. */
function isHeadLine(text: string): boolean {
  return isTitleLine(text) || dateOfLine(text) !== undefined;
}

/** Reads title, speaker and date upwards from the line above `below`, never past `floor`. */
function scanHeadAbove(lines: readonly SourceLine[], below: number, floor: number): HeadScan {
  let title: string | undefined;
  let titleLine: number | undefined;
  let mainTitle: string | undefined;
  let speaker: string | undefined;
  let date: string | undefined;
  let start = below;
  for (let i = below - 1; i >= floor && i >= below - HEAD_LINES; i--) {
    const line = lines[i];
    if (!line) break;
    const lineDate = dateOfLine(line.text);
    if (lineDate !== undefined && date === undefined) {
      date = lineDate;
    } else if (
      isSpeakerLine(line.text) &&
      speaker === undefined &&
      i > floor &&
      isHeadLine(lines[i - 1]?.text ?? "。")
    ) {
      speaker = line.text;
    } else if (isTitleLine(line.text)) {
      const subtitle = subtitleOf(line.text);
      title = tidyTitle(subtitle ?? line.text);
      titleLine = line.line;
      start = i;
      // 凝心聚力再创佳绩 / ——在…上的讲话: the line above the subtitle is the main title.
      const above = lines[i - 1];
      if (subtitle !== undefined && above && i - 1 >= floor && isTitleLine(above.text)) {
        mainTitle = tidyTitle(above.text);
        start = i - 1;
      }
      break;
    } else {
      break;
    }
    start = i;
  }
  const head = headOf(title, titleLine, speaker, date);
  return { head: mainTitle === undefined ? head : { ...head, mainTitle }, start };
}

/** How far down a file without salutation its title may stand, below page furniture. */
const TITLE_SEARCH_LINES = 3;

/**
 * Reads a head from the top of a file that has no salutation: a title among the first
 * lines (what stands above it is page furniture), then speaker and date.
 */
function scanHeadFromTop(lines: readonly SourceLine[]): HeadScan {
  let at = -1;
  for (let i = 0; i < Math.min(lines.length, TITLE_SEARCH_LINES); i++) {
    const text = lines[i]?.text ?? "";
    if (isNamedTitleLine(text)) {
      at = i;
      break;
    }
    if (!isTitleLine(text)) break;
  }
  const title = lines[at];
  if (!title) return { head: {}, start: 0 };
  let speaker: string | undefined;
  let date: string | undefined;
  let next = at + 1;
  for (; next < lines.length && next <= at + HEAD_LINES; next++) {
    const text = lines[next]?.text ?? "";
    const lineDate = dateOfLine(text);
    if (lineDate !== undefined && date === undefined) date = lineDate;
    else if (isSpeakerLine(text) && speaker === undefined) speaker = text;
    else break;
  }
  return { head: headOf(tidyTitle(title.text), title.line, speaker, date), start: next };
}

function headOf(
  title: string | undefined,
  titleLine: number | undefined,
  speaker: string | undefined,
  date: string | undefined,
): SpeechHead {
  return {
    ...(title === undefined ? {} : { title }),
    ...(titleLine === undefined ? {} : { titleLine }),
    ...(speaker === undefined ? {} : { speaker }),
    ...(date === undefined ? {} : { date }),
  };
}

/** A line cut after its first `length` characters (both pieces keep the line number). */
function cutLine(line: SourceLine, length: number): [SourceLine, SourceLine] {
  return [
    { text: line.text.slice(0, length), line: line.line },
    { text: line.text.slice(length).trim(), line: line.line },
  ];
}

/** Puts a salutation glued to its paragraph on a line of its own. */
function unglueSalutation(line: SourceLine): SourceLine[] {
  const salutation = leadingSalutation(line.text);
  return salutation === undefined || salutation === line.text
    ? [line]
    : cutLine(line, salutation.length);
}

/**
 * Puts a title glued to the text after it (…上的讲话同志们：…) and a salutation glued to
 * its paragraph (同志们：今天…) each on a line of its own.
 */
function unglueHeads(lines: readonly SourceLine[]): SourceLine[] {
  return lines.flatMap((line) => {
    const title = leadingTitle(line.text);
    if (title === undefined) return unglueSalutation(line);
    const [head, rest] = cutLine(line, title.length);
    return [head, ...unglueSalutation(rest)];
  });
}

/** Splits cleaned lines into speeches. Text before the first speech's head is dropped. */
export function splitSpeeches(cleaned: readonly SourceLine[]): SpeechChunk[] {
  const lines = unglueHeads(cleaned);
  // A later salutation opens a new speech only under a title of its own; without one it is
  // the same speaker turning to the audience again (同志们：before the closing).
  const starts: { index: number; head: HeadScan }[] = [];
  let floor = 0;
  lines.forEach((line, index) => {
    if (!isSalutation(line.text)) return;
    const head = scanHeadAbove(lines, index, floor);
    if (starts.length > 0 && head.head.title === undefined) return;
    starts.push({ index, head });
    floor = index + 1;
  });
  if (starts.length === 0) {
    const { head, start } = scanHeadFromTop(lines);
    return [{ head, body: lines.slice(start) }];
  }
  return starts.map(({ index, head }, k) => ({
    head: head.head,
    salutation: lines[index]?.text ?? "",
    body: lines.slice(index + 1, starts[k + 1]?.head.start ?? lines.length),
  }));
}
