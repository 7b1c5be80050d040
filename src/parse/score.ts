// Scores parsed speeches against hand-checked annotations (../shared/corpus/annotations.json):
// per heading level precision/recall/F1, and whether title, opening (salutation), announce
// line and first closing sentence match. Used by `npm run eval:parse` and the corpus test.
import { inlineSequences, inlineText, outlineOf, type Speech } from "../model/index.js";

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
    announce:
      speech !== undefined &&
      sameOrBothMissing(
        expected.announce,
        speech.announceLine && inlineText(speech.announceLine.content),
      ),
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

/** Sums level scores over speeches (micro-average). */
export function totalLevels(scores: readonly SpeechScore[]): Record<1 | 2 | 3, LevelScore> {
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
