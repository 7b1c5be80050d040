// tifa.stale / calendar.contradiction: runs the dated-phrase table over the speech's text.
import type { Finding, RuleContext, SpeechDate } from "../finding.js";
import { excerptAt, lineOf } from "../text.js";
import { DATED_PHRASES } from "./dated-phrases.js";

/** How far before and after a phrase to look for words that make it a look back. */
const LOOK_BACK_WINDOW = 8;

function dateText(date: SpeechDate): string {
  const month = date.month === undefined ? "" : `${date.month}月`;
  const day = date.day === undefined || date.month === undefined ? "" : `${date.day}日`;
  return `${date.from}为 ${date.year}年${month}${day}`;
}

export function checkDatedPhrases({ units, date }: RuleContext): Finding[] {
  if (!date) return [];
  const out: Finding[] = [];
  for (const unit of units) {
    for (const phrase of DATED_PHRASES) {
      const severity = phrase.judge(date);
      if (severity === undefined) continue;
      for (const match of unit.text.matchAll(phrase.pattern)) {
        const end = match.index + match[0].length;
        const before = unit.text.slice(Math.max(0, match.index - LOOK_BACK_WINDOW), match.index);
        const after = unit.text.slice(end, end + LOOK_BACK_WINDOW);
        const lookBack =
          phrase.lookBackBefore?.test(before) === true ||
          phrase.lookBackAfter?.test(after) === true;
        out.push({
          rule: phrase.rule,
          severity: lookBack ? "info" : severity,
          message: `${dateText(date)}:${phrase.reason(date)}${lookBack ? "(此处看来是回顾,可以保留。)" : ""}`,
          ...lineOf(unit),
          excerpt: excerptAt(unit.text, match.index, match[0].length),
        });
      }
    }
  }
  return out;
}
