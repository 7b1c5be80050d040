// Scores parsed speeches against hand-checked annotations (../shared/corpus/annotations.json):
// per heading level precision/recall/F1, and whether title, opening (salutation), announce
// line and first closing sentence match. Used by `npm run eval:parse` and the corpus test.
import {
  announceText,
  inlineSequences,
  inlineText,
  outlineOf,
  type Block,
  type OutlineEntry,
  type Speech,
} from "../model/index.js";

export interface AnnotatedSpeech {
  readonly file: string;
  /** 1-based position of the speech in its file. */
  readonly speech: number;
  readonly title: string | null;
  readonly speaker?: string | null;
  readonly date?: string | null;
  readonly opening: string | null;
  readonly announce: string | null;
  readonly closing_first: string | null;
  readonly noise?: readonly string[];
  readonly outline: readonly { readonly level: number; readonly text: string }[];
}

export interface Annotations {
  readonly speeches: readonly AnnotatedSpeech[];
}

export interface LevelScore {
  readonly truePositives: number;
  readonly predicted: number;
  readonly expected: number;
}

export type FieldName = "title" | "opening" | "announce" | "closing";
export const FIELDS: readonly FieldName[] = ["title", "opening", "announce", "closing"];
export const LEVELS = [1, 2, 3] as const;

export interface SpeechScore {
  readonly file: string;
  readonly speech: number;
  readonly levels: Record<1 | 2 | 3, LevelScore>;
  readonly fields: Record<FieldName, boolean>;
  /** Boilerplate strings from the annotation that leaked into the parsed text. */
  readonly leakedNoise: string[];
}

const MARKER =
  /^(?:第[一二三四五六七八九十]+个问题[，,、：:]?|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+[，,、]|\d+[.．、]|[（(]\d+[）)])/;
const FOLD: Readonly<Record<string, string>> = {
  "，": ",",
  "：": ":",
  "；": ";",
  "？": "?",
  "！": "!",
  "（": "(",
  "）": ")",
  "“": '"',
  "”": '"',
  "‘": "'",
  "’": "'",
};

/** Text as compared: full-width and ASCII marks folded, spaces dropped. */
export function foldText(value: string): string {
  let out = "";
  for (const ch of value.replace(/\s+/g, "")) out += FOLD[ch] ?? ch;
  return out;
}

/** A heading as compared: no numbering marker, no trailing 。 or ；. */
export function headingKey(value: string): string {
  return foldText(value.trim().replace(MARKER, "")).replace(/[。;]+$/, "");
}

function levelScore(expected: readonly string[], predicted: readonly string[]): LevelScore {
  const pool = new Map<string, number>();
  for (const key of expected) pool.set(key, (pool.get(key) ?? 0) + 1);
  let truePositives = 0;
  for (const key of predicted) {
    const left = pool.get(key) ?? 0;
    if (left > 0) {
      truePositives++;
      pool.set(key, left - 1);
    }
  }
  return { truePositives, predicted: predicted.length, expected: expected.length };
}

function sameOrBothMissing(expected: string | null, actual: string | undefined): boolean {
  if (expected === null) return actual === undefined || actual === "";
  return actual !== undefined && foldText(actual) === foldText(expected);
}

function fullText(speech: Speech): string {
  const parts = [speech.speaker ?? "", speech.date ?? ""];
  for (const runs of inlineSequences(speech)) parts.push(inlineText(runs));
  return parts.join("\n");
}

function firstClosingText(speech: Speech): string | undefined {
  const first = speech.closing[0];
  return first?.kind === "paragraph" ? inlineText(first.content) : undefined;
}

/** Scores one parsed speech (or a missing one) against its annotation. */
export function scoreSpeech(expected: AnnotatedSpeech, speech: Speech | undefined): SpeechScore {
  const outline = speech ? outlineOf(speech).filter((entry) => entry.text !== "") : [];
  const levels = Object.fromEntries(
    LEVELS.map((level) => [
      level,
      levelScore(
        expected.outline
          .filter((entry) => entry.level === level)
          .map((entry) => headingKey(entry.text)),
        outline.filter((entry) => entry.level === level).map((entry) => headingKey(entry.text)),
      ),
    ]),
  ) as Record<1 | 2 | 3, LevelScore>;
  const closing = speech ? firstClosingText(speech) : undefined;
  const fields: Record<FieldName, boolean> = {
    title: speech !== undefined && sameOrBothMissing(expected.title, inlineText(speech.title)),
    opening: speech !== undefined && sameOrBothMissing(expected.opening, speech.salutation),
    announce: speech !== undefined && sameOrBothMissing(expected.announce, announceText(speech)),
    closing:
      speech !== undefined &&
      (expected.closing_first === null
        ? closing === undefined
        : closing !== undefined && foldText(closing).startsWith(foldText(expected.closing_first))),
  };
  const text = speech ? foldText(fullText(speech)) : "";
  const leakedNoise = speech
    ? (expected.noise ?? []).filter((noise) => text.includes(foldText(noise)))
    : [];
  return { file: expected.file, speech: expected.speech, levels, fields, leakedNoise };
}

export function f1(score: LevelScore): { precision: number; recall: number; f1: number } {
  const precision =
    score.predicted === 0 ? (score.expected === 0 ? 1 : 0) : score.truePositives / score.predicted;
  const recall =
    score.expected === 0 ? (score.predicted === 0 ? 1 : 0) : score.truePositives / score.expected;
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}

/** Fragments of real speeches with hand-checked headings (../shared/fragments.json). */
export interface Fragments {
  readonly fragments: readonly {
    readonly file: string;
    readonly meeting_type?: string;
    /** Headings in document order, each with its numbering marker as the speech spells it. */
    readonly headings: readonly string[];
  }[];
}

export interface FragmentScore {
  readonly file: string;
  readonly levels: Record<1 | 2 | 3, LevelScore>;
  /** Expected headings the parser did not find (with their marker). */
  readonly missed: string[];
  /** Headings the parser found that are not expected, as `L<level> text`. */
  readonly wrong: string[];
}

/** A fragment heading's level is its marker's: 一、 and 第一个问题 1, （一） 2, the leads 3. */
export function markerLevel(heading: string): 1 | 2 | 3 {
  const text = foldText(heading);
  if (/^(?:[一二三四五六七八九十]+[、．.]|第[一二三四五六七八九十]+个问题)/.test(text)) return 1;
  if (/^\([一二三四五六七八九十]+\)/.test(text)) return 2;
  return 3;
}

function leadsOf(blocks: readonly Block[]): OutlineEntry[] {
  return blocks.flatMap((block) =>
    block.kind === "items"
      ? block.items.map((item) => ({ level: 3 as const, text: inlineText(item.lead) }))
      : [],
  );
}

/**
 * Every heading and lead of a speech in document order, including the leads outside the
 * parts: the announce line's preview (我讲三点：一是…) and lists in the opening or closing.
 */
export function documentOutline(speech: Speech): OutlineEntry[] {
  return [
    ...leadsOf(speech.opening),
    ...(speech.announceLine ? leadsOf([speech.announceLine]) : []),
    ...outlineOf(speech),
    ...leadsOf(speech.closing),
  ].filter((entry) => entry.text !== "");
}

/** Scores the headings found in one fragment (all its speeches) against the expected ones. */
export function scoreFragment(
  file: string,
  expected: readonly string[],
  speeches: readonly Speech[],
): FragmentScore {
  const found = speeches.flatMap(documentOutline);
  const levels = Object.fromEntries(
    LEVELS.map((level) => [
      level,
      levelScore(
        expected.filter((heading) => markerLevel(heading) === level).map(headingKey),
        found.filter((entry) => entry.level === level).map((entry) => headingKey(entry.text)),
      ),
    ]),
  ) as Record<1 | 2 | 3, LevelScore>;
  const foundKeys = found.map((entry) => `${entry.level}:${headingKey(entry.text)}`);
  const expectedKeys = expected.map((heading) => `${markerLevel(heading)}:${headingKey(heading)}`);
  const missed = expected.filter((_, i) => !foundKeys.includes(expectedKeys[i] ?? ""));
  const wrong = found
    .filter((_, i) => !expectedKeys.includes(foundKeys[i] ?? ""))
    .map((entry) => `L${entry.level} ${entry.text}`);
  return { file, levels, missed, wrong };
}

/** Sums level scores over speeches (micro-average). */
export function totalLevels(
  scores: readonly { readonly levels: Record<1 | 2 | 3, LevelScore> }[],
): Record<1 | 2 | 3, LevelScore> {
  const sum = (level: 1 | 2 | 3): LevelScore =>
    scores.reduce(
      (acc, score) => ({
        truePositives: acc.truePositives + score.levels[level].truePositives,
        predicted: acc.predicted + score.levels[level].predicted,
        expected: acc.expected + score.levels[level].expected,
      }),
      { truePositives: 0, predicted: 0, expected: 0 },
    );
  return { 1: sum(1), 2: sum(2), 3: sum(3) };
}
