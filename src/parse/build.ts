// Assembles one speech's body into the Speech tree: opening and announce line, parts
// (level 1) with their sub-parts (level 2) and item lists (level 3), closing paragraphs.
import type { Block, Paragraph, Part, PartNumbering, Speech, SubPart } from "../model/index.js";
import { headingMarkerAt, MID_LINE_HEADING, splitHeading, type HeadingMarker } from "./headings.js";
import { paragraphOf, parseInlines } from "./inline.js";
import { itemize } from "./itemize.js";
import { itemMarkers } from "./items.js";
import type { SourceLine } from "./source.js";
import type { SpeechChunk } from "./split.js";

type Element =
  | {
      readonly kind: "heading";
      readonly marker: HeadingMarker;
      readonly text: string;
      readonly line: number;
    }
  | {
      readonly kind: "text";
      readonly text: string;
      readonly line: number;
      readonly afterHeading?: boolean;
    };

/** Which heading numbers may come next: a heading must continue the count (or start it). */
class HeadingCount {
  part = 0;
  subInPart = 0;
  subOverall = 0;
  constructor(private readonly mayStartMidway: boolean) {}

  /**
   * `ownLine`: the heading stands alone on a short line, so a number that skips ahead (a
   * part lost or misnumbered in the copy) is still a heading; inside prose it must follow on.
   */
  accepts(marker: HeadingMarker, ownLine = false): boolean {
    const midway = this.mayStartMidway && this.part === 0 && this.subOverall === 0;
    if (marker.level === 1) {
      return marker.number === this.part + 1 || ((midway || ownLine) && marker.number > this.part);
    }
    return (
      marker.number === 1 ||
      marker.number === this.subInPart + 1 ||
      marker.number === this.subOverall + 1 ||
      (ownLine && marker.number > this.subInPart) ||
      midway
    );
  }

  take(marker: HeadingMarker): void {
    if (marker.level === 1) {
      this.part = marker.number;
      this.subInPart = 0;
    } else {
      this.subInPart = marker.number;
      this.subOverall = marker.number;
    }
  }
}

/** The most a heading standing alone on its line runs to. */
const OWN_LINE_MAX = 40;

function isHeadingLine(rest: string): boolean {
  return rest.length > 0 && rest.length <= OWN_LINE_MAX && !/[。；：，]$|[。；]/.test(rest);
}

/**
 * A part heading run straight into its first sub-heading, with no mark between
 * ("二、突出重点，抓好二季度工作（一）紧盯项目…"): the （一） within the heading's reach.
 */
function gluedFirstSubPart(
  text: string,
  from: number,
): { index: number; marker: HeadingMarker } | undefined {
  const reach = text.slice(from, from + OWN_LINE_MAX + 20);
  const stop = reach.search(/[。！？；]/);
  const index = reach.indexOf("（一）");
  if (index <= 0 || (stop !== -1 && stop < index)) return undefined;
  const marker = headingMarkerAt(text, from + index);
  return marker?.level === 2 ? { index: from + index, marker } : undefined;
}

/** Offsets where accepted headings start in a line: at 0, or mid-line right after 。！？. */
function headingCuts(
  text: string,
  count: HeadingCount,
): { index: number; marker: HeadingMarker }[] {
  const cuts: { index: number; marker: HeadingMarker }[] = [];
  const atStart = headingMarkerAt(text, 0);
  if (atStart && count.accepts(atStart, isHeadingLine(text.slice(atStart.length)))) {
    count.take(atStart);
    cuts.push({ index: 0, marker: atStart });
    const glued = atStart.level === 1 ? gluedFirstSubPart(text, atStart.length) : undefined;
    if (glued) {
      count.take(glued.marker);
      cuts.push(glued);
    }
  }
  MID_LINE_HEADING.lastIndex = cuts[cuts.length - 1]?.index ?? 0;
  for (let match = MID_LINE_HEADING.exec(text); match; match = MID_LINE_HEADING.exec(text)) {
    const index = match.index + 1;
    const marker = headingMarkerAt(text, index);
    if (!marker || !count.accepts(marker)) continue;
    count.take(marker);
    cuts.push({ index, marker });
  }
  return cuts;
}

/** Lines as headings and text, cutting headings that start mid-line or run on. */
function elementsOf(lines: readonly SourceLine[], mayStartMidway: boolean): Element[] {
  const count = new HeadingCount(mayStartMidway);
  const out: Element[] = [];
  for (const { text, line } of lines) {
    const cuts = headingCuts(text, count);
    const first = cuts[0];
    if (!first || first.index > 0)
      out.push({ kind: "text", text: text.slice(0, first?.index ?? text.length).trim(), line });
    cuts.forEach((cut, k) => {
      const piece = text.slice(cut.index + cut.marker.length, cuts[k + 1]?.index ?? text.length);
      const { heading, body } = splitHeading(piece);
      out.push({ kind: "heading", marker: cut.marker, text: heading, line });
      if (body !== "") out.push({ kind: "text", text: body, line, afterHeading: true });
    });
  }
  return out.filter((element) => element.kind === "heading" || element.text !== "");
}

/** The announce line (下面，我讲三点意见。) is the last sentence before the first part. */
const ANNOUNCE =
  /^(?:下面|接下来|下边|现在|借此机会|在这里|这里|最后)|讲(?:几|[一二三四五六七八九十两])(?:点|个方面|方面|个问题|句话|层意思)|以下(?:几|[一二三四五六七八九十两])?(?:点|个方面|方面)|强调(?:几|[一二三四五六七八九十两])(?:点|个方面)|(?:几|[一二三四五六七八九十两])点(?:意见|要求|看法|体会)|：$/;
const SENTENCE_BREAK = /[。！？；]/g;

/** Splits the announce sentence off the end of the last opening paragraph. */
function splitAnnounce(last: SourceLine): { rest: string; announce: string } | undefined {
  const text = last.text;
  const body = text.replace(/[。！？；]$/, "");
  let start = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let match = SENTENCE_BREAK.exec(body); match; match = SENTENCE_BREAK.exec(body))
    start = match.index + 1;
  const announce = text.slice(start).trim();
  if (!ANNOUNCE.test(announce.replace(/[。！？；]$/, "")) && !announce.endsWith("："))
    return undefined;
  return { rest: text.slice(0, start).trim(), announce };
}

/** Paragraphs that begin the closing: an address to the audience, a summing-up, a rallying call. */
const CLOSING_CUE = /^(?:同志们|各位|最后|总之|总而言之|今天会后|会后|会议结束后|让我们)/;
const RALLY = /让我们.*[！!]$/;

function closingStart(elements: readonly Element[], afterHeading: number): number {
  // The closing comes after the last item too: an address to the audience between two
  // items (…二要…。同志们，…。三要…) is part of the body.
  let from = afterHeading + 1;
  for (let i = from; i < elements.length; i++) {
    const element = elements[i];
    if (element?.kind === "text" && itemMarkers(element.text)[0]?.index === 0) from = i + 1;
  }
  for (let i = from; i < elements.length; i++) {
    const element = elements[i];
    if (element?.kind === "text" && CLOSING_CUE.test(element.text)) return i;
  }
  const last = elements[elements.length - 1];
  if (last?.kind === "text" && elements.length - 1 > afterHeading + 1 && RALLY.test(last.text))
    return elements.length - 1;
  return elements.length;
}

interface PartDraft {
  readonly heading: string;
  readonly line?: number;
  readonly texts: SourceLine[];
  readonly subParts: { heading: string; line: number; texts: SourceLine[] }[];
}

function toPart(draft: PartDraft, midwayStart: boolean): Part {
  const subParts: SubPart[] = draft.subParts.map((sub) => ({
    heading: parseInlines(sub.heading),
    blocks: itemize(sub.texts),
    source: { line: sub.line },
  }));
  return {
    heading: parseInlines(draft.heading),
    blocks: itemize(draft.texts, midwayStart),
    subParts,
    ...(draft.line === undefined ? {} : { source: { line: draft.line } }),
  };
}

function textLine(element: Element): SourceLine {
  const afterHeading = element.kind === "text" && element.afterHeading === true;
  return { text: element.text, line: element.line, ...(afterHeading ? { afterHeading } : {}) };
}

/** Lines of headings whose source number does not follow the one before (一、 then 三、). */
function numberingGaps(elements: readonly Element[], midway: boolean): number[] {
  const gaps: number[] = [];
  let part: number | undefined;
  let sub = 0;
  for (const element of elements) {
    if (element.kind !== "heading") continue;
    const { marker } = element;
    if (marker.level === 1) {
      if (marker.number !== (part ?? (midway ? marker.number - 1 : 0)) + 1) gaps.push(element.line);
      part = marker.number;
      sub = 0;
    } else {
      if (marker.number !== sub + 1 && !(midway && part === undefined && sub === 0))
        gaps.push(element.line);
      sub = marker.number;
    }
  }
  return gaps;
}

export interface BuiltSpeech {
  readonly speech: Speech;
  /** The text starts in the middle of a speech (its beginning was cut off). */
  readonly midway: boolean;
  /** Lines of headings numbered out of sequence in the source (renumbered when written). */
  readonly numberingGaps: number[];
}

/** Builds one Speech from a chunk of cleaned lines. */
export function buildSpeech(chunk: SpeechChunk): BuiltSpeech {
  const elements = elementsOf(chunk.body, chunk.salutation === undefined);
  const firstHeading = elements.findIndex((element) => element.kind === "heading");
  const lastHeading = elements.findLastIndex((element) => element.kind === "heading");
  const first = elements[firstHeading];
  const midway =
    chunk.salutation === undefined &&
    first?.kind === "heading" &&
    (first.marker.level === 2 || first.marker.number > 1);
  const bodyEnd = firstHeading === -1 ? elements.length : closingStart(elements, lastHeading);
  const before = (
    firstHeading === -1 ? elements.slice(0, bodyEnd) : elements.slice(0, firstHeading)
  ).map(textLine);

  const parts: PartDraft[] = [];
  let numbering: PartNumbering | undefined;
  if (midway && before.length > 0) parts.push({ heading: "", texts: before, subParts: [] });
  for (const element of firstHeading === -1 ? [] : elements.slice(firstHeading, bodyEnd)) {
    if (element.kind === "heading" && element.marker.level === 1) {
      numbering ??= element.marker.numbering;
      parts.push({ heading: element.text, line: element.line, texts: [], subParts: [] });
      continue;
    }
    let part = parts[parts.length - 1];
    if (!part) {
      part = { heading: "", texts: [], subParts: [] };
      parts.push(part);
    }
    if (element.kind === "heading") {
      part.subParts.push({ heading: element.text, line: element.line, texts: [] });
      continue;
    }
    const sub = part.subParts[part.subParts.length - 1];
    (sub ? sub.texts : part.texts).push(textLine(element));
  }

  const opening = midway ? [] : before;
  let announceLine: Paragraph | undefined;
  const lastOpening = opening[opening.length - 1];
  const announce = lastOpening && parts.length > 0 ? splitAnnounce(lastOpening) : undefined;
  if (lastOpening && announce) {
    opening.pop();
    if (announce.rest !== "") opening.push({ text: announce.rest, line: lastOpening.line });
    announceLine = paragraphOf({ text: announce.announce, line: lastOpening.line });
  }
  const closing: Block[] =
    firstHeading === -1
      ? []
      : elements.slice(bodyEnd).map((element) => paragraphOf(textLine(element)));

  const { head } = chunk;
  const speech: Speech = {
    title: parseInlines(head.title ?? ""),
    ...(head.speaker === undefined ? {} : { speaker: head.speaker }),
    ...(head.date === undefined ? {} : { date: head.date }),
    ...(chunk.salutation === undefined ? {} : { salutation: chunk.salutation }),
    opening: opening.map(paragraphOf),
    ...(announceLine === undefined ? {} : { announceLine }),
    partNumbering: numbering ?? "一、",
    parts: parts.map((draft, k) => toPart(draft, midway && k === 0)),
    closing,
    meta: head.mainTitle === undefined ? {} : { description: head.mainTitle },
  };
  return { speech, midway, numberingGaps: numberingGaps(elements, midway) };
}
