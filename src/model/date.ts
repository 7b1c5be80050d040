const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years a draft's time phrases (开局之年, 十五五, seasons) are written for. */
export const DATE_YEARS = { min: 2000, max: 2099 } as const;

/** 2026-07-15, 2026-7-15, 2026/7/15, 2026.7.15, 2026年7月15日 (日 optional). */
const FULL_DATE = /^(\d{4})\s*(?:[-/.．／]|年)\s*(\d{1,2})\s*(?:[-/.．／]|月)\s*(\d{1,2})\s*日?$/;
/** 7月15日, 7-15: a date in the year of `today`. */
const MONTH_DAY = /^(\d{1,2})\s*(?:[-/.．／]|月)\s*(\d{1,2})\s*日?$/;

const pad = (n: number): string => String(n).padStart(2, "0");

export type ClerkDate =
  | { readonly ok: true; readonly iso: string }
  | { readonly ok: false; readonly why: "form" | "calendar" | "range" };

/**
 * A date as clerks type it, as YYYY-MM-DD: the forms above, full-width digits too; a month
 * and day alone fall in the year of `today`. Says why not when it cannot be read.
 */
export function readClerkDate(value: string, today: string): ClerkDate {
  const text = value
    .trim()
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const full = FULL_DATE.exec(text);
  const short = full ? undefined : MONTH_DAY.exec(text);
  const year = full ? Number(full[1]) : Number(today.slice(0, 4));
  const month = Number(full ? full[2] : short?.[1]);
  const day = Number(full ? full[3] : short?.[2]);
  if (!full && !short) return { ok: false, why: "form" };
  const iso = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  if (!parseIsoDate(iso)) return { ok: false, why: "calendar" };
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) return { ok: false, why: "range" };
  return { ok: true, iso };
}

/** Parses YYYY-MM-DD; undefined when it is not a real calendar date (2026-02-30). */
export function parseIsoDate(
  value: string,
): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return undefined;
  }
  return { year, month, day };
}
