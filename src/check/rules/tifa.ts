// tifa.stale / calendar.contradiction: runs the dated-phrase table over the speech's text.
import type { Finding, RuleContext, SpeechDate } from "../finding.js";
import { excerptAt, lineOf } from "../text.js";
import { DATED_PHRASES, planOf, planYearOf, type DatedPhrase } from "./dated-phrases.js";

/** How far before and after a phrase to look for words that make it a look back. */
const LOOK_BACK_WINDOW = 8;

function dateText(date: SpeechDate): string {
  const month = date.month === undefined ? "" : `${date.month}月`;
  const day = date.day === undefined || date.month === undefined ? "" : `${date.day}日`;
  return `${date.from}为 ${date.year}年${month}${day}`;
}

/** “十四五”开局之年 / 收官之年: the only places in a plan every office names the same way. */
const PLAN_YEAR = /(十[一二三四五六七八九]五)”?(?:规划)?的?(开局之年|收官之年)/g;

/** A year called the start or the end of a plan it is not the start or end of. */
function planYearFindings(
  text: string,
  date: SpeechDate,
): { index: number; length: number; message: string }[] {
  const out: { index: number; length: number; message: string }[] = [];
  for (const match of text.matchAll(PLAN_YEAR)) {
    const [said, plan, place] = [match[0], match[1] ?? "", match[2] ?? ""];
    if (plan === planOf(date.year) && place === planYearOf(date.year)) continue;
    out.push({
      index: match.index,
      length: said.length,
      message: `${dateText(date)}:“${plan}”${place}说的不是 ${date.year} 年;${date.year} 年是“${planOf(date.year)}”${planYearOf(date.year)},请核对后改写。`,
    });
  }
  return out;
}

export function checkDatedPhrases({ units, date }: RuleContext): Finding[] {
  if (!date) return [];
  const out: Finding[] = [];
  for (const unit of units) {
    for (const { index, length, message } of planYearFindings(unit.text, date)) {
      out.push({
        rule: "tifa.stale",
        severity: "warning",
        message,
        ...lineOf(unit),
        excerpt: excerptAt(unit.text, index, length),
      });
    }
  }
  // A look back or a seasonal hint (info) is said once per phrase, at its first place.
  const notes = new Map<DatedPhrase, { finding: Finding; count: number }>();
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
        const finding: Finding = {
          rule: phrase.rule,
          severity: lookBack ? "info" : severity,
          message: `${dateText(date)}:${phrase.reason(date)}${lookBack ? "(此处看来是回顾,可以保留。)" : ""}`,
          ...lineOf(unit),
          excerpt: excerptAt(unit.text, match.index, match[0].length),
        };
        if (finding.severity !== "info") {
          out.push(finding);
          continue;
        }
        const note = notes.get(phrase);
        if (note) note.count++;
        else notes.set(phrase, { finding, count: 1 });
      }
    }
  }
  for (const { finding, count } of notes.values()) {
    out.push(
      count === 1 ? finding : { ...finding, message: `${finding.message}(全文共 ${count} 处)` },
    );
  }
  return out;
}
