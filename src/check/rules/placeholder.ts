// placeholder: stand-ins left from a model speech or an unfinished draft — X书记, XX县,
// ××项目, ***, “某某” — which a leader must never read out.
import type { Finding, RuleContext } from "../finding.js";
import { excerptAt, lineOf } from "../text.js";

/** X stands alone (not inside a Latin word such as XBRL); ×, * and ○ count from two on. */
const PLACEHOLDER = /(?<![A-Za-z])X+(?![A-Za-z])|×{2,}|[*＊]{2,}|某某|○{2,}/g;

export function checkPlaceholders({ units }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const unit of units) {
    const matches = [...unit.text.matchAll(PLACEHOLDER)];
    const first = matches[0];
    if (!first) continue;
    const kinds = [...new Set(matches.map((m) => m[0]))].map((k) => `“${k}”`).join("、");
    out.push({
      rule: "placeholder",
      severity: "warning",
      message: `有占位写法 ${kinds}${matches.length > 1 ? `(${matches.length} 处)` : ""}:请换成实际的名称、人名或数字。`,
      ...lineOf(unit),
      excerpt: excerptAt(unit.text, first.index, first[0].length),
    });
  }
  return out;
}
