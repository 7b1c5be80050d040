// announce.count: 下面，我讲三点意见 promises as many parts as the speech has.
import { announceText } from "../../model/index.js";
import { numeralValue } from "../../parse/index.js";
import { countWord } from "../../model/index.js";
import type { Finding, RuleContext } from "../finding.js";
import { excerptAt } from "../text.js";

/** 三点 / 两个方面 / 四个问题 / 三层意思 / 三句话; 几点 has no number and promises nothing. */
const COUNT = /([一二两三四五六七八九十]{1,3})(?:点|个方面|方面|个问题|层意思|句话)/;

export function checkAnnounceCount({ speech }: RuleContext): Finding[] {
  const announce = speech.announceLine;
  const text = announceText(speech);
  if (!announce || text === undefined) return [];
  const match = COUNT.exec(text);
  const promised = match ? numeralValue(match[1] ?? "") : undefined;
  const parts = speech.parts.filter((part) => part.heading.length > 0).length;
  if (!match || promised === undefined || parts === 0 || promised === parts) return [];
  return [
    {
      rule: "announce.count",
      severity: "error",
      message: `开头说要讲“${match[0]}”,正文却有 ${parts} 个部分:请把这句改成“${countWord(parts)}${match[0].slice(match[1]?.length ?? 0)}”,或增删部分使两者一致。`,
      ...(announce.source ? { line: announce.source.line } : {}),
      excerpt: excerptAt(text, match.index, match[0].length),
    },
  ];
}
