// Step two of composing: the full text written from an outline — paragraphs, supporting
// sentences after each lead — grown sentence by sentence until the requested 字数.
import { countWordChars } from "../model/index.js";
import { countWord } from "../write/index.js";
import type { DraftContext } from "./context.js";
import type { Drawer, DrawOptions } from "./draw.js";
import { bodyBudget, OWN_ITEMS_WEIGHT, partWeight } from "./outline.js";
import type { ItemSource, Outline, OutlineItem, OutlinePart } from "./outline.js";
import type { TokenTable } from "./tokens.js";

export interface DraftItem {
  readonly lead: string;
  readonly supports: string[];
  readonly source: ItemSource;
}

export interface DraftSubPart {
  readonly heading: string;
  readonly items: DraftItem[];
}

export interface DraftPart {
  readonly outline: OutlinePart;
  /** The heading as a token (it may be the clerk's edit). */
  readonly heading: string;
  readonly paragraphs: string[];
  readonly items: DraftItem[];
  readonly subParts: DraftSubPart[];
  /** Sentences added to a situation part while growing, by category. */
  grown?: Map<string, number>;
}

/** The full text before it is laid out: every string may hold clerk tokens. */
export interface Draft {
  readonly opening: string[];
  announce: string;
  readonly parts: DraftPart[];
  readonly closing: string[];
}

/** Stop growing this close below the target: one more sentence would overshoot less than it helps. */
const TARGET_SLACK = 25;
/** Trim when the first pass is this far above the target. */
const OVERSHOOT = 1.04;

interface Writer {
  readonly ctx: DraftContext;
  readonly drawer: Drawer;
  readonly tokens: TokenTable;
  /** 字数 of each string already counted: growing recounts the whole draft per sentence. */
  readonly counted: Map<string, number>;
}

/** 字数 of a draft string as countChars will count it, memoised per string. */
function charsOf(w: Writer, value: string): number {
  let n = w.counted.get(value);
  if (n === undefined) {
    n = countWordChars(w.tokens.plain(value));
    w.counted.set(value, n);
  }
  return n;
}

function draw(w: Writer, category: string, options?: DrawOptions): string | undefined {
  return w.drawer.draw(category, options)?.text;
}

/** Situation sentences: the type's own when it has its own 形势 (see MeetingType.ownSituation). */
function drawSituation(w: Writer, category: string): string | undefined {
  return draw(w, category, { ownType: w.ctx.meetingType.ownSituation });
}

/** Clerk facts as one sentence run, each verbatim, separated by ；and closed by 。 */
function factsSentence(w: Writer, facts: readonly string[]): string {
  return facts
    .map((fact, i) => {
      const ends = /[。；！？]$/.test(fact);
      return w.tokens.clerk(fact, "") + (ends ? "" : i === facts.length - 1 ? "。" : "；");
    })
    .join("");
}

function factsParagraph(w: Writer, kind: "achievement" | "problem"): string {
  const facts = kind === "achievement" ? w.ctx.answers.achievements : w.ctx.answers.problems;
  if (facts.length > 0) {
    // The frame introduces the facts: its full stop becomes a colon before them.
    const frame = (draw(w, `situation.${kind}.frame`) ?? "").replace(/。$/, "：");
    return frame + factsSentence(w, facts);
  }
  // Facts not given become slots: never an invented number.
  const label =
    kind === "achievement" ? "主要指标完成情况和标志性成绩" : "当前存在的突出问题和短板";
  return (
    (draw(w, `situation.${kind}.generic`) ?? "").replace(/。$/, "：") + w.tokens.clerk("", label)
  );
}

/**
 * Where an item's next support comes from: the first follows its lead's aspect; later ones
 * may be any of the topic's supports (each stands after any lead, README), which keeps two
 * drafts of the same topics from sharing most of their sentences.
 */
function supportOptions(
  w: Writer,
  source: ItemSource,
  first: boolean,
): { category: string; options: DrawOptions } {
  switch (source.kind) {
    case "topic":
      return {
        category: `measures.${source.topic}.support`,
        options: { anyAspect: true, ...(first && source.aspect ? { aspect: source.aspect } : {}) },
      };
    case "generic":
      return {
        category: "measures.generic.support",
        options: { slots: { topic: w.tokens.clerk(source.priority, "工作重点") } },
      };
    case "style":
      return { category: `style.${source.aspect}.support`, options: { anyAspect: true } };
    case "own":
      return { category: `${source.category}.support`, options: {} };
    default: {
      const never: never = source;
      throw new Error(`unknown item source ${JSON.stringify(never)}`);
    }
  }
}

function addSupport(w: Writer, item: DraftItem): boolean {
  const { category, options } = supportOptions(w, item.source, item.supports.length === 0);
  const text = draw(w, category, options);
  if (text === undefined) return false;
  item.supports.push(text);
  return true;
}

const draftItem = (w: Writer, item: OutlineItem): DraftItem => ({
  // The lead's closing 。 is laid out after the token, where the parser looks for it.
  lead: w.tokens.outline(item.lead.replace(/[。！]+$/, "")),
  supports: [],
  source: item.source,
});

/** Which situation part takes the clerk's achievements and which the problems. */
function factHomes(outline: Outline): { achievements: number; problems: number } {
  const situation = outline.parts
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.kind === "situation");
  const home = (focus: "achievements" | "problems"): number =>
    (situation.find(({ p }) => p.focus === focus || p.focus === "full") ?? situation[0])?.i ?? -1;
  return { achievements: home("achievements"), problems: home("problems") };
}

/**
 * Sentences a situation part may add, with how many of each it bears before it reads as
 * padding, by what the part dwells on: a part on problems has no use for opportunities.
 * They join the paragraph before the closing 越是…越要 turn, three to a paragraph.
 */
const SITUATION_GROWTH: Readonly<
  Record<OutlinePart["focus"], readonly (readonly [string, number])[]>
> = {
  full: [
    ["situation.analysis", 4],
    ["situation.opportunity", 3],
  ],
  achievements: [
    ["situation.opportunity", 4],
    ["situation.analysis", 3],
  ],
  problems: [
    ["situation.analysis", 6],
    ["situation.resolve", 1],
  ],
};
const SENTENCES_PER_PARAGRAPH = 3;

function firstPass(w: Writer, outline: Outline): Draft {
  const homes = factHomes(outline);
  const parts = outline.parts.map((part, index): DraftPart => {
    const paragraphs: string[] = [];
    const push = (value: string | undefined): void => {
      if (value) paragraphs.push(value);
    };
    switch (part.kind) {
      case "situation":
        push(draw(w, part.intro ?? "situation.intro"));
        if (homes.achievements === index) push(factsParagraph(w, "achievement"));
        if (part.focus !== "problems") push(drawSituation(w, "situation.analysis"));
        if (homes.problems === index) push(factsParagraph(w, "problem"));
        if (part.focus !== "achievements") push(draw(w, "situation.resolve"));
        break;
      case "measures":
        if (part.subParts.length > 0) push(draw(w, part.intro ?? "measures.intro"));
        break;
      case "style":
        push(draw(w, part.intro ?? "style.intro"));
        break;
      default: {
        const never: never = part.kind;
        throw new Error(`unknown part kind ${String(never)}`);
      }
    }
    const items = part.items.map((i) => draftItem(w, i));
    const subParts = part.subParts.map((s) => ({
      heading: w.tokens.outline(s.heading),
      items: s.items.map((i) => draftItem(w, i)),
    }));
    for (const item of [...items, ...subParts.flatMap((s) => s.items)]) addSupport(w, item);
    return { outline: part, heading: w.tokens.outline(part.heading), paragraphs, items, subParts };
  });
  const opening = [
    draw(w, "opening.purpose"),
    draw(w, "opening.acknowledge"),
    w.ctx.meetingType.timeNodes ? draw(w, "timenode") : undefined,
  ].filter((p): p is string => p !== undefined);
  const closing = [
    draw(w, "closing.task"),
    w.ctx.meetingType.seasonWork ? draw(w, "season.work") : undefined,
    draw(w, "closing.rally"),
  ].filter((p): p is string => p !== undefined);
  const announce =
    draw(w, "announce", { slots: { count: countWord(outline.parts.length) } }) ??
    `下面，我讲${countWord(outline.parts.length)}点意见。`;
  return { opening, announce, parts, closing };
}

function partItems(part: DraftPart): DraftItem[] {
  return [...part.items, ...part.subParts.flatMap((s) => s.items)];
}

function partChars(w: Writer, part: DraftPart): number {
  const strings = [
    part.outline.heading,
    ...part.paragraphs,
    ...part.subParts.map((s) => s.heading),
    ...partItems(part).flatMap((i) => [i.lead, ...i.supports]),
  ];
  return strings.reduce((n, s) => n + charsOf(w, s), 0);
}

/** 字数 of the draft as countChars will count the Speech. */
export function draftChars(w: Writer, draft: Draft): number {
  const frame = [...draft.opening, draft.announce, ...draft.closing];
  return (
    frame.reduce((n, s) => n + charsOf(w, s), 0) +
    draft.parts.reduce((n, p) => n + partChars(w, p), 0)
  );
}

/**
 * Supports an item takes before the draft looks elsewhere for length: beyond this an item
 * reads long, and a draft that leans on few topics repeats itself from seed to seed.
 */
const SUPPORTS_PER_ITEM = 3;

/** One more sentence for the part; false when it has nothing left to say within `cap`. */
function growPart(w: Writer, part: DraftPart, cap: number): boolean {
  const items = partItems(part);
  // The item with the fewest supports first, so no item is left bare while another swells.
  const order = [...items].sort((a, b) => a.supports.length - b.supports.length);
  for (const item of order) if (item.supports.length < cap && addSupport(w, item)) return true;
  if (part.outline.kind === "situation") {
    const grown = (part.grown ??= new Map<string, number>());
    for (const [category, cap] of SITUATION_GROWTH[part.outline.focus]) {
      if ((grown.get(category) ?? 0) >= cap) continue;
      const text = drawSituation(w, category);
      if (!text) continue;
      grown.set(category, (grown.get(category) ?? 0) + 1);
      const added = [...grown.values()].reduce((a, b) => a + b, 0);
      const at = Math.max(part.paragraphs.length - 1, 1);
      if ((added - 1) % SENTENCES_PER_PARAGRAPH === 0) part.paragraphs.splice(at, 0, text);
      else part.paragraphs[at - 1] += text;
      return true;
    }
  }
  return false;
}

const ownItems = (p: DraftPart): boolean => p.items.some((i) => i.source.kind === "own");

/** Each part's share of the target; topics laid out as parts share the measures weight. */
function budgetsOf(w: Writer, draft: Draft): number[] {
  const measures = draft.parts.filter((p) => p.outline.kind === "measures").length || 1;
  const weights = draft.parts.map(
    (p) =>
      (partWeight(p.outline.kind, w.ctx.role) * (ownItems(p) ? OWN_ITEMS_WEIGHT : 1)) /
      (p.outline.kind === "measures" ? measures : 1),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((x) => (bodyBudget(w.ctx) * x) / total);
}

function grow(w: Writer, draft: Draft): void {
  const budgets = budgetsOf(w, draft);
  for (const cap of [SUPPORTS_PER_ITEM, Infinity]) {
    const exhausted = new Set<DraftPart>();
    // Only the part that grew changes, so each part's 字数 is recounted after its own growth.
    const partTotals = draft.parts.map((part) => partChars(w, part));
    let total = draftChars(w, draft);
    while (total < w.ctx.target - TARGET_SLACK) {
      let best = -1;
      let bestNeed = -Infinity;
      draft.parts.forEach((part, i) => {
        if (exhausted.has(part)) return;
        const need = (budgets[i]! - partTotals[i]!) / Math.max(budgets[i]!, 1);
        if (need > bestNeed) [best, bestNeed] = [i, need];
      });
      const part = draft.parts[best];
      if (!part) break;
      if (!growPart(w, part, cap)) exhausted.add(part);
      else {
        const grown = partChars(w, part);
        total += grown - partTotals[best]!;
        partTotals[best] = grown;
      }
    }
  }
  // Still short: the opening and closing can say a little more.
  for (const category of ["opening.significance", "closing.task"]) {
    while (draftChars(w, draft) < w.ctx.target - TARGET_SLACK) {
      const extra = draw(w, category);
      if (!extra) break;
      if (category === "closing.task") draft.closing.splice(draft.closing.length - 1, 0, extra);
      else draft.opening.splice(Math.min(1, draft.opening.length), 0, extra);
    }
  }
}

function trim(w: Writer, draft: Draft): void {
  const items = draft.parts.flatMap(partItems);
  while (draftChars(w, draft) > w.ctx.target) {
    const fullest = items.reduce<DraftItem | undefined>(
      (a, b) => (a === undefined || b.supports.length > a.supports.length ? b : a),
      undefined,
    );
    if (!fullest || fullest.supports.length === 0) {
      const situation = draft.parts.find(
        (p) => p.outline.kind === "situation" && p.paragraphs.length > 2,
      );
      if (!situation) return;
      situation.paragraphs.splice(situation.paragraphs.length - 2, 1);
      continue;
    }
    fullest.supports.pop();
  }
}

/** The full text of an outline, within ±10% of the requested 字数 when the bank allows. */
export function writeDraft(
  ctx: DraftContext,
  outline: Outline,
  drawer: Drawer,
  tokens: TokenTable,
): Draft {
  const w: Writer = { ctx, drawer, tokens, counted: new Map() };
  const draft = firstPass(w, outline);
  if (draftChars(w, draft) > ctx.target * OVERSHOOT) trim(w, draft);
  grow(w, draft);
  return draft;
}
