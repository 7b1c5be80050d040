// Text safety shared by every writer: speech text arrives from clerks' answers, pasted web
// pages and old Word files, so it may hold characters no output format can carry.

// XML 1.0 §2.2 allows only #x9 #xA #xD, #x20–#xD7FF, #xE000–#xFFFD and #x10000–#x10FFFF.
// Lone surrogates are removed too (they are not characters); DEL and the C1 controls are
// valid XML but never meant in a speech and show as boxes, so they go with them.
const INVALID_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML (and so docx and html) cannot carry. */
export function stripInvalidChars(value: string): string {
  return value.replace(INVALID_CHARS, "");
}

const LINE_BREAK = /[ \t]*[\t\r\n\u2028\u2029]+[ \t]*/g;
const WIDE = /[^\u0000-\u2E7F]/u;

/**
 * Text for formats where a line break ends the paragraph (txt, markdown): invalid
 * characters removed and any line break or tab inside a run folded, so pasted text cannot
 * split a paragraph or start a heading in the middle of one. A break between two Chinese
 * characters is a wrap left over from a web page or PDF and joins them; elsewhere it
 * becomes one space (between Latin words); at either end of the run it is dropped.
 */
export function oneLine(value: string): string {
  return stripInvalidChars(value).replace(
    LINE_BREAK,
    (match: string, offset: number, whole: string) => {
      const before = whole[offset - 1];
      const after = whole[offset + match.length];
      if (before === undefined || after === undefined) return "";
      return WIDE.test(before) && WIDE.test(after) ? "" : " ";
    },
  );
}
