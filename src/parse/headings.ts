// Level-1 and level-2 headings: their markers (一、 / 第一个问题， / （一）), and where the
// heading text ends when the web copy runs it on into its paragraph without punctuation
// ("（二）抓好…，加快推进…建设当前，城区…": the heading ends before 当前).
import type { PartNumbering } from "../model/index.js";
import { NUMERAL, numeralValue } from "./numerals.js";

export type HeadingMarker =
  | {
      readonly level: 1;
      readonly number: number;
      readonly numbering: PartNumbering;
      readonly length: number;
    }
  | { readonly level: 2; readonly number: number; readonly length: number };

/** 一、 as printed; 一． and 一. as some web copies type it. */
const PART_MARKER = new RegExp(`(${NUMERAL}{1,3})[、．.](?!${NUMERAL})`, "y");
const QUESTION_MARKER = new RegExp(`第(${NUMERAL}{1,3})个问题[，、：]?`, "y");
const SUBPART_MARKER = new RegExp(`（(${NUMERAL}{1,3})）`, "y");

/** The heading marker starting exactly at `index`, if any. */
export function headingMarkerAt(text: string, index: number): HeadingMarker | undefined {
  for (const [pattern, make] of [
    [
      PART_MARKER,
      (n: number, length: number): HeadingMarker => ({
        level: 1,
        number: n,
        numbering: "一、",
        length,
      }),
    ],
    [
      QUESTION_MARKER,
      (n: number, length: number): HeadingMarker => ({
        level: 1,
        number: n,
        numbering: "第一个问题",
        length,
      }),
    ],
    [
      SUBPART_MARKER,
      (n: number, length: number): HeadingMarker => ({ level: 2, number: n, length }),
    ],
  ] as const) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    const n = match ? numeralValue(match[1] ?? "") : undefined;
    if (match && n !== undefined) return make(n, match[0].length);
  }
  return undefined;
}

/** Sentence ends after which a heading can start mid-line. */
export const MID_LINE_HEADING = new RegExp(
  `[。！？](?=（${NUMERAL}{1,3}）|${NUMERAL}{1,3}[、．.]|第${NUMERAL}{1,3}个问题)`,
  "g",
);

/** An announce line's colon, after which the first part can start: …我讲三点意见：一、… */
export const AFTER_ANNOUNCE_COLON = new RegExp(
  `：(?=（${NUMERAL}{1,3}）|${NUMERAL}{1,3}[、．.]|第${NUMERAL}{1,3}个问题)`,
  "g",
);

/** A heading is short; past this many characters without a sentence mark it has run on. */
const HEADING_MAX = 60;
/** A whole line without any sentence mark up to this length is all heading. */
const HEADING_LINE_MAX = 100;
/** The shortest clause a heading ends with (抓好固投指标). */
const CLAUSE_MIN = 4;
const HEADING_END = /[。！？；：]/;
const SENTENCE_MARK = /[。！？；]/;
/** Past this length a heading that ends in a sentence mark may still have run on. */
const RUN_ON_SUSPECT = 35;

/**
 * Words that open a new clause of body text, not a heading: time words (当前, 今年以来 …)
 * and subjects (我们, 各级各部门 …). A heading is an imperative or a theme, so these
 * mark where the paragraph begins.
 */
const BODY_OPENING =
  /当前|目前|今年|去年|明年|近年来|近年|近期|近来|[一两几多]年来|长期以来|这些年|实践证明|众所周知|大家知道|总的来看|总体来看|应当看到|应该看到|必须看到|上半年|下半年|前?[一二三四]季度|今天|截至|随着|从(?!严|而|事|中|来|源头|根本|实际)|我们|各(?!项|种|类|个|方|自|样|界|式|环节|领域|阶段|类型)|全区|全市|全县|全镇|全省|[0-9X]+月|\d{4}年/g;

export interface HeadingSplit {
  /** The heading text without its marker, trailing 。 or ； removed. */
  readonly heading: string;
  /** The paragraph text that ran on after the heading ("" when none). */
  readonly body: string;
}

function firstMatchFrom(pattern: RegExp, text: string, from: number, to: number): number {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match && match.index < to ? match.index : -1;
}

/** How close to its comma a clause-opening word must stand to end a heading early. */
const SHORT_OPENER = 6;

/**
 * A clause-opening word that ends the heading's first clause right before a comma
 * ("压实责任链条当前，部分…": 当前，): the paragraph began inside what looked like the
 * heading's first clause.
 */
function openerBeforeComma(text: string): number {
  const firstComma = text.indexOf("，");
  if (firstComma === -1) return -1;
  BODY_OPENING.lastIndex = CLAUSE_MIN;
  for (
    let match = BODY_OPENING.exec(text);
    match && match.index < firstComma;
    match = BODY_OPENING.exec(text)
  ) {
    if (firstComma - match.index <= SHORT_OPENER) return match.index;
  }
  return -1;
}

/** The clauses of a heading window, as [start, end) offsets, from `start` up to HEADING_MAX. */
function clausesFrom(window: string, start: number): [number, number][] {
  const clauses: [number, number][] = [];
  for (let from = start; from < HEADING_MAX;) {
    const comma = window.indexOf("，", from);
    clauses.push([from, comma === -1 ? window.length : comma]);
    if (comma === -1) break;
    from = comma + 1;
  }
  return clauses;
}

/**
 * A quoted term that opens the body's first clause (…确保完成各项任务“双过半”任务已经明确，):
 * the quote closes and the clause goes on. A quote inside a heading closes it or a clause
 * of it (实施“一号工程”，… / 做好“保”的文章), so it is no clue alone.
 */
function quoteOpeningBody(window: string, [start, end]: [number, number]): number {
  for (let open = window.indexOf("“", start + CLAUSE_MIN); open !== -1 && open < end;) {
    const close = window.indexOf("”", open);
    if (close === -1 || close >= end) return -1;
    if (end - close > 4 && end < window.length) return open;
    open = window.indexOf("“", close);
  }
  return -1;
}

/**
 * Where a heading that runs on without punctuation ends: at the first clause-opening word
 * or at a quoted term that opens the body, in the first clause that has one (…迅速打开政府
 * 工作新局面今年以来，…: before 今年以来). The scan starts in the second clause when the first
 * ends early with a comma.
 */
function runOnSplit(text: string): number {
  const window = text.slice(0, HEADING_MAX + 20);
  const early = openerBeforeComma(window);
  if (early !== -1) return early;
  const firstComma = window.indexOf("，");
  const clauses = clausesFrom(
    window,
    firstComma !== -1 && firstComma <= HEADING_MAX / 2 ? firstComma + 1 : 0,
  );
  for (const clause of clauses) {
    const [start, end] = clause;
    const from = start + CLAUSE_MIN;
    const word = from < end ? firstMatchFrom(BODY_OPENING, window, from, end) : -1;
    if (word !== -1) return word;
    const quote = quoteOpeningBody(window, clause);
    if (quote !== -1) return quote;
  }
  return -1;
}

function withoutTrailingStop(heading: string): string {
  return heading.replace(/[。；]+$/, "");
}

/** Splits the text after a heading marker into the heading and the paragraph that runs on. */
export function splitHeading(rest: string): HeadingSplit {
  // A line with no sentence mark at all is a heading of its own, however long; a colon
  // inside it belongs to it (形势：稳中有进), one at its end announces a paragraph.
  if (rest.length <= HEADING_LINE_MAX && !SENTENCE_MARK.test(rest) && !rest.endsWith("："))
    return { heading: rest, body: "" };
  const end = rest.slice(0, HEADING_MAX + 1).search(HEADING_END);
  if (end !== -1) {
    const mark = rest[end] ?? "";
    // A heading seldom ends in ： or runs this long: the paragraph ran on before the mark.
    const candidate = rest.slice(0, end);
    const split =
      mark === "：" || end > RUN_ON_SUSPECT ? runOnSplit(candidate) : openerBeforeComma(candidate);
    if (split !== -1) return { heading: rest.slice(0, split), body: rest.slice(split) };
    // ？ and ！ belong to the heading (怎么理解…？); 。 ； ： close it.
    const heading = mark === "？" || mark === "！" ? rest.slice(0, end + 1) : rest.slice(0, end);
    return { heading: withoutTrailingStop(heading), body: rest.slice(end + 1).trim() };
  }
  const split = runOnSplit(rest);
  if (split !== -1) return { heading: rest.slice(0, split), body: rest.slice(split) };
  // No clue where it ends: keep the first two clauses, or the first when they are too long.
  const clauses = rest.slice(0, HEADING_MAX + 1).split("，");
  const two = `${clauses[0] ?? ""}，${clauses[1] ?? ""}`;
  const heading = two.length <= HEADING_MAX ? two : (clauses[0] ?? "").slice(0, HEADING_MAX);
  return { heading, body: rest.slice(heading.length).replace(/^，/, "").trim() };
}
