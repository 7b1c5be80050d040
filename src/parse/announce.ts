// The announce line (下面，我讲三点意见。) that ends the opening: the sentence itself, the
// preview of the points some speakers add to it (…也是三句话：一是认清形势。二是抢抓机遇。),
// and the body that follows it in a speech without level-1 headings (…几点意见。第一，…).
import { chainFrom, itemMarkers, itemSegment, leadsFit, type ItemMarker } from "./items.js";

const ANNOUNCE_OPENING = /^(?:下面|接下来|下边|现在|借此机会|在这里|这里|最后)/;
const ANNOUNCE_VERB = /讲|谈|强调|提|说|交流|部署/;
/**
 * 讲三点意见, 以下几个方面, 强调两点, 从三个方面提要求, 交流三点想法: a speaking verb (or 以下)
 * before a count of points, or a count before the word for points.
 */
const ANNOUNCE_COUNT =
  /(?:讲|谈|提|强调|交流|说|从|就|以下)(?:一下)?(?:几|[一二三四五六七八九十两])(?:点|个方面|方面|个问题|句话|层意思|条)|以下(?:几个方面|几点|方面)|(?:几|[一二三四五六七八九十两])点(?:意见|要求|看法|体会|想法|希望|建议|认识)/;

/** Whether a sentence announces the points of the speech. */
export function isAnnounce(sentence: string): boolean {
  return (
    (ANNOUNCE_OPENING.test(sentence) && ANNOUNCE_VERB.test(sentence)) ||
    ANNOUNCE_COUNT.test(sentence) ||
    sentence.endsWith("：")
  );
}

/** A mid-paragraph announce must name the points, not just end in a colon. */
function namesPoints(sentence: string): boolean {
  return (
    (ANNOUNCE_OPENING.test(sentence) && ANNOUNCE_VERB.test(sentence)) ||
    ANNOUNCE_COUNT.test(sentence)
  );
}

const SENTENCE_MARKS = "。！？；";

/** An announce sentence is short; a longer "sentence" is never one (and is not scanned). */
const ANNOUNCE_MAX = 200;

/**
 * Where the sentence that ends at offset `end` (its last character at `end - 1`) starts,
 * or undefined when it is longer than an announce sentence can be. Scans back from the
 * end, so the cost is bounded whatever the paragraph's length.
 */
function announceStart(text: string, end: number): number | undefined {
  const floor = Math.max(0, end - 1 - ANNOUNCE_MAX);
  for (let i = end - 2; i >= floor; i--) if (SENTENCE_MARKS.includes(text[i] ?? "")) return i + 1;
  return floor === 0 ? 0 : undefined;
}

/** Whether the sentence ending at offset `end` (a colon: …我讲三点意见：) names the points. */
export function announcesPointsBefore(text: string, end: number): boolean {
  const start = announceStart(text, end);
  return start !== undefined && namesPoints(text.slice(start, end));
}

export interface AnnounceSplit {
  /** The paragraph's text before the announce sentence. */
  readonly rest: string;
  readonly announce: string;
  /** The points previewed after the announce sentence, each a short lead (一是认清形势。). */
  readonly preview: readonly { readonly marker: ItemMarker; readonly lead: string }[];
}

/** The most a previewed point runs to: a phrase, not an explanation. */
const PREVIEW_LEAD_MAX = 40;
/** A preview closes its paragraph: only markers this close to the end can start one. */
const PREVIEW_REACH = 400;

/** A list of short leads from `first` to the end of the paragraph, with nothing after them. */
function previewFrom(
  text: string,
  markers: readonly ItemMarker[],
  first: number,
): AnnounceSplit["preview"] | undefined {
  const chain = chainFrom(markers, first);
  if (chain.length < 2 || chain[0]?.number !== 1) return undefined;
  const items = chain.map((marker, k) =>
    itemSegment(text, marker, chain[k + 1]?.index ?? text.length),
  );
  const short = items.every(
    (item) => item.body === "" && item.lead.length > 0 && item.lead.length <= PREVIEW_LEAD_MAX,
  );
  return short ? items.map(({ marker, lead }) => ({ marker, lead })) : undefined;
}

/** Splits the announce sentence (and its preview, if any) off the end of a paragraph. */
export function splitAnnounce(text: string): AnnounceSplit | undefined {
  const markers = itemMarkers(text);
  for (let j = 0; j < markers.length; j++) {
    const marker = markers[j];
    if (!marker || marker.index === 0 || marker.number !== 1) continue;
    if (marker.index < text.length - PREVIEW_REACH) continue;
    const preview = previewFrom(text, markers, j);
    if (!preview) continue;
    const start = announceStart(text, marker.index);
    const announce = start === undefined ? "" : text.slice(start, marker.index).trim();
    if (start !== undefined && isAnnounce(announce))
      return { rest: text.slice(0, start).trim(), announce, preview };
  }
  const body = text.replace(/[。！？；]$/, "");
  const start = announceStart(body, body.length);
  if (start === undefined) return undefined;
  const announce = text.slice(start).trim();
  if (!isAnnounce(announce)) return undefined;
  return { rest: text.slice(0, start).trim(), announce, preview: [] };
}

export interface AnnouncedBody {
  /** The paragraph's text before the announce sentence, the sentence, and the body after it. */
  readonly rest: string;
  readonly announce: string;
  readonly body: string;
}

/**
 * In a speech without level-1 headings, the announce sentence followed by the first point
 * in the same paragraph: "…下面，我讲几点意见。第一，提高政治站位，…。" The first point is
 * numbered 1 and reads as a lead sentence.
 */
export function announcedBodyIn(text: string): AnnouncedBody | undefined {
  const markers = itemMarkers(text);
  for (let j = 0; j < markers.length; j++) {
    const marker = markers[j];
    if (!marker || marker.index === 0 || marker.number !== 1 || marker.after === "；") continue;
    if (!leadFits(text, marker)) continue;
    const start = announceStart(text, marker.index);
    if (start === undefined) continue;
    const announce = text.slice(start, marker.index).trim();
    if (!namesPoints(announce)) continue;
    return { rest: text.slice(0, start).trim(), announce, body: text.slice(marker.index) };
  }
  return undefined;
}

const LEAD_REACH = 120;

/** The lead after one marker reads as a lead sentence (looked at within its reach only). */
function leadFits(text: string, marker: ItemMarker): boolean {
  const window = text.slice(marker.index, marker.index + LEAD_REACH);
  return leadsFit(window, [{ ...marker, index: 0 }]);
}

/** Whether a paragraph opens with the first point of a list (一要… / 第一，… / 一是…). */
export function opensFirstPoint(text: string): boolean {
  const first = itemMarkers(text)[0];
  return first?.index === 0 && first.number === 1 && leadFits(text, first);
}
