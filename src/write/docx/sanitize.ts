// Text from a parser or a clerk's answers can hold characters XML 1.0 forbids (form feeds
// and other C0 controls from scraped pages, stray surrogates): one of them makes Word refuse
// the whole file. Escaping < > & " ' is the XML serialiser's job; this removes what no
// escaping can carry; the removal is shared with the text writers (../sanitize.ts).
import { stripInvalidChars } from "../sanitize.js";

/** Line breaks and tabs inside a paragraph's text are layout noise from the source. */
const INLINE_WHITESPACE = /\r\n|[\t\n\r]/g;

/** Text safe to write into one w:t of a paragraph. */
export function sanitizeText(value: string): string {
  return stripInvalidChars(value).replace(INLINE_WHITESPACE, " ");
}
