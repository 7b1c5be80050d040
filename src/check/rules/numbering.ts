// numbering.mixed / numbering.gap: the Speech keeps no numbers (the writers compute them),
// so a speech's own numbering is read from its source lines with the parser's marker
// grammar, section by section: 第一，…二是 mixes styles; 一是…三是 skips 二是; 一、…三、
// skips a part.
import { inlineText, type ItemStyle, type PartNumbering, type Speech } from "../../model/index.js";
import {
  headingMarkerAt,
  itemMarkers,
  type HeadingMarker,
  type ItemMarker,
  type SourceLine,
} from "../../parse/index.js";
import { itemMarker, partMarker, subPartMarker } from "../../model/index.js";
import type { Finding, RuleContext } from "../finding.js";
import { excerptAt } from "../text.js";

interface HeadingAt {
  readonly level: 1 | 2;
  readonly line: number;
  readonly heading: string;
}

function headingsOf(speech: Speech): HeadingAt[] {
  const out: HeadingAt[] = [];
  for (const part of speech.parts) {
    if (part.source && part.heading.length > 0)
      out.push({ level: 1, line: part.source.line, heading: inlineText(part.heading) });
    for (const sub of part.subParts)
      if (sub.source)
        out.push({ level: 2, line: sub.source.line, heading: inlineText(sub.heading) });
  }
  return out;
}

const HEADING_START = /[。！？]/g;

/** The marker in front of a heading's text on its source line (at the start or after 。！？). */
function markerOf(line: SourceLine, heading: HeadingAt): HeadingMarker | undefined {
  const starts = [0];
  HEADING_START.lastIndex = 0;
  for (let m = HEADING_START.exec(line.text); m; m = HEADING_START.exec(line.text))
    starts.push(m.index + 1);
  const opening = heading.heading.slice(0, 4);
  for (const index of starts) {
    const marker = headingMarkerAt(line.text, index);
    if (marker?.level === heading.level && line.text.startsWith(opening, index + marker.length))
      return marker;
  }
  return undefined;
}

const partLabel = (n: number, style: PartNumbering): string => partMarker(n - 1, style);
const subLabel = (n: number): string => subPartMarker(n - 1);

function headingFindings(speech: Speech, lines: readonly SourceLine[]): Finding[] {
  const byLine = new Map(lines.map((line) => [line.line, line]));
  const out: Finding[] = [];
  let part: { number: number; numbering: PartNumbering } | undefined;
  let subInPart = 0;
  let subOverall = 0;
  for (const heading of headingsOf(speech)) {
    const line = byLine.get(heading.line);
    const marker = line && markerOf(line, heading);
    if (!line || !marker) continue;
    const excerpt = excerptAt(line.text, 0, marker.length + 8);
    if (marker.level === 1) {
      if (part && marker.numbering !== part.numbering) {
        out.push({
          rule: "numbering.mixed",
          severity: "error",
          message: `一级标题编号混用了“${partLabel(part.number, part.numbering)}”和“${partLabel(marker.number, marker.numbering)}”两种写法,请统一。`,
          line: heading.line,
          excerpt,
        });
      } else if (part && marker.number !== part.number + 1) {
        out.push({
          rule: "numbering.gap",
          severity: "warning",
          message: `一级标题编号从“${partLabel(part.number, part.numbering)}”跳到“${partLabel(marker.number, marker.numbering)}”,请检查是否漏了一部分或编错了号。`,
          line: heading.line,
          excerpt,
        });
      }
      part = { number: marker.number, numbering: marker.numbering };
      subInPart = 0;
      continue;
    }
    const follows =
      marker.number === subInPart + 1 || (subInPart === 0 && marker.number === subOverall + 1);
    if (!follows && (subInPart > 0 || marker.number !== 1)) {
      out.push({
        rule: "numbering.gap",
        severity: "warning",
        message:
          subInPart === 0
            ? `这一部分的二级标题从“${subLabel(marker.number)}”开始,请检查编号。`
            : `二级标题编号从“${subLabel(subInPart)}”跳到“${subLabel(marker.number)}”,请检查是否漏了一条或编错了号。`,
        line: heading.line,
        excerpt,
      });
    }
    subInPart = marker.number;
    subOverall = marker.number;
  }
  return out;
}

interface MarkerAt extends ItemMarker {
  readonly line: SourceLine;
}

/** Chinese styles mix with each other, Arabic with Arabic: a switch between them is a nested list. */
const SCRIPT: Readonly<Record<ItemStyle, "han" | "arabic">> = {
  一是: "han",
  一要: "han",
  第一: "han",
  "1.": "arabic",
  "(1)": "arabic",
};

const itemLabel = (n: number, style: ItemStyle): string =>
  itemMarker(n - 1, style).replace(/[，。]$/, "");

/** Whether the marker text (二是) appears in the source between two markers: then nothing was skipped. */
function spelledBetween(
  lines: readonly SourceLine[],
  from: MarkerAt,
  to: MarkerAt,
  marker: string,
): boolean {
  const text = lines
    .filter((line) => line.line >= from.line.line && line.line <= to.line.line)
    .map((line) => line.text)
    .join("\n");
  const start = text.indexOf(from.line.text) + from.index + from.length;
  const end = text.lastIndexOf(to.line.text) + to.index;
  return text.slice(start, end).includes(marker);
}

/** Item numbering inside one section (the lines under one heading). */
function sectionFindings(section: readonly SourceLine[]): Finding[] {
  const markers: MarkerAt[] = section.flatMap((line) =>
    itemMarkers(line.text).map((marker) => ({ ...marker, line })),
  );
  const out: Finding[] = [];
  // The last marker of each open list, by style; `current` is the list last extended.
  const open = new Map<ItemStyle, MarkerAt>();
  let current: MarkerAt | undefined;
  const take = (marker: MarkerAt, replaces?: ItemStyle): void => {
    if (replaces !== undefined) open.delete(replaces);
    open.set(marker.style, marker);
    current = marker;
  };
  for (const marker of markers) {
    const excerpt = excerptAt(marker.line.text, marker.index, marker.length + 6);
    const where = { line: marker.line.line, excerpt };
    if (marker.number === 1) {
      take(marker);
      continue;
    }
    const same = open.get(marker.style);
    if (same && marker.number === same.number + 1) {
      take(marker);
      continue;
    }
    const missing = itemLabel(marker.number - 1, marker.style);
    if (
      same &&
      marker.number === same.number + 2 &&
      !spelledBetween(section, same, marker, missing)
    ) {
      out.push({
        rule: "numbering.gap",
        severity: "warning",
        message: `编号从“${itemLabel(same.number, same.style)}”跳到“${itemLabel(marker.number, marker.style)}”,少了“${missing}”:请补上或改号。`,
        ...where,
      });
      take(marker);
      continue;
    }
    const previous = current;
    if (
      previous &&
      previous.style !== marker.style &&
      SCRIPT[previous.style] === SCRIPT[marker.style] &&
      marker.number === previous.number + 1 &&
      !spelledBetween(section, previous, marker, itemLabel(marker.number, previous.style))
    ) {
      out.push({
        rule: "numbering.mixed",
        severity: "error",
        message: `同一组列举混用了编号:前面是“${itemLabel(previous.number, previous.style)}”,这里是“${itemLabel(marker.number, marker.style)}”。请统一写成“${itemLabel(marker.number, previous.style)}”或把前面改成“${itemLabel(previous.number, marker.style)}”。`,
        ...where,
      });
      take(marker, previous.style);
    }
  }
  return out;
}

/** The speech's lines cut at its headings: the opening, then the text under each heading. */
function sections(speech: Speech, lines: readonly SourceLine[]): SourceLine[][] {
  const cuts = new Set(headingsOf(speech).map((heading) => heading.line));
  const out: SourceLine[][] = [[]];
  for (const line of lines) {
    if (cuts.has(line.line)) out.push([]);
    out[out.length - 1]?.push(line);
  }
  return out;
}

export function checkNumbering(context: RuleContext): Finding[] {
  if (context.lines.length === 0) return [];
  return [
    ...headingFindings(context.speech, context.lines),
    ...sections(context.speech, context.lines).flatMap(sectionFindings),
  ];
}
