// Step two of composing: the full text of an outline — the frame's paragraphs and each
// item's body — then fitted to the requested 字数 by switching optional moves and optional
// paragraphs on or off. Nothing is appended that does not belong where it stands.
import { countWordChars, runsOf, type Inline } from "../model/index.js";
import type { DraftContext } from "./context.js";
import type { FrameDrawer } from "./frame.js";
import {
  announceParagraph,
  closingParagraphs,
  introParagraphs,
  openingParagraphs,
  situationParagraphs,
  unknownPriorityParagraph,
  type FrameParagraph,
} from "./frame-text.js";
import { bodyOf, createLocalPicker, writeItem, type ItemText, type LocalPicker } from "./item.js";
import type { Outline, OutlineItem, OutlinePart } from "./outline.js";
import type { Random } from "./random.js";
import { createVoice, type Voice } from "./voice.js";

export interface DraftSubPart {
  readonly heading: string;
  readonly items: readonly ItemText[];
  /** A priority the bank has no points for. */
  readonly unknown?: FrameParagraph;
}

export interface DraftPart {
  readonly outline: OutlinePart;
  readonly paragraphs: readonly FrameParagraph[];
  readonly items: readonly ItemText[];
  readonly subParts: readonly DraftSubPart[];
  readonly unknown?: FrameParagraph;
}

export interface Draft {
  readonly opening: readonly FrameParagraph[];
  readonly announce: FrameParagraph;
  readonly parts: readonly DraftPart[];
  readonly closing: readonly FrameParagraph[];
}

/** 字数 of composed runs as countChars counts the Speech: a slot counts as nothing. */
export function charsOf(runs: readonly Inline[]): number {
  let n = 0;
  for (const r of runs) if (r.kind !== "slot") n += countWordChars(r.text);
  return n;
}

/** What the items of one draft share: the local values named so far, the phrases used. */
interface Shared {
  readonly picker: LocalPicker;
  readonly voice: Voice;
}

function itemsOf(
  ctx: DraftContext,
  items: readonly OutlineItem[],
  shared: Shared,
  random: Random,
): ItemText[] {
  return items.flatMap((item) => {
    const point = ctx.bank.points.get(item.point);
    const subtopic = point && ctx.bank.subtopics.get(point.subtopic);
    if (!point || !subtopic) return []; // a point of an edited outline that no longer exists
    const lead = Math.min(item.leadIndex, point.leads.length - 1);
    return [writeItem(point, lead, ctx, subtopic, shared.picker, shared.voice, random)];
  });
}

function partText(
  ctx: DraftContext,
  part: OutlinePart,
  drawer: FrameDrawer,
  shared: Shared,
  random: Random,
): DraftPart {
  switch (part.kind) {
    case "situation":
      return {
        outline: part,
        paragraphs: situationParagraphs(ctx, drawer, part.focus ?? "full"),
        items: [],
        subParts: [],
      };
    case "style":
      return {
        outline: part,
        paragraphs: introParagraphs(drawer, part.intro ?? "style.intro"),
        items: itemsOf(ctx, part.items, shared, random),
        subParts: [],
      };
    case "measures": {
      const unknown =
        part.priority !== undefined && part.items.length === 0
          ? { unknown: unknownPriorityParagraph(drawer, part.priority) }
          : {};
      return {
        outline: part,
        paragraphs: part.subParts.length > 0 ? introParagraphs(drawer, "measures.intro") : [],
        items: itemsOf(ctx, part.items, shared, random),
        subParts: part.subParts.map((sub) => ({
          heading: sub.heading,
          items: itemsOf(ctx, sub.items, shared, random),
          ...(sub.items.length === 0
            ? { unknown: unknownPriorityParagraph(drawer, sub.priority) }
            : {}),
        })),
        ...unknown,
      };
    }
    default: {
      const never: never = part.kind;
      throw new Error(`unknown part kind ${String(never)}`);
    }
  }
}

/** Every paragraph of the draft, in reading order. */
function frameParagraphs(draft: Draft): FrameParagraph[] {
  return [
    ...draft.opening,
    draft.announce,
    ...draft.parts.flatMap((p) => [
      ...p.paragraphs,
      ...(p.unknown ? [p.unknown] : []),
      ...p.subParts.flatMap((s) => (s.unknown ? [s.unknown] : [])),
    ]),
    ...draft.closing,
  ];
}

export function draftItems(draft: Draft): ItemText[] {
  return draft.parts.flatMap((p) => [...p.items, ...p.subParts.flatMap((s) => s.items)]);
}

/** 字数 of the draft as countChars will count the Speech (headings included). */
export function draftChars(draft: Draft): number {
  let n = 0;
  for (const p of frameParagraphs(draft)) if (p.on) n += charsOf(p.runs);
  for (const part of draft.parts) {
    n += charsOf(runsOf(part.outline.heading));
    for (const sub of part.subParts) n += charsOf(runsOf(sub.heading));
  }
  for (const item of draftItems(draft)) n += charsOf(item.leadRuns) + charsOf(bodyOf(item));
  return n;
}

/** An optional move or paragraph: switched on or off to fit the length. */
interface Switchable {
  readonly runs: readonly Inline[];
  readonly optional: boolean;
  on: boolean;
}

function switchesOf(draft: Draft): Switchable[] {
  const all: Switchable[] = [
    ...draftItems(draft).flatMap((i) => i.moves),
    ...frameParagraphs(draft),
  ];
  return all.filter((s) => s.optional);
}

/** Aim inside ±10% with room: close to the target, never past it by much. */
const AIM = 0.03;

/**
 * Fits the draft to the target: optional moves and paragraphs switched on while short,
 * off while long, in a seeded order so two seeds vary where the length goes.
 */
function fit(draft: Draft, target: number, random: Random): void {
  const switches = switchesOf(draft);
  const weight = new Map(switches.map((s) => [s, charsOf(s.runs)] as const));
  const charsOfSwitch = (s: Switchable): number => weight.get(s) ?? 0;
  let total = draftChars(draft);
  const order = (list: Switchable[]): Switchable[] =>
    list
      .map((s) => ({ s, k: random.next() }))
      .sort((a, b) => a.k - b.k)
      .map(({ s }) => s);
  for (const s of order(switches.filter((s) => !s.on))) {
    if (total >= target * (1 - AIM)) break;
    if (total + charsOfSwitch(s) > target * (1 + AIM)) continue;
    s.on = true;
    total += charsOfSwitch(s);
  }
  for (const s of order(switches.filter((s) => s.on))) {
    if (total <= target * (1 + AIM)) break;
    if (total - charsOfSwitch(s) < target * (1 - AIM)) continue;
    s.on = false;
    total -= charsOfSwitch(s);
  }
}

/** The full text of an outline, fitted to the requested 字数 as far as the outline allows. */
export function writeDraft(
  ctx: DraftContext,
  outline: Outline,
  drawer: FrameDrawer,
  random: Random,
): Draft {
  const shared: Shared = { picker: createLocalPicker(ctx), voice: createVoice() };
  const opening = openingParagraphs(ctx, drawer);
  const parts = outline.parts.map((part) => partText(ctx, part, drawer, shared, random));
  const draft: Draft = {
    opening,
    announce: announceParagraph(drawer, outline.parts.length),
    parts,
    closing: closingParagraphs(ctx, drawer),
  };
  fit(draft, ctx.target, random);
  return draft;
}
