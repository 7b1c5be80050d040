// tifa.stale / calendar.contradiction: 提法 that belong to a period (十三五, 决战脱贫攻坚)
// or a point in the year (开门红, 双过半, 决战四季度), checked against the meeting date.
// The table is data: one row per phrase, with the reason a clerk is told.
import { calendarOf } from "../../model/index.js";
import type { FindingSeverity, SpeechDate } from "../finding.js";

export interface DatedPhrase {
  readonly rule: "tifa.stale" | "calendar.contradiction";
  /** Global pattern for the phrase. */
  readonly pattern: RegExp;
  /** How serious the phrase is on this date; undefined when it fits (or the date is too vague). */
  readonly judge: (date: SpeechDate) => FindingSeverity | undefined;
  /** Text right before the phrase that makes it a look back (fine: reported as info). */
  readonly lookBackBefore?: RegExp;
  /** Text right after the phrase that makes it a look back. */
  readonly lookBackAfter?: RegExp;
  /** Why the phrase does not fit, in Chinese, and what to write instead. */
  readonly reason: (date: SpeechDate) => string;
}

/** A plan period named as the past: 十三五时期, “十三五”以来, 十三五期间取得的成就. */
const PLAN_IN_PAST = /^”?(?:时期|期间|以来|末|规划(?:期|实施)|收官|圆满|胜利|取得|发展成就|的成就)/;
const REVIEWING = /(?:回顾|过去|总结|整个)“?$/;

/** The five-year plan in force in a year, as the composer names it (十四五, 十五五 …). */
export const planOf = (year: number): string => calendarOf(`${year}-01-01`).plan;
/** 开局之年 … 收官之年: the year's place in its plan. */
export const planYearOf = (year: number): string => calendarOf(`${year}-01-01`).planYear;
const fromMonth = (first: number, last: number) => (date: SpeechDate) =>
  date.month !== undefined && date.month >= first && date.month <= last ? "warning" : undefined;

export const DATED_PHRASES: readonly DatedPhrase[] = [
  {
    rule: "tifa.stale",
    pattern: /十三五/g,
    judge: (date) => (date.year >= 2021 ? "warning" : undefined),
    lookBackBefore: REVIEWING,
    lookBackAfter: PLAN_IN_PAST,
    reason: (date) =>
      `“十三五”(2016—2020年)已经结束,${date.year} 年处在“${planOf(date.year)}”时期:说当前规划请改为“${planOf(date.year)}”,回顾时写明“十三五时期”。`,
  },
  {
    rule: "tifa.stale",
    // 开局之年 is the plan-year rule's (tifa.ts), which knows every plan's first year.
    pattern: /十四五”?(?:开局(?!之年)|起步|起好步|开好局)/g,
    judge: (date) => (date.year >= 2022 ? "warning" : undefined),
    lookBackAfter: /^以来/,
    reason: (date) =>
      `“十四五”开局、起步是 2021 年的提法,${date.year} 年不宜再用:请按当年所处阶段改写。`,
  },
  {
    rule: "tifa.stale",
    pattern: /十四五(?!”?(?:规划)?的?(?:开局|起步|起好步|开好局|收官之年))/g,
    judge: (date) => (date.year >= 2026 ? "warning" : undefined),
    lookBackBefore: REVIEWING,
    lookBackAfter: PLAN_IN_PAST,
    reason: () =>
      "“十四五”(2021—2025年)已经结束,当前是“十五五”时期:说当前规划请改为“十五五”,回顾时写明“十四五时期”。",
  },
  {
    rule: "tifa.stale",
    pattern: /(?:决胜|确保|如期|夺取)全面建成小康社会|全面建成小康社会决胜/g,
    judge: (date) => (date.year >= 2021 ? "warning" : undefined),
    reason: () =>
      "全面建成小康社会已于 2020 年实现,不再是要争取的目标:请改为“全面建设社会主义现代化国家”等当前提法。",
  },
  {
    rule: "tifa.stale",
    pattern: /决战脱贫攻坚|决胜脱贫攻坚|脱贫攻坚决胜|脱贫攻坚决战|打赢脱贫攻坚战/g,
    judge: (date) => (date.year >= 2021 ? "warning" : undefined),
    lookBackAfter: /^(?:后|之后|以来|的成果)/,
    reason: () =>
      "脱贫攻坚战已于 2020 年底取得全面胜利:请改为“巩固拓展脱贫攻坚成果同乡村振兴有效衔接”等当前提法。",
  },
  {
    rule: "calendar.contradiction",
    pattern: /开门红/g,
    judge: fromMonth(4, 12),
    lookBackBefore: /(?:一季度|首季|实现了?|取得了?|夺取了)“?$/,
    reason: (date) =>
      `“开门红”说的是一季度,${date.month} 月的讲话里不宜再提:请改为当季的提法(如“双过半”“决战四季度”)。`,
  },
  {
    rule: "calendar.contradiction",
    pattern: /双过半/g,
    judge: (date) =>
      date.month !== undefined && (date.month <= 3 || date.month >= 7) ? "warning" : undefined,
    lookBackBefore: /(?:实现了|完成了|已经?实现|顺利实现|确保了)“?$/,
    reason: (date) =>
      (date.month ?? 0) <= 3
        ? `“双过半”是年中(二季度)的目标,${date.month} 月提为时尚早:请改为“开门红”“首季开门红”等。`
        : `“双过半”是上半年的目标,${date.month} 月已过年中:回顾时请写“实现了双过半”,部署时请改为当季提法(如“决战四季度”)。`,
  },
  {
    rule: "calendar.contradiction",
    pattern: /决战第?四季度/g,
    judge: fromMonth(1, 6),
    reason: (date) =>
      `${date.month} 月还在上半年,“决战四季度”为时过早:请改为当季的提法(如“双过半”)。`,
  },
  {
    rule: "calendar.contradiction",
    pattern: /春节刚过|刚刚过完春节|新春佳节刚过|新春伊始/g,
    judge: fromMonth(4, 12),
    reason: (date) => `${date.month} 月的讲话说“春节刚过”与时间不符:请删去或改为当时的时令。`,
  },
  {
    rule: "calendar.contradiction",
    pattern: /防汛/g,
    judge: (date) =>
      date.month !== undefined && (date.month === 12 || date.month <= 2) ? "info" : undefined,
    reason: (date) =>
      `${date.month} 月是冬季,提到“防汛”请确认是年度总结或提前部署,而不是其他季节旧稿的遗留。`,
  },
];
