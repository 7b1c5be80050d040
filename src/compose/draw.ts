// Drawing sentences from the phrase bank: only entries whose tags fit the draft, each entry
// at most once per draft, leads followed by supports of the same aspect.
import type { SpeakerRole, UnitLevel } from "../questions/index.js";
import type { Calendar } from "./calendar.js";
import type { PhraseBank, PhraseEntry } from "./phrasebank.js";
import type { Random } from "./random.js";

/** What an entry's tags are matched against. */
export interface DrawContext {
  readonly type: string;
  readonly calendar: Calendar;
  readonly role: SpeakerRole;
  readonly level: UnitLevel;
}

/** True when every tag the entry has matches the draft (README: Tags). */
export function entryFits(entry: PhraseEntry, ctx: DrawContext): boolean {
  const { types, quarters, months, seasons, role, levels } = entry.tags;
  if (types && !types.includes(ctx.type)) return false;
  if (quarters && !quarters.includes(ctx.calendar.quarter)) return false;
  if (months && !months.includes(ctx.calendar.month)) return false;
  if (seasons && !seasons.includes(ctx.calendar.season)) return false;
  if (role && !(Array.isArray(role) ? role : [role]).includes(ctx.role)) return false;
  if (levels && !levels.includes(ctx.level)) return false;
  return true;
}

export interface DrawOptions {
  /** Prefer entries of this aspect, then entries without one; others only if `anyAspect`. */
  readonly aspect?: string;
  readonly anyAspect?: boolean;
  /** Only entries tagged for this meeting type (a safety meeting has no use for GDP talk). */
  readonly ownType?: boolean;
  /** Prefer entries whose aspect is not among these (leads of one topic say different things). */
  readonly avoidAspects?: readonly string[];
  /** Extra slot values for this draw ({{topic}}). */
  readonly slots?: Readonly<Record<string, string>>;
}

export interface Drawn {
  readonly text: string;
  readonly entry: PhraseEntry;
}

export interface Drawer {
  /** One unused fitting entry of the category, filled; undefined when none is left. */
  draw(category: string, options?: DrawOptions): Drawn | undefined;
  /** How many unused fitting entries the category still has. */
  remaining(category: string, options?: DrawOptions): number;
  /** Marks a filled text as used (an outline the clerk approved), so it is not drawn again. */
  reserve(text: string): void;
}

/** Entries tagged for this meeting type are picked this much more often than general ones. */
const TYPE_WEIGHT = 2;

export function createDrawer(
  bank: PhraseBank,
  ctx: DrawContext,
  random: Random,
  slots: Readonly<Record<string, string>>,
): Drawer {
  const used = new Set<PhraseEntry>();
  const reservedTexts = new Set<string>();

  // Filling runs handlebars; candidates are checked against reserved texts on every draw,
  // so an entry's fill with the draft's own slots is kept.
  const filled = new Map<PhraseEntry, string>();
  const fill = (e: PhraseEntry, options: DrawOptions): string => {
    if (options.slots) return e.fill({ ...slots, ...options.slots });
    let value = filled.get(e);
    if (value === undefined) {
      value = e.fill(slots);
      filled.set(e, value);
    }
    return value;
  };

  const candidates = (category: string, options: DrawOptions): PhraseEntry[] => {
    let fitting = (bank.byCategory.get(category) ?? []).filter(
      (e) =>
        !used.has(e) &&
        entryFits(e, ctx) &&
        (reservedTexts.size === 0 || !reservedTexts.has(fill(e, options))),
    );
    if (options.ownType) fitting = fitting.filter((e) => e.tags.types !== undefined);
    if (options.avoidAspects && options.avoidAspects.length > 0) {
      const avoid = options.avoidAspects;
      const fresh = fitting.filter((e) => e.aspect === undefined || !avoid.includes(e.aspect));
      if (fresh.length > 0) return fresh;
    }
    if (options.aspect === undefined) return fitting;
    const same = fitting.filter((e) => e.aspect === options.aspect);
    if (same.length > 0) return same;
    const general = fitting.filter((e) => e.aspect === undefined);
    if (general.length > 0 || !options.anyAspect) return general;
    return fitting;
  };

  return {
    draw(category, options = {}) {
      const list = candidates(category, options);
      if (list.length === 0) return undefined;
      const weights = list.map((e) => (e.tags.types ? TYPE_WEIGHT : 1));
      let pick = random.next() * weights.reduce((a, b) => a + b, 0);
      let index = 0;
      while (index < list.length - 1 && pick >= weights[index]!) pick -= weights[index++]!;
      const entry = list[index]!;
      used.add(entry);
      return { entry, text: fill(entry, options) };
    },
    remaining(category, options = {}) {
      return candidates(category, options).length;
    },
    reserve(text) {
      reservedTexts.add(text);
    },
  };
}
