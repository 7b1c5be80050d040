// Text from a parser or a clerk's answers can hold characters XML 1.0 forbids (form feeds
// and other C0 controls from scraped pages, stray surrogates): one of them makes Word refuse
// the whole file. Escaping < > & " ' is the XML serialiser's job; this removes what no
// escaping can carry.

/** C0 controls except tab/newline/carriage return, lone surrogates, U+FFFE/U+FFFF. */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

/** Line breaks and tabs inside a paragraph's text are layout noise from the source. */
const INLINE_WHITESPACE = /\r\n|[\t\n\r]/g;

/** Text safe to write into one w:t of a paragraph. */
export function sanitizeText(value: string): string {
  return value.replace(XML_INVALID, "").replace(INLINE_WHITESPACE, " ");
}
