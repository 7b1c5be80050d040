// Step one of composing: the outline — part headings, sub-part headings and item leads —
// sized for the requested length. The measures part is the clerk's priorities, in the
// clerk's order and words; other topics come only where the meeting type (or the clerk)
// allows them. Each item is one point of the bank, and no point is used twice.
import type { PartNumbering, PartRole } from "../model/index.js";
import { itemMarker, partMarker, subPartMarker } from "../model/index.js";
import type { Answers } from "../questions/index.js";
import { compileFill, fits, type Point, type Subtopic } from "./bank/index.js";
import type { Catalog, PartKind, PartPlan } from "./catalog.js";
import { draftContext, type DraftContext } from "./context.js";
import { usable } from "./item.js";
import { resolvePriority, subtopicsOf, type Resolved } from "./priorities.js";
import { pickWeighted } from "./pick.js";
import { hash, seededRandom, shuffled, type Random } from "./random.js";

export interface OutlineItem {
  /** The lead sentence, ending in 。 */
  readonly lead: string;
  /** The point it writes (sub-topic.id) and which of its leads. */
  readonly point: string;
  readonly leadIndex: number;
}

/** One priority written as a (一) sub-part, or as a part of its own. */
export interface OutlineSubPart {
  readonly heading: string;
  /** The clerk's priority (or the type's default one) this sub-part writes about. */
  readonly priority: string;
  /** Items; empty for a priority the bank has no points for (written as slots). */
  readonly items: readonly OutlineItem[];
}

export interface OutlinePart {
  readonly kind: PartKind;
  readonly role: PartRole;
  readonly heading: string;
  /** situation parts: what they dwell on. */
  readonly focus?: "full" | "achievements" | "problems";
  /** style parts: the frame category of the first paragraph. */
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

/** The 字数 of the opening, announce line and closing, from the mean of what fits. */
function frameChars(ctx: DraftContext): number {
  const f = ctx.meetingType.family;
  const mean = (category: string): number => meanChars(ctx, category);
  return (
    mean("opening.purpose") +
    (ctx.answers.superiorMeeting ? mean("opening.superior") : 0) +
    ctx.answers.agenda.reduce((n, a) => n + mean(`opening.agenda.${a}`), 0) +
    (ctx.meetingType.timeNodes ? mean("opening.timenode") : 0) +
    mean("announce") +
    mean(`closing.task.${f}`) +
    mean("closing.season") +
    mean("closing.greeting") +
    mean(`closing.rally.${f}`)
  );
}

/** A sub-part's heading, or the paragraph of a priority the bank does not know. */
const HEADING_CHARS = 20;
const UNKNOWN_CHARS = 90;
/** Past 六是 a list reads as padding; length is then found in other priorities. */
const MAX_ITEMS = 6;
/** Two items make an enumeration; the first pass gives every priority that many. */
const FIRST_ITEMS = 2;
/** How far past its budget the measures are planned, for the fitting to trim back. */
const PLAN_MARGIN = 1.05;
/** A typical item's 字数, for deciding whether another fits before it is chosen. */
const ITEM_CHARS = 230;

/** How much of the body each kind of part gets; a 书记 dwells more on 作风, a 县长 on the work. */
export function partWeight(plan: PartPlan, role: DraftContext["role"], situations: number): number {
  switch (plan.kind) {
    case "situation":
      return situations > 1 ? 0.7 : 1;
    case "measures":
      return role === "党委" ? 2.4 : 2.8;
    case "style":
      return plan.role === "其他" ? 0.7 : role === "党委" ? 1.0 : 0.75;
    default: {
      const never: never = plan;
      throw new Error(`unknown part ${JSON.stringify(never)}`);
    }
  }
}

/** Mean 字数 of a frame category's fitting entries (0 when it has none). */
function meanChars(ctx: DraftContext, category: string): number {
  const entries = (ctx.bank.frame.get(category) ?? []).filter((e) => fits(e.tags, ctx));
  return entries.length === 0 ? 0 : entries.reduce((n, e) => n + e.chars, 0) / entries.length;
}

/**
 * What a 形势 part holds when every paragraph is written (or, with `optional` false, its
 * required paragraphs only): it argues in a fixed number of steps, so a long speech finds
 * its length in the measures, not in a longer 形势.
 */
export function situationChars(
  ctx: DraftContext,
  focus: "full" | "achievements" | "problems",
  optional = true,
): number {
  const f = ctx.meetingType.family;
  const mean = (name: string): number => meanChars(ctx, `situation.${f}.${name}`);
  const facts = (list: readonly string[]): number =>
    list.reduce((n, x) => n + [...x].length + 2, 0) || 20;
  const outlook = mean("outlook");
  // One outlook paragraph, or up to two on the risks (see situationParagraphs).
  const ahead = outlook > 0 ? outlook : mean("risk");
  const aheadExtra = outlook > 0 ? 0 : 1;
  const extra = optional ? 1 : 0;
  const first =
    mean("thesis") +
    mean("achievements") +
    facts(ctx.answers.achievements) +
    2 * extra * mean("basis");
  const second =
    mean("problems") +
    facts(ctx.answers.problems) +
    (1 + aheadExtra * extra) * ahead +
    mean("transition");
  return focus === "achievements" ? first : focus === "problems" ? second : first + second;
}

/** The most a 作风 part says: five items and its opening paragraph. */
const STYLE_MAX_ITEMS = 5;
const STYLE_ITEM_CHARS = 190;

/**
 * The 字数 budget of each planned part: shares by weight, the 形势 and 作风 parts capped at
 * what they can hold, the rest to the measures, which go as deep as the priorities allow.
 */
export function partBudgets(ctx: DraftContext): number[] {
  const plan = ctx.meetingType.parts;
  const situations = plan.filter((p) => p.kind === "situation").length;
  const weights = plan.map((p) => partWeight(p, ctx.role, situations));
  const total = weights.reduce((a, b) => a + b, 0);
  const body = Math.max(ctx.target - frameChars(ctx), ctx.target * 0.6);
  const shares = weights.map((w) => (body * w) / total);
  const capped = plan.map((p, i) => {
    switch (p.kind) {
      // Never below what the part writes at the least (its required paragraphs, two items).
      case "situation":
        return Math.max(
          Math.min(shares[i]!, situationChars(ctx, p.focus)),
          situationChars(ctx, p.focus, false),
        );
      case "style":
        return Math.max(
          Math.min(shares[i]!, 60 + STYLE_MAX_ITEMS * STYLE_ITEM_CHARS),
          60 + 2 * STYLE_ITEM_CHARS,
        );
      case "measures":
        return undefined;
      default: {
        const never: never = p;
        throw new Error(`unknown part ${JSON.stringify(never)}`);
      }
    }
  });
  const measures = plan.filter((p) => p.kind === "measures").length || 1;
  const left = body - capped.reduce<number>((n, c) => n + (c ?? 0), 0);
  return capped.map((c) => c ?? left / measures);
}

/** Mean 字数 of the fitting wordings of each move, optional moves at half. */
export function pointChars(point: Point, ctx: DraftContext): number {
  const mean = (values: readonly number[]): number =>
    values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
  const lead = mean(point.leads.map((l) => l.chars));
  return point.moves.reduce((n, move) => {
    const chars = mean(move.wordings.filter((w) => fits(w.tags, ctx)).map((w) => w.chars));
    return n + (move.optional ? chars * 0.5 : chars);
  }, lead);
}

/** What outlining a draft keeps track of: points taken, spice spent. */
interface Planner {
  readonly ctx: DraftContext;
  readonly random: Random;
  readonly used: Set<string>;
  readonly shapes: Map<string, number>;
  readonly headings: Set<string>;
}

/** How many of a pool's next points are weighed for their shape. */
const LOOK_AHEAD = 3;
/** 说理 and 叮嘱 items are strong spice: a couple a draft (DESIGN.md). */
const SPICE = new Set(["说理", "叮嘱"]);

function spiceLeft(p: Planner, point: Point): boolean {
  if (!SPICE.has(point.shape)) return true;
  const cap = 1 + Math.floor(p.ctx.target / 5000);
  return (p.shapes.get(point.shape) ?? 0) < cap;
}

/** The sub-topics' usable points in a seeded order, one sub-topic after another in turn. */
function poolOf(p: Planner, subtopics: readonly Subtopic[]): Point[] {
  const lists = shuffled(subtopics, p.random).map((s) =>
    shuffled(
      s.points.filter((pt) => usable(pt, p.ctx)),
      p.random,
    ),
  );
  const out: Point[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++)
    for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

/** The next point of a pool: unused, within the spice budget, of another shape than the last. */
function takePoint(p: Planner, pool: Point[], lastShape: string | undefined): Point | undefined {
  const open = pool.filter((pt) => !p.used.has(pt.id));
  const fresh = open.filter((pt) => spiceLeft(p, pt));
  const candidates = fresh.length > 0 ? fresh : open;
  const varied = candidates.filter((pt) => pt.shape !== lastShape);
  // Among the next few in the pool's order, the shape the draft has used least: a speaker
  // diagnoses, commits, argues and exhorts in turn, not in one mode throughout.
  const ahead = (varied.length > 0 ? varied : candidates).slice(0, LOOK_AHEAD);
  const used = (pt: Point): number => p.shapes.get(pt.shape) ?? 0;
  const point = ahead.reduce<Point | undefined>(
    (best, pt) => (best === undefined || used(pt) < used(best) ? pt : best),
    undefined,
  );
  if (!point) return undefined;
  p.used.add(point.id);
  p.shapes.set(point.shape, (p.shapes.get(point.shape) ?? 0) + 1);
  return point;
}

function itemOf(p: Planner, point: Point): OutlineItem {
  // In turn with the seed: 换一稿 leads the same point with another sentence.
  const leadIndex = (hash(point.id) + (p.ctx.answers.seed >>> 0)) % point.leads.length;
  return { lead: point.leads[leadIndex]!.fill(p.ctx.slots), point: point.id, leadIndex };
}

/**
 * A heading the clerk typed as a phrase (抓好农村改厕, 守牢安全底线，…) is kept as typed; a
 * short word (危化品) goes into one of the sub-topic's headings.
 */
function typedAsHeading(priority: string): boolean {
  return (
    [...priority].length >= 9 ||
    /[，、]/.test(priority) ||
    /^(?:抓好|抓实|抓紧|推进|推动|加强|加快|深化|坚持|着力|全力|聚焦|狠抓|扎实|持续|提升|打好|守牢|筑牢|强化|优化|做好|落实|坚决|全面|切实|大力|统筹|健全|完善|防范|严格|压实)/.test(
      priority,
    )
  );
}

function headingFor(p: Planner, resolved: Resolved): string {
  const { priority } = resolved;
  if (typedAsHeading(priority)) return priority;
  const stock =
    resolved.kind === "subtopic"
      ? resolved.subtopic.headings
      : resolved.kind === "topic"
        ? resolved.topic.headings
        : [];
  const filled = stock
    .map((h) => h.fill({ ...p.ctx.slots, priority }))
    .filter((h) => !p.headings.has(h));
  const heading =
    filled[p.random.below(Math.max(filled.length, 1))] ??
    `着力抓好${priority}${/工作$/.test(priority) ? "" : "工作"}`;
  p.headings.add(heading);
  return heading;
}

interface Growing {
  readonly resolved: Resolved;
  readonly pool: Point[];
  readonly items: OutlineItem[];
  lastShape?: string;
}

function grow(p: Planner, sub: Growing): number {
  const point = takePoint(p, sub.pool, sub.lastShape);
  if (!point) return 0;
  sub.items.push(itemOf(p, point));
  sub.lastShape = point.shape;
  return pointChars(point, p.ctx);
}

function startSub(p: Planner, resolved: Resolved, items: number): { sub: Growing; chars: number } {
  const sub: Growing = { resolved, pool: poolOf(p, subtopicsOf(resolved)), items: [] };
  let chars = HEADING_CHARS + (resolved.kind === "unknown" ? UNKNOWN_CHARS : 0);
  for (let i = 0; i < items; i++) chars += grow(p, sub);
  return { sub, chars };
}

/** The meeting's subject as the clerk named it (专项行动名称), when the bank knows it. */
function subjectOf(ctx: DraftContext): Resolved | undefined {
  const key = ctx.meetingType.subjectFrom;
  const value = key === undefined ? undefined : ctx.answers.extra[key];
  if (typeof value !== "string" || value === "") return undefined;
  const resolved = resolvePriority(value, ctx.bank);
  return resolved.kind === "unknown" ? undefined : resolved;
}

/**
 * The type's usual priorities for this month, in a seeded order (换一稿 speaks of other
 * work); for a meeting whose subject the clerk named, that subject's sub-topics.
 */
function defaultsFor(p: Planner, taken: readonly Resolved[]): Resolved[] {
  const { ctx, random } = p;
  const names = new Set(taken.flatMap((r) => subtopicsOf(r).map((s) => s.name)));
  const subject = subjectOf(ctx);
  if (subject) {
    return subtopicsOf(subject)
      .filter((s) => !names.has(s.name))
      .map((subtopic): Resolved => ({ kind: "subtopic", priority: subtopic.name, subtopic }));
  }
  return shuffled(
    ctx.meetingType.defaultPriorities.filter(
      (d) => !d.months || d.months.includes(ctx.calendar.month),
    ),
    random,
  )
    .map((d) => resolvePriority(d.name, ctx.bank))
    .filter((r) => r.kind !== "unknown" && !subtopicsOf(r).every((s) => names.has(s.name)));
}

/** The measures: the clerk's priorities first, deepened until the budget is spent. */
function measuresSubParts(p: Planner, budget: number): OutlineSubPart[] {
  const { ctx } = p;
  const typed = ctx.answers.priorities.map((priority) => resolvePriority(priority, ctx.bank));
  const allowOthers = ctx.answers.otherTopics ?? ctx.meetingType.otherTopics;
  const defaults = defaultsFor(p, typed);
  const subs: Growing[] = [];
  let chars = 0;
  const add = (resolved: Resolved, items: number): void => {
    const started = startSub(p, resolved, items);
    subs.push(started.sub);
    chars += started.chars;
  };
  // Many priorities in a short speech: one item each first (a sub-part of one paragraph, as
  // short speeches have), grown to two and more as the budget allows.
  const first = typed.length * FIRST_ITEMS * ITEM_CHARS > budget ? 1 : FIRST_ITEMS;
  for (const resolved of typed) add(resolved, first);
  // The type's usual priorities (with none typed, or where the clerk lets them fill the
  // length): three items each where the budget has room, so the outline is not cut into
  // many thin sub-parts; a new one only when at least two items fit.
  const addDefault = (): boolean => {
    const room = budget - chars;
    if (defaults.length === 0 || (subs.length > 0 && room < FIRST_ITEMS * ITEM_CHARS)) return false;
    add(defaults.shift()!, room >= (FIRST_ITEMS + 1) * ITEM_CHARS ? FIRST_ITEMS + 1 : FIRST_ITEMS);
    return true;
  };
  if (typed.length === 0) while (chars < budget - ITEM_CHARS && addDefault());
  while (chars < budget - ITEM_CHARS / 2) {
    const open = subs.filter(
      (s) => s.items.length < MAX_ITEMS && s.pool.some((pt) => !p.used.has(pt.id)),
    );
    if (open.length === 0) {
      if ((allowOthers || typed.length === 0) && addDefault()) continue;
      break;
    }
    // The thinner sub-parts grow first, but not in lockstep: a real outline has four items
    // under one priority and six under the next.
    const next = pickWeighted(open, (s) => 1 / (1 + s.items.length) ** 3, p.random) ?? open[0]!;
    chars += grow(p, next);
  }
  return subs
    .filter(
      (s) => s.items.length > 0 || s.resolved.kind === "unknown" || typed.includes(s.resolved),
    )
    .map((s) => ({
      heading: headingFor(p, s.resolved),
      priority: s.resolved.priority,
      items: s.items,
    }));
}

function styleItems(
  p: Planner,
  plan: Extract<PartPlan, { kind: "style" }>,
  budget: number,
): OutlineItem[] {
  const subtopics = plan.subtopics.flatMap((name) => p.ctx.bank.subtopics.get(name) ?? []);
  // The type's first style sub-topic leads (廉洁 for a discipline meeting); the rest in turn.
  const [first, ...rest] = subtopics;
  const ordered = first ? [first, ...shuffled(rest, p.random)] : [];
  const lists = ordered.map((s) =>
    shuffled(
      s.points.filter((pt) => usable(pt, p.ctx)),
      p.random,
    ),
  );
  const items: OutlineItem[] = [];
  let chars = 60;
  for (let round = 0; chars < budget && items.length < STYLE_MAX_ITEMS; round++) {
    let took = false;
    for (const list of lists) {
      if (chars >= budget || items.length >= STYLE_MAX_ITEMS) break;
      const point = list.find((pt) => !p.used.has(pt.id) && spiceLeft(p, pt));
      if (!point) continue;
      p.used.add(point.id);
      p.shapes.set(point.shape, (p.shapes.get(point.shape) ?? 0) + 1);
      items.push(itemOf(p, point));
      chars += pointChars(point, p.ctx);
      took = true;
    }
    if (!took) break;
  }
  return items.length >= 2 ? items : [];
}

function planHeading(p: Planner, plan: PartPlan): string {
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(p.ctx.answers.extra))
    extra[key] = Array.isArray(value) ? value.join("、") : String(value);
  const heading = plan.headings[p.random.below(plan.headings.length)]!;
  // Our own heading text, filled like every phrase of the bank; the type's answers are values.
  return compileFill(heading)({ ...p.ctx.slots, ...extra });
}

/** Builds the outline of a draft. */
export function outlineWith(ctx: DraftContext, random: Random): Outline {
  const p: Planner = { ctx, random, used: new Set(), shapes: new Map(), headings: new Set() };
  const budgets = partBudgets(ctx);
  const parts: OutlinePart[] = [];
  ctx.meetingType.parts.forEach((plan, index) => {
    const budget = budgets[index]!;
    switch (plan.kind) {
      case "situation":
        parts.push({
          kind: "situation",
          role: plan.role,
          focus: plan.focus,
          heading: planHeading(p, plan),
          subParts: [],
          items: [],
        });
        break;
      case "style":
        parts.push({
          kind: "style",
          role: plan.role,
          intro: plan.intro,
          heading: planHeading(p, plan),
          subParts: [],
          items: styleItems(p, plan, budget),
        });
        break;
      case "measures": {
        // A little over: the full text trims optional moves more finely than it can add them.
        const subParts = measuresSubParts(p, budget * PLAN_MARGIN);
        if (plan.layout === "parts") {
          for (const sub of subParts)
            parts.push({
              kind: "measures",
              role: plan.role,
              heading: sub.heading,
              priority: sub.priority,
              subParts: [],
              items: sub.items,
            });
        } else {
          parts.push({
            kind: "measures",
            role: plan.role,
            heading: planHeading(p, plan),
            subParts,
            items: [],
          });
        }
        break;
      }
      default: {
        const never: never = plan;
        throw new Error(`unknown part ${JSON.stringify(never)}`);
      }
    }
  });
  return { type: ctx.meetingType.id, partNumbering: ctx.meetingType.partNumbering, parts };
}

/**
 * The outline of a draft: part headings, sub-part headings and item leads, sized for the
 * requested length. Same answers and seed → same outline.
 */
export function composeOutline(answers: Answers, catalog: Catalog): Outline {
  const ctx = draftContext(answers, catalog);
  return outlineWith(ctx, seededRandom(answers.seed, `${ctx.type}/outline`));
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
