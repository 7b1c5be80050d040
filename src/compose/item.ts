// One item from one point: a lead, then one wording of each move in order. Every sentence
// of the body is its own point's, so the body develops its lead. Optional moves carry a
// wording chosen up front and are switched on or off later to fit the length.
import { slot, text, type Inline, type MoveOrigin } from "../model/index.js";
import type { LocalKind, Move, Point, Subtopic, Wording } from "./bank/index.js";
import { fits } from "./bank/index.js";
import type { DraftContext } from "./context.js";
import { fittingValues, LOCAL_LABELS } from "./local.js";
import { inTurn, type Random } from "./random.js";
import type { Voice } from "./voice.js";

export interface MoveChoice {
  readonly role: string;
  readonly optional: boolean;
  readonly wording: number;
  readonly runs: readonly Inline[];
  /** Whether the move is written: always for a required one. */
  on: boolean;
}

export interface ItemText {
  readonly point: Point;
  readonly lead: number;
  readonly leadRuns: readonly Inline[];
  readonly moves: readonly MoveChoice[];
}

/** Local values handed out across a draft, so two items name different enterprises. */
export interface LocalPicker {
  next(kind: LocalKind, subtopic: Pick<Subtopic, "local">): string | undefined;
  has(kind: LocalKind, subtopic: Pick<Subtopic, "local">): boolean;
}

/**
 * How often one value may be named in a draft: a place or an enterprise named in every
 * other item reads as filler, and the unit's slogan is quoted once.
 */
const USES: Partial<Record<LocalKind, number>> = { slogan: 1 };
const USES_PER_VALUE = 2;

export function createLocalPicker(ctx: DraftContext): LocalPicker {
  const uses = new Map<string, number>();
  const count = (kind: LocalKind, value: string): number => uses.get(`${kind}:${value}`) ?? 0;
  const open = (kind: LocalKind, subtopic: Pick<Subtopic, "local">): string[] =>
    fittingValues(ctx.local, kind, subtopic).filter(
      (v) => count(kind, v) < (USES[kind] ?? USES_PER_VALUE),
    );
  return {
    has: (kind, subtopic) => open(kind, subtopic).length > 0,
    next(kind, subtopic) {
      const values = fittingValues(ctx.local, kind, subtopic);
      if (values.length === 0) return undefined;
      // The least named value; past its share a value the clerk gave is still better than a
      // slot when no other wording was left (has() has already steered away from this).
      const value = [...values].sort((a, b) => count(kind, a) - count(kind, b))[0]!;
      uses.set(`${kind}:${value}`, count(kind, value) + 1);
      return value;
    },
  };
}

const fitting = (w: Wording, ctx: DraftContext): boolean => fits(w.tags, ctx);

/** Whether the point can be written in this draft: its tags fit and every required move has a wording. */
export function usable(point: Point, ctx: DraftContext): boolean {
  return (
    fits(point.tags, ctx) &&
    point.moves.every((m) => m.optional || m.wordings.some((w) => fitting(w, ctx)))
  );
}

/**
 * Which wordings of a move this draft may use, best first: those that follow the wording
 * before (after:), then, among them, the ones naming the clerk's own things when the clerk
 * gave them — a wording naming what the clerk did not give would leave a slot, so it is
 * kept only when nothing else is left.
 */
function candidates(
  move: Move,
  before: { optional: boolean; wording: number } | undefined,
  ctx: DraftContext,
  subtopic: Subtopic,
  picker: LocalPicker,
  voice: Voice,
): number[] {
  const indexes = move.wordings.map((_, i) => i).filter((i) => fitting(move.wordings[i]!, ctx));
  const linked = indexes.filter((i) => {
    const after = move.wordings[i]!.after;
    return !after || (before !== undefined && after.includes(before.wording));
  });
  const linkedOrAll = linked.length > 0 ? linked : indexes;
  const fresh = linkedOrAll.filter((i) => !voice.repeats(move.wordings[i]!.text));
  const pool = fresh.length > 0 ? fresh : linkedOrAll;
  const named = (i: number): boolean => move.wordings[i]!.local.length > 0;
  const fillable = (i: number): boolean =>
    move.wordings[i]!.local.every((kind) => picker.has(kind, subtopic));
  const local = pool.filter((i) => named(i) && fillable(i));
  if (local.length > 0) return local;
  const plain = pool.filter((i) => !named(i));
  return plain.length > 0 ? plain : pool;
}

/**
 * A move's wording: in turn with the seed, so 换一稿 words the same point another way; fact
 * slots weigh a wording down among equals, since each is work left for the clerk.
 */
function chooseWording(
  move: Move,
  place: string,
  before: { optional: boolean; wording: number } | undefined,
  ctx: DraftContext,
  subtopic: Subtopic,
  picker: LocalPicker,
  voice: Voice,
): number | undefined {
  const list = candidates(move, before, ctx, subtopic, picker, voice);
  const fewest = Math.min(...list.map((i) => move.wordings[i]!.factSlots));
  const light = list.filter((i) => move.wordings[i]!.factSlots <= fewest + 1);
  return inTurn(light, place, ctx.answers.seed);
}

function fillWording(
  w: Wording,
  ctx: DraftContext,
  subtopic: Subtopic,
  picker: LocalPicker,
): Inline[] {
  const local: Record<string, Inline[]> = {};
  for (const kind of w.local) {
    const value = picker.next(kind, subtopic);
    local[kind] ??= value === undefined ? [slot(LOCAL_LABELS[kind])] : [text(value)];
  }
  return w.runs({ ...ctx.values, ...local });
}

/** Writes one point as an item; optional moves start on with probability `optionalOn`. */
export function writeItem(
  point: Point,
  lead: number,
  ctx: DraftContext,
  subtopic: Subtopic,
  picker: LocalPicker,
  voice: Voice,
  random: Random,
  optionalOn = 0.5,
): ItemText {
  const moves: MoveChoice[] = [];
  let before: { optional: boolean; wording: number } | undefined;
  for (const [m, move] of point.moves.entries()) {
    const wording = chooseWording(move, `${point.id}#${m}`, before, ctx, subtopic, picker, voice);
    if (wording === undefined) continue; // an optional move with nothing fitting this draft
    const text = move.wordings[wording]!.text;
    // An optional move that could only repeat a turn of phrase is better left unsaid.
    if (move.optional && voice.repeats(text)) continue;
    voice.use(text);
    moves.push({
      role: move.role,
      optional: move.optional,
      wording,
      runs: fillWording(move.wordings[wording]!, ctx, subtopic, picker),
      on: !move.optional || random.next() < optionalOn,
    });
    before = { optional: move.optional, wording };
  }
  return { point, lead, leadRuns: point.leads[lead]!.runs(ctx.values), moves };
}

export const bodyOf = (item: ItemText): Inline[] =>
  item.moves.filter((m) => m.on).flatMap((m) => m.runs);

export const movesOf = (item: ItemText): MoveOrigin[] =>
  item.moves.filter((m) => m.on).map((m) => ({ role: m.role, wording: m.wording }));
