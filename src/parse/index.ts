// text / .docx → Speech: normalise punctuation, drop site boilerplate, split several
// speeches, read each one's head and build its tree. See ../../../shared/DESIGN.md.
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { UserError } from "../errors.js";
import { inlineText, type Diagnostic, type Speech } from "../model/index.js";
import { buildSpeech } from "./build.js";
import { dropBoilerplate } from "./clean.js";
import { decodeText } from "./decode.js";
import { normalizeText } from "./normalize.js";
import { sourceLines } from "./source.js";
import { splitSpeeches } from "./split.js";
import { unwrapLines } from "./unwrap.js";

export { parsedOutline, type ParsedOutline } from "./outline.js";
// The marker grammar and source lines, for `check` to look at numbering the Speech does not keep.
export { headingMarkerAt, type HeadingMarker } from "./headings.js";
export { itemMarkers, type ItemMarker } from "./items.js";
export { numeralValue } from "./numerals.js";
export { normalizeText } from "./normalize.js";
export { sourceLines, type SourceLine } from "./source.js";

export interface ParseOptions {
  /** The source file name, carried into diagnostics. */
  readonly file?: string;
}

export interface ParseResult {
  readonly speeches: Speech[];
  readonly diagnostics: Diagnostic[];
}

const SPEECH_TITLE = /讲话|发言|致辞|讲稿/;

/** Whether what was read is a speech at all: a salutation, headings, or a speech's title over text. */
function isSpeech(speech: Speech): boolean {
  return (
    speech.salutation !== undefined ||
    speech.parts.length > 0 ||
    (SPEECH_TITLE.test(inlineText(speech.title)) && speech.opening.length > 0)
  );
}

/** Parses speech text (one or several speeches) into Speech trees. */
export function parseText(text: string, options: ParseOptions = {}): ParseResult {
  const where = options.file === undefined ? {} : { file: options.file };
  const diagnostics: Diagnostic[] = [];
  const { lines, dropped } = dropBoilerplate(unwrapLines(sourceLines(normalizeText(text))));
  if (dropped.length > 0) {
    diagnostics.push({
      severity: "info",
      message: `已删除 ${dropped.length} 行网页杂项(导航、下载提示、声明等),从第 ${dropped[0]?.line} 行起。`,
      ...where,
      ...(dropped[0] ? { line: dropped[0].line } : {}),
    });
  }
  const speeches: Speech[] = [];
  for (const chunk of splitSpeeches(lines)) {
    const { speech, midway, numberingGaps } = buildSpeech(chunk);
    if (!isSpeech(speech)) continue;
    for (const line of numberingGaps) {
      diagnostics.push({
        severity: "warning",
        message: "标题编号与前一个不连续(原文可能漏了一节或编错了号),另存时会按结构重新编号。",
        ...where,
        line,
      });
    }
    if (midway) {
      diagnostics.push({
        severity: "warning",
        message: "这篇讲话稿从中途开始(开头缺失),已按现有内容整理提纲。",
        ...where,
        ...(chunk.body[0] ? { line: chunk.body[0].line } : {}),
      });
    }
    speeches.push(speech);
  }
  if (speeches.length === 0) {
    diagnostics.push({
      severity: "error",
      message: "没有找到讲话稿:既没有“同志们:”这样的称呼,也没有“一、”“(一)”这样的标题。",
      ...where,
    });
  }
  return { speeches, diagnostics };
}

/** The text of a .docx file (paragraphs only; Word styles are not needed to find headings). */
async function docxText(buffer: Uint8Array, file = "docx"): Promise<string> {
  // mammoth loads only when a .docx is read, not with every command (cold start).
  const { default: mammoth } = await import("mammoth");
  try {
    return (await mammoth.extractRawText({ buffer: Buffer.from(buffer) })).value;
  } catch {
    throw new UserError(
      `无法读取 Word 文件:${file}。文件可能已损坏或不是 .docx;请在 Word/WPS 中打开后另存为 .docx 再试。`,
      {
        file,
      },
    );
  }
}

/** Parses a .docx file's text. */
export async function parseDocx(
  buffer: Uint8Array,
  options: ParseOptions = {},
): Promise<ParseResult> {
  return parseText(await docxText(buffer, options.file), options);
}

/**
 * The text of a .docx file, or of any other file read as text (.txt, .md …; a binary file
 * such as an old .doc is refused with a message). Every problem a user can fix is a UserError.
 */
export async function readSourceText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).isDirectory()) {
      throw new UserError(`这是一个文件夹:${path}。请给出讲话稿文件。`, { file: path });
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new UserError(`找不到文件:${path}。请检查路径和文件名。`, { file: path });
    throw new UserError(`无法读取文件 ${path}(${code ?? "未知原因"}):请检查权限。`, { file: path });
  }
  return textOfBytes(bytes, path);
}

/** A .docx is a zip file: PK\x03\x04. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The text of a file's bytes: a Word file (by its .docx name or its zip signature, so a
 * pasted or misnamed .docx works too) or UTF-8 text. `file` names it in messages.
 */
export async function textOfBytes(bytes: Uint8Array, file: string): Promise<string> {
  if (extname(file).toLowerCase() === ".docx" || isZip(bytes)) return docxText(bytes, file);
  return decodeText(bytes, file);
}

/** Reads and parses a speech file (see readSourceText). */
export async function parseFile(path: string): Promise<ParseResult> {
  return parseText(await readSourceText(path), { file: path });
}
