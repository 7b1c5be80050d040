// The `parse --outline --json` shape other tools read: keep it stable.
import { outlineOf, inlineText, type OutlineEntry, type Speech } from "../model/index.js";

export interface ParsedOutline {
  readonly file: string;
  readonly title: string;
  readonly speaker: string | null;
  readonly date: string | null;
  readonly outline: OutlineEntry[];
}

/** One speech's outline; headings cut off in a fragment (empty text) are left out. */
export function parsedOutline(speech: Speech, file: string): ParsedOutline {
  return {
    file,
    title: inlineText(speech.title),
    speaker: speech.speaker ?? null,
    date: speech.date ?? null,
    outline: outlineOf(speech).filter((entry) => entry.text !== ""),
  };
}
