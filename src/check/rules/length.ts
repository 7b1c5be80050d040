// length: 字数 and speaking minutes, so the clerk knows how long the leader will speak.
import { countChars, type Speech } from "../../model/index.js";
import type { Finding, RuleContext } from "../finding.js";

/** A principal leader speaks an hour at most (DESIGN.md): about 12,000 字 at 180 a minute. */
const LONGEST_MINUTES = 60;

export interface SpeechLength {
  readonly chars: number;
  readonly minutes: number;
}

export function speechLength(speech: Speech, ratePerMinute: number): SpeechLength {
  const chars = countChars(speech);
  return { chars, minutes: Math.max(1, Math.round(chars / ratePerMinute)) };
}

export function checkLength({ speech, ratePerMinute }: RuleContext): Finding[] {
  const { chars, minutes } = speechLength(speech, ratePerMinute);
  const out: Finding[] = [
    {
      rule: "length",
      severity: "info",
      message: `全文 ${chars} 字,按每分钟 ${ratePerMinute} 字约讲 ${minutes} 分钟。`,
    },
  ];
  if (minutes > LONGEST_MINUTES) {
    out.push({
      rule: "length",
      severity: "warning",
      message: `约讲 ${minutes} 分钟,超过一小时:主要领导讲话一般不超过一小时,请压缩到 ${LONGEST_MINUTES * ratePerMinute} 字以内。`,
    });
  }
  return out;
}
