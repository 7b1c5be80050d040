// Drawing frame sentences (opening, 形势, closing) from the bank's categories: only entries
// whose tags fit the draft, each at most once per draft, those written for this meeting type
// preferred, and those naming local material only when the clerk gave it.
import { text, type Inline } from "../model/index.js";
import type { FrameEntry } from "./bank/index.js";
import { fits, PLAIN_SLOT } from "./bank/index.js";
import type { DraftContext } from "./context.js";
import { pickWeighted } from "./pick.js";
import type { Random } from "./random.js";

export interface FrameDrawn {
  readonly runs: Inline[];
  readonly category: string;
}

export interface FrameDrawer {
  /** One unused fitting entry of the category, filled; undefined when none is left. */
  draw(
    category: string,
    extra?: Readonly<Record<string, string>>,
    /** Entries preferred when some remain (a frame for one fact, not for several). */
    prefer?: (text: string) => boolean,
  ): FrameDrawn | undefined;
}

/** Entries written for this very meeting type read better than general ones. */
const OWN_TYPE_WEIGHT = 3;

/**
 * Clerk answers some entries need (the unit's slogan, the superior meeting, the honorees):
 * an entry naming one is drawn only when the clerk gave it.
 */
function needsMet(
  entry: FrameEntry,
  ctx: DraftContext,
  extra: Readonly<Record<string, string>>,
): boolean {
  for (const m of entry.text.matchAll(PLAIN_SLOT)) {
    const name = m[1]!;
    if (name === "slogan" && !ctx.answers.local.slogan) return false;
    if (name === "superiorMeeting" && !ctx.answers.superiorMeeting) return false;
    if (!(name in ctx.values) && !(name in extra)) return false;
  }
  return true;
}

export function createFrameDrawer(
  frame: ReadonlyMap<string, readonly FrameEntry[]>,
  ctx: DraftContext,
  random: Random,
): FrameDrawer {
  const used = new Set<FrameEntry>();
  return {
    draw(category, extra = {}, prefer) {
      const fitting = (frame.get(category) ?? []).filter(
        (e) => !used.has(e) && fits(e.tags, ctx) && needsMet(e, ctx, extra),
      );
      // What was written for this very meeting first: a 营商 meeting ends as one, not as
      // any meeting of its family.
      const own = fitting.filter((e) => e.tags.types?.length === 1);
      const typed = own.length > 0 ? own : fitting;
      const preferred = prefer ? typed.filter((e) => prefer(e.text)) : [];
      const entries = preferred.length > 0 ? preferred : typed;
      const entry = pickWeighted(
        entries,
        (e) =>
          ((e.tags.types ? OWN_TYPE_WEIGHT : 1) *
            // An entry that names what the clerk gave (honorees…) is the better one.
            (Object.keys(extra).some((k) => e.text.includes(`{{${k}}}`)) ? 4 : 1)) /
          (1 + e.factSlots),
        random,
      );
      if (!entry) return undefined;
      used.add(entry);
      const given = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, [text(v)]]));
      return { runs: entry.runs({ ...ctx.values, ...given }), category };
    },
  };
}
