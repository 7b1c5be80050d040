// The meeting date a check judges 提法 against: --date, else the speech's date line, else
// the year in its title (在县政府2021年第一次全体会议上的讲话).
import { UserError } from "../errors.js";
import { inlineText, type Speech } from "../model/index.js";
import { numeralValue } from "../parse/index.js";
import type { SpeechDate } from "./finding.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ARABIC_DATE = /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/;
const CHINESE_DATE =
  /([〇○零一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?)?/;
const YEAR_DIGIT = "〇一二三四五六七八九";
const TITLE_YEAR = /((?:19|20)\d{2})年/;

function chineseYear(value: string): number {
  return Number(
    [...value]
      .map((ch) => Math.max(0, YEAR_DIGIT.indexOf(ch === "○" || ch === "零" ? "〇" : ch)))
      .join(""),
  );
}

function withParts(
  year: number,
  month: number | undefined,
  day: number | undefined,
  from: string,
): SpeechDate {
  return {
    year,
    ...(month === undefined ? {} : { month }),
    ...(month === undefined || day === undefined ? {} : { day }),
    from,
  };
}

/** --date YYYY-MM-DD, checked: a wrong date would make every calendar finding wrong. */
export function parseDateOption(value: string): SpeechDate {
  const match = ISO_DATE.exec(value);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  const valid = new Date(Date.UTC(year, month - 1, day));
  if (!match || valid.getUTCMonth() !== month - 1 || valid.getUTCDate() !== day) {
    throw new UserError(`日期“${value}”不对:--date 请写成 YYYY-MM-DD,例如 2026-02-23。`, {
      field: "--date",
    });
  }
  return withParts(year, month, day, "--date");
}

/** The date line as printed (2021年2月23日 or 二〇二一年二月二十三日). */
function dateLineOf(printed: string): SpeechDate | undefined {
  const arabic = ARABIC_DATE.exec(printed);
  if (arabic) {
    const month = arabic[2] === undefined ? undefined : Number(arabic[2]);
    const day = arabic[3] === undefined ? undefined : Number(arabic[3]);
    return withParts(Number(arabic[1]), month, day, "日期行");
  }
  const chinese = CHINESE_DATE.exec(printed);
  if (!chinese) return undefined;
  const month = chinese[2] === undefined ? undefined : numeralValue(chinese[2]);
  const day = chinese[3] === undefined ? undefined : numeralValue(chinese[3]);
  return withParts(chineseYear(chinese[1] ?? ""), month, day, "日期行");
}

export function speechDateOf(speech: Speech, option: string | undefined): SpeechDate | undefined {
  if (option !== undefined) return parseDateOption(option);
  const line = speech.date === undefined ? undefined : dateLineOf(speech.date);
  if (line) return line;
  const titleYear = TITLE_YEAR.exec(inlineText(speech.title));
  return titleYear
    ? withParts(Number(titleYear[1]), undefined, undefined, "标题中的年份")
    : undefined;
}
