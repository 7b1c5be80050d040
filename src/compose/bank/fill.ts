// Filling the bank's {{slots}}: the only place handlebars lives. The bank is data, so it is
// filled logic-less; a clerk's answer is only ever a value, never template source.
import { createRequire } from "node:module";
import type Handlebars from "handlebars";
import { normalizeInlines, runsOf, type Inline } from "../../model/index.js";

let isolatedHandlebars: typeof Handlebars | undefined;

/**
 * An isolated handlebars with no helpers at all: the bank is data, not code. Created (and
 * the package loaded) only when an entry needs more than plain slots, which keeps ~40 ms
 * of module loading out of every cold start.
 */
function handlebars(): typeof Handlebars {
  if (isolatedHandlebars === undefined) {
    const env = (createRequire(import.meta.url)("handlebars") as typeof Handlebars).create();
    for (const name of Object.keys(env.helpers)) {
      if (name !== "helperMissing" && name !== "blockHelperMissing") env.unregisterHelper(name);
    }
    isolatedHandlebars = env;
  }
  return isolatedHandlebars;
}

export const PLAIN_SLOT = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Names handlebars reads as keywords or literals, not as slots. */
const HANDLEBARS_WORDS = new Set(["this", "else", "true", "false", "null", "undefined"]);

export function compileFill(text: string): (slots: Readonly<Record<string, string>>) => string {
  // Drawing fills thousands of entries a draft and handlebars' runtime dominated composing;
  // text with plain slots only is filled by replacement, with the same strictness (a
  // missing slot throws). Anything else handlebars would read differently goes to it.
  const rest = text.replace(PLAIN_SLOT, "");
  const names = [...text.matchAll(PLAIN_SLOT)].map((m) => m[1]!);
  if (!/[{}\\]/.test(rest) && !names.some((n) => HANDLEBARS_WORDS.has(n))) {
    return (slots) =>
      text.replace(PLAIN_SLOT, (_slot, name: string) => {
        const value = Object.hasOwn(slots, name) ? slots[name] : undefined;
        if (value === undefined) throw new Error(`"${name}" not defined in the slots of: ${text}`);
        return value;
      });
  }
  const template = handlebars().compile(text, {
    noEscape: true,
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: {},
  });
  return (slots) => template(slots);
}

/**
 * Fills a text of ours into inline runs: our own words are read for 〔待补：…〕 slots, the
 * values (a clerk's answers among them) are placed as the runs they are, never re-read, so
 * a 〔待补：x〕 or {{x}} typed by a clerk stays the text the clerk typed.
 */
export function compileRuns(
  text: string,
): (values: Readonly<Record<string, readonly Inline[]>>) => Inline[] {
  const pieces: (string | { readonly name: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(PLAIN_SLOT)) {
    pieces.push(text.slice(last, m.index), { name: m[1]! });
    last = m.index + m[0].length;
  }
  pieces.push(text.slice(last));
  const literal = pieces.map((p) => (typeof p === "string" ? runsOf(p) : p));
  return (values) =>
    normalizeInlines(
      literal.flatMap((p) => {
        if (Array.isArray(p)) return p;
        const { name } = p as { name: string };
        const value = Object.hasOwn(values, name) ? values[name] : undefined;
        if (value === undefined) throw new Error(`"${name}" not defined in the slots of: ${text}`);
        return value;
      }),
    );
}
