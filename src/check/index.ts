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

/** Every source line a speech's blocks point at, from its first to its last. */
function speechLines(speech: Speech, lines: readonly SourceLine[]): SourceLine[] {
  const seen: number[] = [];
  for (const unit of textUnits(speech)) if (unit.line !== undefined) seen.push(unit.line);
  if (seen.length === 0) return [];
  const [first, last] = [Math.min(...seen), Math.max(...seen)];
  return lines.filter((line) => line.line >= first && line.line <= last);
}

function contextOf(input: CheckInput, options: CheckOptions): RuleContext {
  const { speech } = input;
  const all = input.sourceText === undefined ? [] : sourceLines(normalizeText(input.sourceText));
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
export function checkSpeech(input: CheckInput, options: CheckOptions = {}): Finding[] {
  const context = contextOf(input, options);
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
  return speeches.map((speech) => ({
    title: inlineText(speech.title),
    ...speechLength(speech, rate),
    findings: checkSpeech(
      { speech, sourceText: text, ...(file === undefined ? {} : { file }) },
      checkOptions,
    ),
  }));
}
