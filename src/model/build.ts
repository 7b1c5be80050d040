// Builders for composed speeches: the composer makes a Speech through these, never by
// writing text and parsing it back. Text written with 〔待补：…〕 markers (the bank's fact
// slots) becomes slot runs here; every other character stays text.
import { normalizeInlines, slot, text } from "./inline.js";
import type {
  Block,
  Inline,
  Item,
  ItemList,
  ItemStyle,
  Origin,
  Paragraph,
  Part,
  PartRole,
  SubPart,
} from "./speech.js";

const SLOT_MARK = /〔待补[：:]([^〕]{1,60})〕/g;

/** Text with 〔待补：…〕 markers as text and slot runs. */
export function runsOf(value: string): Inline[] {
  const runs: Inline[] = [];
  let last = 0;
  for (const m of value.matchAll(SLOT_MARK)) {
    runs.push(text(value.slice(last, m.index)), slot(m[1]!));
    last = m.index + m[0].length;
  }
  runs.push(text(value.slice(last)));
  return normalizeInlines(runs);
}

export function paragraphOf(content: readonly Inline[], origin?: Origin): Paragraph {
  return { kind: "paragraph", content: normalizeInlines(content), ...(origin ? { origin } : {}) };
}

export function itemOf(lead: readonly Inline[], body: readonly Inline[], origin?: Origin): Item {
  return {
    lead: normalizeInlines(lead),
    body: normalizeInlines(body),
    paragraphs: [],
    ...(origin ? { origin } : {}),
  };
}

/** A list whose items each start a paragraph (一是…。 …). */
export function itemListOf(style: ItemStyle, items: readonly Item[]): ItemList {
  return { kind: "items", style, runIn: false, intro: [], items };
}

export function subPartOf(heading: string, blocks: readonly Block[]): SubPart {
  return { heading: runsOf(heading), blocks };
}

export function partOf(
  heading: string,
  role: PartRole,
  blocks: readonly Block[],
  subParts: readonly SubPart[],
): Part {
  return { heading: runsOf(heading), role, blocks, subParts };
}
