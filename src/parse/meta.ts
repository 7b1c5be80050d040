// The lines around the start of a speech: title (在…上的讲话, or a web page's title),
// speaker line, date line in parentheses, and the salutation (同志们：).
import { headingMarkerAt } from "./headings.js";

const SALUTATION_WORD = /同志们|各位|朋友们|女士们|先生们|代表们|委员们|老师们|同学们|乡亲们/;
const SALUTATION_MAX = 30;

/** 同志们： / 各位代表、同志们： on a line of its own. */
export function isSalutation(text: string): boolean {
  return text.length <= SALUTATION_MAX && text.endsWith("：") && SALUTATION_WORD.test(text);
}

/**
 * The salutation that opens a line glued to the first paragraph ("同志们：今天…"), as
 * web copies that lost their line breaks have it.
 */
export function leadingSalutation(text: string): string | undefined {
  const colon = text.indexOf("：");
  if (colon === -1 || colon >= SALUTATION_MAX) return undefined;
  const head = text.slice(0, colon + 1);
  return /[。，；！？]/.test(head) || !isSalutation(head) ? undefined : head;
}

/**
 * A speech title glued to the text after it, as pages that lost their line breaks have it:
 * "区委书记在…分析会上的讲话同志们：" or "在全区…会议上的主持讲话今天我们召开…". Only the
 * 在…上的…讲话 form counts, and not when 讲话 goes on as a word (讲话精神, 讲话要求).
 */
const GLUED_TITLE =
  /^[^。，；！？：“”]{0,24}在[^。，；！？：“”]{2,40}上的[^。，；！？：“”]{0,6}?(?:讲话|致辞|发言)(?![精要中时稿的和与、。，；！？：”）]|$)/;

/** The title at the start of a line that goes on into the speech, if there is one. */
export function leadingTitle(text: string): string | undefined {
  const title = GLUED_TITLE.exec(text)?.[0];
  return title !== undefined && title.length < text.length ? title : undefined;
}

const ARABIC_DATE = /^（?\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*）?$/;
const CHINESE_DATE =
  /^（?\s*([〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*）?$/;

/** The date as printed, without its parentheses, when the line is a date line. */
export function dateOfLine(text: string): string | undefined {
  return (ARABIC_DATE.exec(text) ?? CHINESE_DATE.exec(text))?.[1];
}

const SPEAKER_MAX = 30;
/** A speaker line holds names and posts only: Han characters, spaces, 、 and ·. */
// 〔待补:…〕 marks a name still to fill (jianggao drafts print it when the clerk gave none).
const SPEAKER_CHARS = /^[\p{Script=Han}A-Za-z \u00b7、〔〕:：]+$/u;
const TITLE_WORD = /讲话|发言|致辞|讲稿|会议|大会|报告|动员|座谈/;

export function isSpeakerLine(text: string): boolean {
  return text.length <= SPEAKER_MAX && SPEAKER_CHARS.test(text) && !TITLE_WORD.test(text);
}

const TITLE_MAX = 120;
const NOT_TITLE_END = /[。！；，、：]$/;

/** A line that can be a title: short, not a sentence, not a heading. */
export function isTitleLine(text: string): boolean {
  return (
    text.length <= TITLE_MAX &&
    !NOT_TITLE_END.test(text) &&
    !text.includes("。") &&
    !dateOfLine(text) &&
    headingMarkerAt(text, 0) === undefined
  );
}

/** A title line that says what it is (会议, 讲话 …), for files without a salutation. */
export function isNamedTitleLine(text: string): boolean {
  return isTitleLine(text) && TITLE_WORD.test(text);
}

/** "(第2/3页)", "（第2页）": a web page's pagination. */
const PAGE_MARK = /\s*[（(]?第?\s*\d+\s*(?:[/／]\s*\d+\s*)?页[）)]?$/;
/** A site's word glued after 讲话 (范文, 全文 …); 讲话稿 keeps its 稿. */
const SPEECH_WORD_TAIL = /(讲话|发言|致辞)([^稿]{1,4})$/u;

/** "【精选】" before a web title. */
const SITE_TAG = /^【[^】]{1,10}】\s*/;
/** "… 讲话_某某范文网", "… 讲话 - 某某文库": the site's name after a separator. */
const SITE_SUFFIX = /^(.+?(?:讲话|发言|致辞)稿?)\s*[-_|｜—–]+\s*[^-_|｜—–]{1,30}$/u;

/** The title without the web page's tags, pagination, site name or the site's word after 讲话. */
export function tidyTitle(text: string): string {
  const bare = text.replace(SITE_TAG, "").replace(PAGE_MARK, "").replace(SITE_SUFFIX, "$1");
  return bare.replace(SPEECH_WORD_TAIL, (_match, word: string, tail: string) =>
    /^[\p{Script=Han}（）()]+$/u.test(tail) ? word : `${word}${tail}`,
  );
}

export interface SpeechHead {
  readonly title?: string;
  readonly titleLine?: number;
  /** The main title when the speech's 在…上的讲话 line is a subtitle (——在…上的讲话). */
  readonly mainTitle?: string;
  readonly speaker?: string;
  readonly date?: string;
}

const SUBTITLE_DASH = /^(?:——|—|--|－－)\s*/;

/** A subtitle line "——在…上的讲话" (the dash removed), or undefined. */
export function subtitleOf(text: string): string | undefined {
  return SUBTITLE_DASH.test(text) ? text.replace(SUBTITLE_DASH, "") : undefined;
}
