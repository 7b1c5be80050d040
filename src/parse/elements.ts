// Lines → heading and text elements: which 一、/（一）/第一个问题 markers are headings (their
// numbers must run on, or the heading stands alone on a short line), headings that start
// mid-line after 。 or run straight into their first sub-heading, and the paragraph text
// a heading ran on into.
import { announcesPointsBefore } from "./announce.js";
import {
  AFTER_ANNOUNCE_COLON,
  headingMarkerAt,
  MID_LINE_HEADING,
  splitHeading,
  type HeadingMarker,
} from "./headings.js";
import type { SourceLine } from "./source.js";

export type Element =
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

/**
 * Offsets after `from` where a heading may start mid-line: after 。！？, or after the colon
 * of a sentence announcing the points (下面，我再强调三点意见：一、…).
 */
function midLineStarts(text: string, from: number): number[] {
  const starts: number[] = [];
  MID_LINE_HEADING.lastIndex = from;
  for (let match = MID_LINE_HEADING.exec(text); match; match = MID_LINE_HEADING.exec(text))
    starts.push(match.index + 1);
  AFTER_ANNOUNCE_COLON.lastIndex = from;
  for (
    let match = AFTER_ANNOUNCE_COLON.exec(text);
    match;
    match = AFTER_ANNOUNCE_COLON.exec(text)
  ) {
    if (announcesPointsBefore(text, match.index)) starts.push(match.index + 1);
  }
  return starts.sort((a, b) => a - b);
}

/** Offsets where accepted headings start in a line: at 0, or mid-line right after 。！？. */
function headingCuts(
  text: string,
  count: HeadingCount,
): { index: number; marker: HeadingMarker }[] {
  const cuts: { index: number; marker: HeadingMarker }[] = [];
  const cut = (index: number, marker: HeadingMarker): void => {
    count.take(marker);
    cuts.push({ index, marker });
    const glued = marker.level === 1 ? gluedFirstSubPart(text, index + marker.length) : undefined;
    if (glued) {
      count.take(glued.marker);
      cuts.push(glued);
    }
  };
  const atStart = headingMarkerAt(text, 0);
  if (atStart && count.accepts(atStart, isHeadingLine(text.slice(atStart.length)))) cut(0, atStart);
  for (const index of midLineStarts(text, cuts[cuts.length - 1]?.index ?? 0)) {
    const marker = headingMarkerAt(text, index);
    if (marker && index > (cuts[cuts.length - 1]?.index ?? -1) && count.accepts(marker))
      cut(index, marker);
  }
  return cuts;
}

/** Lines as headings and text, cutting headings that start mid-line or run on. */
export function elementsOf(lines: readonly SourceLine[], mayStartMidway: boolean): Element[] {
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
      if (body !== "") out.push({ kind: "text", text: body, line });
    });
  }
  return out.filter((element) => element.kind === "heading" || element.text !== "");
}

/** Lines of headings whose source number does not follow the one before (一、 then 三、). */
export function numberingGaps(elements: readonly Element[], midway: boolean): number[] {
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

export function textLine(element: Element): SourceLine {
  return { text: element.text, line: element.line };
}
