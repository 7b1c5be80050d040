// Whether an entry's tags fit the draft: every tag it has must match (README: Tags).
import type { Calendar } from "../../model/index.js";
import type { SpeakerRole, UnitLevel } from "../../questions/index.js";
import type { Tags } from "./types.js";

/** What tags are matched against. */
export interface FitContext {
  readonly type: string;
  readonly calendar: Calendar;
  readonly role: SpeakerRole;
  readonly level: UnitLevel;
}

export function fits(tags: Tags, ctx: FitContext): boolean {
  const { types, quarters, months, seasons, role, levels } = tags;
  if (types && !types.includes(ctx.type)) return false;
  if (quarters && !quarters.includes(ctx.calendar.quarter)) return false;
  if (months && !months.includes(ctx.calendar.month)) return false;
  if (seasons && !seasons.includes(ctx.calendar.season)) return false;
  if (role && !(Array.isArray(role) ? role : [role]).includes(ctx.role)) return false;
  if (levels && !levels.includes(ctx.level)) return false;
  return true;
}
