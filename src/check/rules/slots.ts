// slot.unfilled: facts the clerk still has to fill (〔待补:…〕, 【待填:…】).
import type { Finding, RuleContext } from "../finding.js";
import { lineOf } from "../text.js";

const SLOT_IN_LINE = /〔待补[:：]([^〕]*)〕|【待填[:：]([^】]*)】/g;

export function checkSlots({ speech, units }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const finding = (label: string, where: { line?: number }): Finding => ({
    rule: "slot.unfilled",
    severity: "error",
    message: `还有待补的内容“${label}”:请填上实际情况后删去标记。`,
    ...where,
    excerpt: `〔待补：${label}〕`,
  });
  // The speaker and date lines are plain strings, not runs: read their markers from the text.
  for (const line of [speech.speaker, speech.date]) {
    for (const match of (line ?? "").matchAll(SLOT_IN_LINE))
      out.push(finding((match[1] ?? match[2] ?? "").trim(), {}));
  }
  for (const unit of units) {
    for (const run of unit.runs)
      if (run.kind === "slot") out.push(finding(run.label, lineOf(unit)));
  }
  return out;
}
