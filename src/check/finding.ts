// What a check says about a speech, and what every rule is given to look at.
import type { Inline, Speech } from "../model/index.js";
import type { SourceLine } from "../parse/index.js";

export type FindingSeverity = "error" | "warning" | "info";

/** Stable rule ids: scripts filter on them, the message may be reworded. */
export type RuleId =
  | "numbering.mixed"
  | "numbering.gap"
  | "announce.count"
  | "unit.foreign"
  | "tifa.stale"
  | "calendar.contradiction"
  | "slot.unfilled"
  | "placeholder"
  | "length";

export interface Finding {
  readonly rule: RuleId;
  readonly severity: FindingSeverity;
  /** Chinese, says what is wrong and what to do about it. */
  readonly message: string;
  /** 1-based line in the source text, when the speech was parsed from one. */
  readonly line?: number;
  /** The words the finding is about, with a little context. */
  readonly excerpt?: string;
}

export interface CheckInput {
  readonly speech: Speech;
  /** The text the speech was parsed from: numbering is only visible there. */
  readonly sourceText?: string;
  readonly file?: string;
}

export interface CheckOptions {
  /** The speaker's unit (西峰区); inferred from the text when absent. */
  readonly unit?: string;
  /** The meeting date, YYYY-MM-DD; else the speech's date line, else the year in its title. */
  readonly date?: string;
  /** Speaking rate in 字 a minute (180 when absent). */
  readonly ratePerMinute?: number;
}

/** The meeting date as far as it is known. */
export interface SpeechDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** Where the date came from, for messages: 日期行, --date, 标题中的年份. */
  readonly from: string;
}

/** One stretch of the speech's text: a title, heading, paragraph, or item. */
export interface TextUnit {
  readonly runs: readonly Inline[];
  /** The runs as plain text (slots as 〔待补：…〕). */
  readonly text: string;
  readonly line?: number;
}

/** Everything a rule may look at; built once per speech. */
export interface RuleContext {
  readonly speech: Speech;
  readonly units: readonly TextUnit[];
  /** The speech's own normalised source lines (empty when there is no source text). */
  readonly lines: readonly SourceLine[];
  readonly unit?: string;
  /** The unit was guessed from the text, not given. */
  readonly unitInferred: boolean;
  readonly date?: SpeechDate;
  readonly ratePerMinute: number;
}

export type Rule = (context: RuleContext) => Finding[];
