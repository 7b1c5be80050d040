// The catalog-facing side of the questions: list types, their questions, validate answers
// against them, and name the output file.
import type { Answers, MeetingTypeInfo, Question, ValidateOptions } from "../questions/index.js";
import { validateAnswersFor } from "../questions/index.js";
import type { Catalog } from "./catalog.js";
import { getMeetingType } from "./catalog.js";

/** Every meeting type with its description and questions, in the catalog's order. */
export function listMeetingTypes(catalog: Catalog): MeetingTypeInfo[] {
  return catalog.types.map(
    ({ id, description, questions, speakerRole, meetingSuffix, agenda, otherTopics }) => ({
      id,
      description,
      questions,
      speakerRole,
      meetingSuffix,
      agenda,
      otherTopics,
    }),
  );
}

/** The questions of one meeting type: the common ones first, then its own. */
export function questionsFor(catalog: Catalog, typeId: string): readonly Question[] {
  return getMeetingType(catalog, typeId).questions;
}

/**
 * Raw answers (file, flags, form) → complete Answers with defaults filled. Throws a
 * UserError naming the field for an unknown type or key and for a bad value.
 */
export function validateAnswers(raw: unknown, catalog: Catalog, options: ValidateOptions): Answers {
  return validateAnswersFor(
    raw,
    (id) => catalog.types.find((t) => t.id === id),
    catalog.types.map((t) => t.id),
    options,
  );
}

/** Names Windows refuses for a file, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/**
 * Longest base name in UTF-8 bytes: file systems count bytes (ext4 allows 255), and a
 * Chinese character takes three, an emoji four; 150 leaves room for the date and extension.
 */
const MAX_NAME_BYTES = 150;

/**
 * Characters no file name should carry: separators and what Windows refuses, controls (C0,
 * C1), lone surrogates (Node would write U+FFFD instead, a name other than the one shown),
 * noncharacters and bidi controls that make a name read other than it is.
 */
const UNSAFE_IN_NAME =
  /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The longest prefix of `value`, whole code points, within `maxBytes` of UTF-8. */
function truncateUtf8(value: string, maxBytes: number): string {
  let bytes = 0;
  let out = "";
  for (const ch of value) {
    bytes += Buffer.byteLength(ch, "utf8");
    if (bytes > maxBytes) break;
    out += ch;
  }
  return out;
}

/**
 * 在全区经济工作会议上的讲话-2026-02-23.docx: from the meeting name and date, with path
 * separators, dot runs and characters file systems refuse taken out, and a sane length.
 */
export function defaultFileName(
  answers: Pick<Answers, "meetingName" | "date">,
  extension: string,
): string {
  const cleaned = answers.meetingName
    .replace(UNSAFE_IN_NAME, "")
    .replace(/\s+/g, "")
    .replace(/\.{2,}/g, ".")
    .replace(/^\.+/, "");
  let base = truncateUtf8(`在${cleaned || "会议"}上的讲话`, MAX_NAME_BYTES);
  if (RESERVED.test(base)) base = `讲话稿-${base}`;
  const ext = extension.startsWith(".") ? extension : `.${extension}`;
  return `${base}-${answers.date}${ext}`;
}
