// Step one of composing: the outline — part headings, sub-part headings and item lead
// sentences — sized for the requested length. It is a plain object the clerk may approve,
// reorder, edit or cut before the full text is written from it.
import type { PartNumbering, PartRole } from "../model/index.js";
import { itemMarker, partMarker, subPartMarker } from "../write/index.js";
import type { Answers } from "../questions/index.js";
import type { Catalog, PartKind, PartPlan } from "./catalog.js";
import { draftContext, slotValues, type DraftContext } from "./context.js";
import { createDrawer, type Drawer } from "./draw.js";
import { compileFill, STYLE_ASPECTS, type TopicInfo } from "./phrasebank.js";
import { seededRandom, shuffled, type Random } from "./random.js";
import { matchTopic, type TopicMatch } from "./topics.js";

/** Where an item's supporting sentences come from. */
export type ItemSource =
  | { readonly kind: "topic"; readonly topic: string; readonly aspect?: string }
  | { readonly kind: "generic"; readonly priority: string }
  | { readonly kind: "style"; readonly aspect: string }
  /** A type's own item set (types.<type>.<name>.lead / .support). */
  | { readonly kind: "own"; readonly category: string };

export interface OutlineItem {
  /** The lead sentence, ending in 。 */
  readonly lead: string;
  readonly source: ItemSource;
}

/** A work topic written as a (一) sub-part, or as a part of its own. */
export interface OutlineSubPart {
  readonly heading: string;
  /** The clerk's priority (or the type's default one) this sub-part writes about. */
  readonly priority?: string;
  readonly items: readonly OutlineItem[];
}

export interface OutlinePart {
  readonly kind: PartKind;
  readonly role: PartRole;
  readonly heading: string;
  /** situation parts: what they dwell on. */
  readonly focus: PartPlan["focus"];
  /** The category of the part's opening paragraph when the type has its own. */
  readonly intro?: string;
  /** Set when the whole part writes about one priority (measures laid out as parts). */
  readonly priority?: string;
  readonly subParts: readonly OutlineSubPart[];
  readonly items: readonly OutlineItem[];
}

export interface Outline {
  readonly type: string;
  readonly partNumbering: PartNumbering;
  readonly parts: readonly OutlinePart[];
}

/** Rough 字数 of an item in the full text: a lead and about two supports. */
const CHARS_PER_ITEM = 125;
/** Opening, announce line and closing together. */
const FRAME_CHARS = 420;
const HEADING_CHARS = 16;
/** More items than this under one topic reads as padding: add another topic instead. */
const MAX_ITEMS_PER_TOPIC = 3;
const MIN_TOPICS = 3;
/** A topic's list never runs past 六是, even when a thematic meeting has few topics. */
const ITEMS_PER_TOPIC_CEILING = 6;
/** A type's own item set (学习先进) is small and specific: it gets half a part's share. */
export const OWN_ITEMS_WEIGHT = 0.5;
/**
 * A priority the bank has no topic for is written with generic leads that each repeat its
 * name (做好…的宣传引导); past two of them the repetition shows.
 */
const GENERIC_ITEMS_MAX = 2;

/** How much of the body each kind of part gets; a 书记 dwells more on 作风, a 区长 on the work. */
export function partWeight(kind: PartKind, role: DraftContext["role"]): number {
  switch (kind) {
    case "situation":
      return 1;
    case "measures":
      return role === "党委" ? 2.4 : 2.8;
    case "style":
      return role === "党委" ? 1.1 : 0.8;
    default: {
      const never: never = kind;
      throw new Error(`unknown part kind ${String(never)}`);
    }
  }
}

/** The 字数 budget of each planned part. */
export function partBudgets(ctx: DraftContext): number[] {
  const plan = ctx.meetingType.parts;
  const weights = plan.map((p) => partWeight(p.kind, ctx.role) * (p.items ? OWN_ITEMS_WEIGHT : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (bodyBudget(ctx) * w) / total);
}

/** 字数 left for the parts once the opening, announce line and closing are written. */
export function bodyBudget(ctx: DraftContext): number {
  return Math.max(ctx.target - FRAME_CHARS, ctx.target * 0.6);
}

/** Fills our own heading text (type.yaml) with the slot values; never clerk text as source. */
function fillOwn(text: string, slots: Readonly<Record<string, string>>): string {
  return compileFill(text)(slots);
}

function pick<T>(items: readonly T[], random: Random): T | undefined {
  return items.length === 0 ? undefined : items[random.below(items.length)];
}

/** The topics to write about: the clerk's priorities in order, then the type's defaults. */
function topicsFor(
  answers: Answers,
  defaults: readonly string[],
  topics: readonly TopicInfo[],
  itemBudget: number,
  random: Random,
): TopicMatch[] {
  const chosen = answers.priorities.map((p) => matchTopic(p, topics));
  const taken = new Set(chosen.flatMap((m) => (m.kind === "topic" ? [m.topic.name] : [])));
  // The type's usual topics in a seeded order: another seed (换一稿) speaks of other work.
  for (const fallback of shuffled(defaults, random)) {
    const enough = chosen.length >= MIN_TOPICS || answers.priorities.length > 0;
    if (enough && itemBudget / Math.max(chosen.length, 1) <= MAX_ITEMS_PER_TOPIC) break;
    const match = matchTopic(fallback, topics);
    if (match.kind === "topic" && taken.has(match.topic.name)) continue;
    if (match.kind === "topic") taken.add(match.topic.name);
    chosen.push(match);
  }
  return chosen;
}

function measuresHeading(match: TopicMatch, drawer: Drawer): string | undefined {
  if (match.kind === "generic") {
    return drawer.draw("measures.generic.heading", { slots: { topic: match.priority } })?.text;
  }
  return drawer.draw(`measures.${match.topic.name}.heading`)?.text;
}

function measuresItems(match: TopicMatch, count: number, drawer: Drawer): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (let i = 0; i < count; i++) {
    if (match.kind === "generic") {
      const drawn = drawer.draw("measures.generic.lead", { slots: { topic: match.priority } });
      if (!drawn) break;
      items.push({ lead: drawn.text, source: { kind: "generic", priority: match.priority } });
    } else {
      const avoidAspects = items.flatMap((i) =>
        i.source.kind === "topic" && i.source.aspect ? [i.source.aspect] : [],
      );
      const drawn = drawer.draw(`measures.${match.topic.name}.lead`, { avoidAspects });
      if (!drawn) break;
      const aspect = drawn.entry.aspect;
      items.push({
        lead: drawn.text,
        source: { kind: "topic", topic: match.topic.name, ...(aspect ? { aspect } : {}) },
      });
    }
  }
  return items;
}

/** Items per topic: the budget spread evenly, at least two each. */
function spread(total: number, topics: number): number[] {
  const base = Math.floor(total / topics);
  // At least two each: a lone 一是 with no 二是 is not an enumeration (and reads back as
  // prose). At most six: past 六是 a list reads as padding; longer items fill the length.
  return Array.from({ length: topics }, (_, i) =>
    Math.min(ITEMS_PER_TOPIC_CEILING, Math.max(2, base + (i < total % topics ? 1 : 0))),
  );
}

function styleAspects(ctx: DraftContext, random: Random): string[] {
  const order = shuffled(STYLE_ASPECTS, random);
  // A 书记 always speaks of clean government; a government head of getting things done.
  const first = ctx.role === "党委" ? "廉洁" : "落实";
  return [first, ...order.filter((a) => a !== first)];
}

function planHeading(
  plan: PartPlan,
  fallback: string,
  drawer: Drawer,
  random: Random,
  slots: Record<string, string>,
): string {
  const own = pick(plan.headings, random);
  if (own !== undefined) return fillOwn(own, slots);
  return drawer.draw(fallback)?.text ?? "";
}

/** Builds the outline with the given drawer (shared with the full text, so nothing repeats). */
export function outlineWith(
  ctx: DraftContext,
  catalog: Catalog,
  drawer: Drawer,
  random: Random,
): Outline {
  const slots = slotValues(ctx, (value) => value);
  const budgets = partBudgets(ctx);
  const parts: OutlinePart[] = [];
  ctx.meetingType.parts.forEach((plan, index) => {
    const budget = budgets[index]!;
    const base = {
      kind: plan.kind,
      role: plan.role,
      focus: plan.focus,
      ...(plan.intro ? { intro: plan.intro } : {}),
    };
    switch (plan.kind) {
      case "situation":
        parts.push({
          ...base,
          heading: planHeading(plan, "situation.heading", drawer, random, slots),
          subParts: [],
          items: [],
        });
        break;
      case "style": {
        const count = Math.min(6, Math.max(2, Math.round((budget - 60) / (CHARS_PER_ITEM - 20))));
        const items: OutlineItem[] = [];
        const own = plan.items;
        if (own) {
          for (let i = 0; i < count; i++) {
            const drawn = drawer.draw(`${own}.lead`);
            if (drawn) items.push({ lead: drawn.text, source: { kind: "own", category: own } });
          }
        }
        for (const aspect of own ? [] : styleAspects(ctx, random)) {
          if (items.length >= count) break;
          const drawn = drawer.draw(`style.${aspect}.lead`);
          if (drawn) items.push({ lead: drawn.text, source: { kind: "style", aspect } });
        }
        parts.push({
          ...base,
          heading: planHeading(plan, "style.heading", drawer, random, slots),
          subParts: [],
          items,
        });
        break;
      }
      case "measures": {
        const itemBudget = Math.max(1, Math.round(budget / CHARS_PER_ITEM));
        const defaults = ctx.meetingType.defaultPriorities
          .filter((d) => !d.months || d.months.includes(ctx.calendar.month))
          .map((d) => d.topic)
          // A 书记 speaks of party building too; a government head keeps to the work.
          .concat(ctx.role === "党委" ? ["党建引领"] : []);
        const topics = topicsFor(ctx.answers, defaults, catalog.bank.topics, itemBudget, random);
        const usable = Math.max(
          1,
          Math.round((budget - topics.length * HEADING_CHARS - 60) / CHARS_PER_ITEM),
        );
        const counts = spread(usable, topics.length);
        const subParts: OutlineSubPart[] = topics.map((match, i) => ({
          heading: measuresHeading(match, drawer) ?? match.priority,
          priority: match.priority,
          items: measuresItems(
            match,
            match.kind === "generic" ? Math.min(counts[i]!, GENERIC_ITEMS_MAX) : counts[i]!,
            drawer,
          ),
        }));
        if (plan.layout === "parts") {
          for (const sub of subParts) {
            parts.push({
              ...base,
              heading: sub.heading,
              priority: sub.priority!,
              subParts: [],
              items: sub.items,
            });
          }
        } else {
          parts.push({
            ...base,
            heading: planHeading(plan, "measures.heading", drawer, random, slots),
            subParts,
            items: [],
          });
        }
        break;
      }
      default: {
        const never: never = plan.kind;
        throw new Error(`unknown part kind ${String(never)}`);
      }
    }
  });
  return { type: ctx.meetingType.id, partNumbering: ctx.meetingType.partNumbering, parts };
}

/** The drawing state a draft is composed with: one seeded stream, nothing drawn twice. */
export function draftDrawer(
  ctx: DraftContext,
  catalog: Catalog,
  purpose: string,
): { drawer: Drawer; random: Random } {
  const random = seededRandom(ctx.answers.seed, `${ctx.type}/${purpose}`);
  return {
    random,
    drawer: createDrawer(
      catalog.bank,
      ctx,
      random,
      slotValues(ctx, (value, label) => value || `〔待补:${label}〕`),
    ),
  };
}

/**
 * The outline of a draft: part headings, sub-part headings and item leads, sized for the
 * requested length. Same answers and seed → same outline.
 */
export function composeOutline(answers: Answers, catalog: Catalog): Outline {
  const ctx = draftContext(answers, catalog);
  const { drawer, random } = draftDrawer(ctx, catalog, "outline");
  return outlineWith(ctx, catalog, drawer, random);
}

/** The outline as numbered lines (numbers computed as the writers do), for a terminal. */
export function outlineToText(outline: Outline): string[] {
  const lines: string[] = [];
  const items = (list: readonly OutlineItem[], style: "一是" | "一要"): string[] =>
    list.map((item, k) => `    ${itemMarker(k, style)}${item.lead}`);
  outline.parts.forEach((part, i) => {
    lines.push(`${partMarker(i, outline.partNumbering)}${part.heading}`);
    lines.push(...items(part.items, itemStyleOf(part)));
    part.subParts.forEach((sub, j) => {
      lines.push(`  ${subPartMarker(j)}${sub.heading}`, ...items(sub.items, "一是"));
    });
  });
  return lines;
}

/** 作风 items read as 一要…二要…, work items as 一是…二是… */
export function itemStyleOf(part: Pick<OutlinePart, "kind">): "一是" | "一要" {
  return part.kind === "style" ? "一要" : "一是";
}
