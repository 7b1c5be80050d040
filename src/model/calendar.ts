// The meeting date decides every time word of a draft: the year, the five-year plan and
// this year's place in it, the quarter's time nodes and the season's work.
import { parseIsoDate } from "./date.js";
import { chineseNumeral } from "./numbering.js";

export const SEASONS = ["春", "夏", "秋", "冬"] as const;
export type Season = (typeof SEASONS)[number];

export interface Calendar {
  readonly year: number;
  readonly lastYear: number;
  readonly nextYear: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  /** 1–4 */
  readonly quarter: number;
  /** 一季度 … 四季度 */
  readonly quarterName: string;
  /** 春 3–5, 夏 6–8, 秋 9–11, 冬 12–2 */
  readonly season: Season;
  /** The five-year plan in force: 十四五 for 2021–2025, 十五五 for 2026–2030. */
  readonly plan: string;
  /** This year's place in the plan: 开局之年 … 收官之年. */
  readonly planYear: string;
  /** As printed in the date line: 2026年2月23日 */
  readonly dateText: string;
}

const PLAN_YEARS = ["开局之年", "关键之年", "攻坚之年", "冲刺之年", "收官之年"] as const;

/** The 十四五 plan started in 2021; plans run five years each. */
const FOURTEENTH_PLAN_START = 2021;

export function seasonOf(month: number): Season {
  if (month >= 3 && month <= 5) return "春";
  if (month >= 6 && month <= 8) return "夏";
  if (month >= 9 && month <= 11) return "秋";
  return "冬";
}

/** 十四五 / 十五五 … and the year's place in it. */
export function planOf(year: number): { plan: string; planYear: string } {
  const offset = year - FOURTEENTH_PLAN_START;
  const planNumber = 14 + Math.floor(offset / 5);
  const yearInPlan = ((offset % 5) + 5) % 5;
  return { plan: `${chineseNumeral(planNumber)}五`, planYear: PLAN_YEARS[yearInPlan]! };
}

/** The calendar of a meeting date (YYYY-MM-DD, already validated). */
export function calendarOf(date: string): Calendar {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not a date: ${date}`);
  const { year, month, day } = parsed;
  const quarter = Math.ceil(month / 3);
  return {
    year,
    lastYear: year - 1,
    nextYear: year + 1,
    month,
    day,
    quarter,
    quarterName: `${chineseNumeral(quarter)}季度`,
    season: seasonOf(month),
    ...planOf(year),
    dateText: `${year}年${month}月${day}日`,
  };
}
