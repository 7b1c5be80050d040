// The catalog-facing side of the questions: list types, their questions, validate answers
// against them, and name the output file.
import type { Answers, MeetingTypeInfo, Question, ValidateOptions } from "../questions/index.js";
import { validateAnswersFor } from "../questions/index.js";
import type { Catalog } from "./catalog.js";
import { getMeetingType } from "./catalog.js";

/** Every meeting type with its description and questions, in the catalog's order. */
export function listMeetingTypes(catalog: Catalog): MeetingTypeInfo[] {
  return catalog.types.map(({ id, description, questions, speakerRole, meetingSuffix }) => ({
    id,
    description,
    questions,
    speakerRole,
    meetingSuffix,
  }));
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
const MAX_NAME_CHARS = 80;

/**
 * 在全区经济工作会议上的讲话-2026-02-23.docx: from the meeting name and date, with path
 * separators and characters file systems refuse taken out, and a sane length.
 */
export function defaultFileName(
  answers: Pick<Answers, "meetingName" | "date">,
  extension: string,
): string {
  const cleaned = answers.meetingName
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "")
    .replace(/\s+/g, "")
    .replace(/^\.+/, "");
  let base = `在${cleaned || "会议"}上的讲话`;
  if ([...base].length > MAX_NAME_CHARS) base = [...base].slice(0, MAX_NAME_CHARS).join("");
  if (RESERVED.test(base)) base = `讲话稿-${base}`;
  const ext = extension.startsWith(".") ? extension : `.${extension}`;
  return `${base}-${answers.date}${ext}`;
}
