// text / .docx → Speech: normalise punctuation, drop site boilerplate, split several
// speeches, read each one's head and build its tree. See ../../../shared/DESIGN.md.
import { stat } from "node:fs/promises";
import { UserError } from "../errors.js";
import { inlineText, type Diagnostic, type Speech } from "../model/index.js";
import { buildSpeech } from "./build.js";
import { dropBoilerplate } from "./clean.js";
import { markdownToText } from "./markdown-text.js";
import {
  contentOfBytes,
  formatOf,
  readArchiveFile,
  unreadableReason,
  type FileContent,
  type SpeechFormat,
} from "./read.js";
import { splitFlattenedLines } from "./flattened.js";
import { normalizeLine } from "./normalize.js";
import { joinPageChunks } from "./page-chunks.js";
import { splitSpeeches } from "./split.js";
import { unwrapLines } from "./unwrap.js";

export { parsedOutline, type ParsedOutline } from "./outline.js";
// The marker grammar and source lines, for `check` to look at numbering the Speech does not keep.
export { headingMarkerAt, type HeadingMarker } from "./headings.js";
export { itemMarkers, type ItemMarker } from "./items.js";
export { numeralValue } from "./numerals.js";
export { normalizeText } from "./normalize.js";
export { sourceLines, type SourceLine } from "./source.js";
export { markdownToText } from "./markdown-text.js";
export {
  contentOfBytes,
  formatOf,
  readArchiveFile,
  READ_LIMITS,
  SPEECH_FORMATS,
  unreadableReason,
  type FileContent,
  type ReadLimits,
  type SkipCode,
  type SpeechFormat,
  type TextEncodingName,
} from "./read.js";
export { walkArchive, type ArchiveEntry, type ArchiveFormat } from "./walk.js";
export { inspectDocxZip, DOCX_LIMITS, type ZipLimits } from "./zip-guard.js";

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
  const printed = splitFlattenedLines(text)
    .map(({ text: raw, line }) => ({ text: normalizeLine(raw), line }))
    .filter(({ text: normal }) => normal !== "");
  const { lines, dropped } = dropBoilerplate(joinPageChunks(unwrapLines(printed)));
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

/** The clerk-facing message for a file the reader refused, by what is wrong with it. */
function refusal(file: string, content: Extract<FileContent, { kind: "skipped" }>): UserError {
  switch (content.why) {
    case "empty":
      return new UserError(`文件是空的:${file}。请确认选对了文件,并且讲话稿已经保存进去。`, {
        file,
      });
    case "blank":
      return new UserError(`文件里只有空白:${file}。请确认讲话稿已经保存进去。`, { file });
    case "binary":
      return new UserError(
        `这不是文本文件:${file}。请提供 .txt/.md 纯文本或 .docx 文件;旧版 .doc、PDF 或图片请先在 Word/WPS 中另存为 .docx 或纯文本。`,
        { file },
      );
    case "encoding":
      return new UserError(
        `文件的编码无法识别:${file}。它既不是 UTF-8,也不是 GBK/GB18030;请在记事本或 WPS 中“另存为”,编码选 UTF-8 后再试。`,
        { file },
      );
    case "unreadable":
      return new UserError(
        content.reason === "文件或文件夹不存在"
          ? `找不到文件:${file}。请检查路径和文件名。`
          : `无法读取文件 ${file}:${content.reason}。`,
        { file },
      );
    case "too-large":
    case "long-line":
    case "zip":
      return new UserError(`无法读取 ${file}:${content.reason}。`, { file });
    default: {
      const never: never = content.why;
      throw new Error(`unknown refusal ${String(never)}`);
    }
  }
}

/** The text of content the reader took: a Word file's paragraphs, Markdown as plain text. */
async function textOfContent(
  content: FileContent,
  format: SpeechFormat,
  file: string,
): Promise<string> {
  switch (content.kind) {
    case "skipped":
      throw refusal(file, content);
    case "docx":
      return docxText(content.data, file);
    case "text":
      return format === "md" ? markdownToText(content.text) : content.text;
    default: {
      const never: never = content;
      throw new Error(`unknown content ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The text of a speech file: .txt (UTF-8, UTF-16 with BOM, or GB18030 as Notepad saves it),
 * .md or .docx (by name or by its zip signature), read by the same bounded reader mining
 * uses. A folder, a FIFO or a device is refused, never read. Every problem a user can fix is
 * a UserError.
 */
export async function readSourceText(path: string): Promise<string> {
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw refusal(path, {
      kind: "skipped",
      why: "unreadable",
      reason: unreadableReason(error),
      bytes: 0,
    });
  }
  if (stats.isDirectory())
    throw new UserError(`这是一个文件夹:${path}。请给出讲话稿文件。`, { file: path });
  if (!stats.isFile())
    throw new UserError(`这不是普通文件(设备或管道):${path}。请给出讲话稿文件。`, { file: path });
  const format = formatOf(path) ?? "txt";
  return textOfContent(await readArchiveFile(path, format), format, path);
}

/**
 * The text of bytes already read (standard input): a Word file by its zip signature, else
 * text in any encoding the reader knows. `file` names it in messages.
 */
export async function textOfBytes(bytes: Uint8Array, file: string): Promise<string> {
  const format = formatOf(file) ?? "txt";
  return textOfContent(contentOfBytes(Buffer.from(bytes), format), format, file);
}

/** Reads and parses a speech file (see readSourceText). */
export async function parseFile(path: string): Promise<ParseResult> {
  return parseText(await readSourceText(path), { file: path });
}
