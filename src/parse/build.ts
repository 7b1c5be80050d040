// Assembles one speech's body into the Speech tree: opening and announce line, parts
// (level 1) with their sub-parts (level 2) and item lists (level 3), closing paragraphs.
import type {
  Block,
  ItemList,
  Paragraph,
  Part,
  PartNumbering,
  Speech,
  SubPart,
} from "../model/index.js";
import { announcedBodyIn, opensFirstPoint, splitAnnounce, type AnnounceSplit } from "./announce.js";
import { elementsOf, numberingGaps, textLine, type Element } from "./elements.js";
import { paragraphOf, parseInlines } from "./inline.js";
import { itemize } from "./itemize.js";
import { itemMarkers } from "./items.js";
import type { SourceLine } from "./source.js";
import type { SpeechChunk } from "./split.js";

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

/** The announce line as the Speech holds it: a paragraph, or a run-in list of its preview. */
function announceBlock(split: AnnounceSplit, line: number): Paragraph | ItemList {
  const first = split.preview[0];
  if (!first) return paragraphOf({ text: split.announce, line });
  return {
    kind: "items",
    style: first.marker.style,
    runIn: true,
    intro: parseInlines(split.announce),
    items: split.preview.map(({ lead }) => ({
      lead: parseInlines(lead),
      body: [],
      paragraphs: [],
      source: { line },
    })),
    source: { line },
  };
}

/**
 * A speech without level-1 headings whose points are items (…我讲几点意见。第一，… or an
 * announce paragraph, then 一要… on the next line): the text before the announce, the
 * announce, and where the points start (index of the element and the text it starts with).
 */
function announcedBody(
  elements: readonly Element[],
): { at: number; rest: string; announce: string; body: string } | undefined {
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (element?.kind !== "text") continue;
    const inline = announcedBodyIn(element.text);
    if (inline) return { at: i, ...inline };
    const next = elements[i + 1];
    const split =
      next?.kind === "text" && opensFirstPoint(next.text) ? splitAnnounce(element.text) : undefined;
    if (split && split.preview.length === 0) {
      return { at: i, rest: split.rest, announce: split.announce, body: "" };
    }
  }
  return undefined;
}

/** Builds a speech whose body is a list of points under its announce line, with no parts. */
function buildPointsOnly(
  chunk: SpeechChunk,
  elements: readonly Element[],
  found: NonNullable<ReturnType<typeof announcedBody>>,
): Speech {
  const line = elements[found.at]?.line ?? 0;
  const bodyEnd = closingStart(elements, found.at);
  const points = [
    ...(found.body === "" ? [] : [{ text: found.body, line }]),
    ...elements.slice(found.at + 1, bodyEnd).map(textLine),
  ];
  const opening = elements.slice(0, found.at).map(textLine);
  if (found.rest !== "") opening.push({ text: found.rest, line });
  return {
    ...headFields(chunk),
    opening: opening.map(paragraphOf),
    announceLine: paragraphOf({ text: found.announce, line }),
    partNumbering: "一、",
    parts: [toPart({ heading: "", texts: points, subParts: [] })],
    closing: elements.slice(bodyEnd).map((element) => paragraphOf(textLine(element))),
    meta: chunk.head.mainTitle === undefined ? {} : { description: chunk.head.mainTitle },
  };
}

/** Title, speaker, date and salutation of a speech, as its chunk read them. */
function headFields(chunk: SpeechChunk): Pick<Speech, "title" | "speaker" | "date" | "salutation"> {
  const { head } = chunk;
  return {
    title: parseInlines(head.title ?? ""),
    ...(head.speaker === undefined ? {} : { speaker: head.speaker }),
    ...(head.date === undefined ? {} : { date: head.date }),
    ...(chunk.salutation === undefined ? {} : { salutation: chunk.salutation }),
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
  const pointsOnly = firstHeading === -1 ? announcedBody(elements) : undefined;
  if (pointsOnly) {
    return {
      speech: buildPointsOnly(chunk, elements, pointsOnly),
      midway: false,
      numberingGaps: [],
    };
  }
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
  let announceLine: Paragraph | ItemList | undefined;
  const lastOpening = opening[opening.length - 1];
  const announce = lastOpening && parts.length > 0 ? splitAnnounce(lastOpening.text) : undefined;
  if (lastOpening && announce) {
    opening.pop();
    if (announce.rest !== "") opening.push({ text: announce.rest, line: lastOpening.line });
    announceLine = announceBlock(announce, lastOpening.line);
  }
  const closing: Block[] =
    firstHeading === -1
      ? []
      : elements.slice(bodyEnd).map((element) => paragraphOf(textLine(element)));

  const speech: Speech = {
    ...headFields(chunk),
    opening: opening.map(paragraphOf),
    ...(announceLine === undefined ? {} : { announceLine }),
    partNumbering: numbering ?? "一、",
    parts: parts.map(toPart),
    closing,
    meta: chunk.head.mainTitle === undefined ? {} : { description: chunk.head.mainTitle },
  };
  return { speech, midway, numberingGaps: numberingGaps(elements, midway) };
}
