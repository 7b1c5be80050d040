// check: a Speech (and the text it came from) → findings a clerk should look at before the
// leader speaks: numbering, the announce count, another unit's names, stale 提法, slots,
// placeholders, length. Pure: files and the clock stay in the shell.
import { inlineText, type Speech } from "../model/index.js";
import { normalizeText, parseText, sourceLines, type SourceLine } from "../parse/index.js";
import { speechDateOf } from "./date.js";
import type { CheckInput, CheckOptions, Finding, Rule, RuleContext } from "./finding.js";
import { checkAnnounceCount } from "./rules/announce.js";
import { checkLength, speechLength, type SpeechLength } from "./rules/length.js";
import { checkNumbering } from "./rules/numbering.js";
import { checkPlaceholders } from "./rules/placeholder.js";
import { checkSlots } from "./rules/slots.js";
import { checkDatedPhrases } from "./rules/tifa.js";
import { checkForeignUnits, inferUnit } from "./rules/unit.js";
import { textUnits } from "./text.js";

export type {
  CheckInput,
  CheckOptions,
  Finding,
  FindingSeverity,
  RuleId,
  SpeechDate,
} from "./finding.js";
export { DATED_PHRASES, type DatedPhrase } from "./rules/dated-phrases.js";
export type { SpeechLength } from "./rules/length.js";
export { parseDateOption } from "./date.js";

/** Every rule, in the order findings of one line are listed. */
const RULES: readonly Rule[] = [
  checkNumbering,
  checkAnnounceCount,
  checkForeignUnits,
  checkDatedPhrases,
  checkSlots,
  checkPlaceholders,
  checkLength,
];

export const DEFAULT_CHECK_RATE = 180;

/** The index of the first line numbered at least `line` (lines are in source order). */
function firstAtOrAfter(lines: readonly SourceLine[], line: number): number {
  let [lo, hi] = [0, lines.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every source line a speech's blocks point at, from its first to its last: a slice, found
 * by binary search, so a file of many speeches is checked in linear time.
 */
function speechLines(speech: Speech, lines: readonly SourceLine[]): SourceLine[] {
  let first = Infinity;
  let last = -Infinity;
  for (const unit of textUnits(speech)) {
    if (unit.line === undefined) continue;
    first = Math.min(first, unit.line);
    last = Math.max(last, unit.line);
  }
  if (first === Infinity) return [];
  return lines.slice(firstAtOrAfter(lines, first), firstAtOrAfter(lines, last + 1));
}

function contextOf(
  input: CheckInput,
  options: CheckOptions,
  all: readonly SourceLine[] = input.sourceText === undefined
    ? []
    : sourceLines(normalizeText(input.sourceText)),
): RuleContext {
  const { speech } = input;
  const date = speechDateOf(speech, options.date);
  const base: RuleContext = {
    speech,
    units: textUnits(speech),
    lines: speechLines(speech, all),
    ...(date === undefined ? {} : { date }),
    ratePerMinute: options.ratePerMinute ?? DEFAULT_CHECK_RATE,
    unitInferred: false,
  };
  const given = options.unit ?? speech.meta.unit;
  if (given !== undefined) return { ...base, unit: given };
  const inferred = inferUnit(base);
  return inferred === undefined ? base : { ...base, unit: inferred, unitInferred: true };
}

const byLine = (a: Finding, b: Finding): number => (a.line ?? Infinity) - (b.line ?? Infinity);

/** Lints one speech. Findings come sorted by line; those without a line (length) last. */
export function checkSpeech(
  input: CheckInput,
  options: CheckOptions = {},
  /** The source text's lines, when the caller has them already (one file, many speeches). */
  lines?: readonly SourceLine[],
): Finding[] {
  const context = contextOf(input, options, lines);
  return RULES.flatMap((rule) => rule(context)).sort(byLine);
}

export interface CheckedSpeech extends SpeechLength {
  readonly title: string;
  readonly findings: readonly Finding[];
}

/** Parses a text (one or several speeches) and checks each speech against that text. */
export function checkText(
  text: string,
  options: CheckOptions & { readonly file?: string } = {},
): CheckedSpeech[] {
  const { file, ...checkOptions } = options;
  const { speeches } = parseText(text, file === undefined ? {} : { file });
  const rate = checkOptions.ratePerMinute ?? DEFAULT_CHECK_RATE;
  // Normalised once for the whole file: per speech it made checking quadratic.
  const lines = sourceLines(normalizeText(text));
  return speeches.map((speech) => ({
    title: inlineText(speech.title),
    ...speechLength(speech, rate),
    findings: checkSpeech(
      { speech, sourceText: text, ...(file === undefined ? {} : { file }) },
      checkOptions,
      lines,
    ),
  }));
}
