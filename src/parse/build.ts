// Assembles one speech's body into the Speech tree: opening and announce line, parts
// (level 1) with their sub-parts (level 2) and item lists (level 3), closing paragraphs.
import type { Block, Paragraph, Part, PartNumbering, Speech, SubPart } from "../model/index.js";
import { elementsOf, numberingGaps, textLine, type Element } from "./elements.js";
import { paragraphOf, parseInlines } from "./inline.js";
import { itemize } from "./itemize.js";
import { itemMarkers } from "./items.js";
import type { SourceLine } from "./source.js";
import type { SpeechChunk } from "./split.js";

/** The announce line (下面，我讲三点意见。) is the last sentence before the first part. */
const ANNOUNCE_OPENING = /^(?:下面|接下来|下边|现在|借此机会|在这里|这里|最后)/;
const ANNOUNCE_VERB = /讲|谈|强调|提|说|交流|部署/;
/**
 * 讲三点意见, 以下几个方面, 强调两点, 从三个方面提要求, 交流三点想法: a speaking verb (or 以下)
 * before a count of points, or a count before the word for points.
 */
const ANNOUNCE_COUNT =
  /(?:讲|谈|提|强调|交流|说|从|就|以下)(?:一下)?(?:几|[一二三四五六七八九十两])(?:点|个方面|方面|个问题|句话|层意思|条)|以下(?:几个方面|几点|方面)|(?:几|[一二三四五六七八九十两])点(?:意见|要求|看法|体会|想法|希望|建议|认识)/;

function isAnnounce(sentence: string): boolean {
  return (
    (ANNOUNCE_OPENING.test(sentence) && ANNOUNCE_VERB.test(sentence)) ||
    ANNOUNCE_COUNT.test(sentence) ||
    sentence.endsWith("：")
  );
}
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
  if (!isAnnounce(announce)) return undefined;
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

/** A part with an empty heading lost its start (a fragment): it may begin inside a list. */
function toPart(draft: PartDraft): Part {
  const midwayStart = draft.heading === "";
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
    parts: parts.map(toPart),
    closing,
    meta: head.mainTitle === undefined ? {} : { description: head.mainTitle },
  };
  return { speech, midway, numberingGaps: numberingGaps(elements, midway) };
}
