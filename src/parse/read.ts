// Reads one archive file within bounds: size is checked before reading, a file is read
// in one bounded piece (never the whole archive), text must decode (UTF-8, UTF-16 with a
// byte-order mark, or GB18030 — the encoding of older Chinese Windows files), and a line
// longer than any speech paragraph is refused before the parser sees it, because a
// multi-megabyte line is data, not a speech.
//
// The one reader of speech files: parse, check, mine and standard input all come through
// here, so every command reads the same encodings within the same bounds.
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { extname } from "node:path";
import { inspectDocxZip, DOCX_LIMITS, type ZipLimits } from "./zip-guard.js";

/** The formats a speech file comes in, by extension. */
export const SPEECH_FORMATS = ["txt", "md", "docx"] as const;
export type SpeechFormat = (typeof SPEECH_FORMATS)[number];

/** The format of a file by its extension (.markdown is .md), or undefined for other files. */
export function formatOf(file: string): SpeechFormat | undefined {
  const extension = extname(file).toLowerCase().slice(1);
  if (extension === "markdown") return "md";
  return (SPEECH_FORMATS as readonly string[]).includes(extension)
    ? (extension as SpeechFormat)
    : undefined;
}

/** Why a path could not be opened, in words a clerk understands. */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "文件或文件夹不存在";
    case "EACCES":
    case "EPERM":
      return "没有读取权限";
    case "EISDIR":
      return "这是文件夹,不是文件";
    case "ELOOP":
      return "符号链接循环";
    default:
      return `无法读取(${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

export interface ReadLimits {
  readonly maxTextBytes: number;
  readonly maxDocxBytes: number;
  /** A long speech is ~15,000 字 (45 KB); a whole speech on one line must still pass. */
  readonly maxLineBytes: number;
  readonly zip: ZipLimits;
}

export const READ_LIMITS: ReadLimits = {
  maxTextBytes: 20 * 1024 * 1024,
  maxDocxBytes: 50 * 1024 * 1024,
  maxLineBytes: 1024 * 1024,
  zip: DOCX_LIMITS,
};

export type TextEncodingName = "utf-8" | "utf-16" | "gb18030";

export type FileContent =
  | {
      readonly kind: "text";
      readonly text: string;
      readonly encoding: TextEncodingName;
      readonly bytes: number;
    }
  | { readonly kind: "docx"; readonly data: Buffer; readonly bytes: number }
  | {
      readonly kind: "skipped";
      /** What is wrong, for a message of the caller's own (parse words it as an error). */
      readonly why: SkipCode;
      readonly reason: string;
      readonly bytes: number;
    };

export type SkipCode =
  "unreadable" | "too-large" | "empty" | "binary" | "long-line" | "encoding" | "blank" | "zip";

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const skipped = (why: SkipCode, reason: string, bytes: number): FileContent => ({
  kind: "skipped",
  why,
  reason,
  bytes,
});

/** Reads at most `limit` + 1 bytes, so an oversized file is known without reading it all. */
async function readBounded(
  file: string,
  limit: number,
): Promise<Buffer | { tooLarge: number } | { notAFile: true }> {
  // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { notAFile: true };
    const size = stats.size;
    if (size > limit) return { tooLarge: size };
    const buffer = Buffer.allocUnsafe(size + 1); // every byte used is read into
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > limit) return { tooLarge: filled }; // the file grew while we read it
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function longestLineBytes(data: Buffer): number {
  let longest = 0;
  let start = 0;
  for (;;) {
    const end = data.indexOf(0x0a, start);
    const stop = end === -1 ? data.length : end;
    longest = Math.max(longest, stop - start);
    if (end === -1) return longest;
    start = end + 1;
  }
}

const HAN = /\p{Script=Han}/gu;
const NON_SPACE = /\S/gu;

/** GB18030 decodes almost any byte soup; only trust it when the result reads as Chinese. */
function looksChinese(value: string): boolean {
  const han = value.match(HAN)?.length ?? 0;
  const visible = value.match(NON_SPACE)?.length ?? 0;
  return visible > 0 && han / visible >= 0.3 && !value.includes("\ufffd");
}

function decode(data: Buffer): { text: string; encoding: TextEncodingName } | undefined {
  if (data[0] === 0xff && data[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(data.subarray(2)), encoding: "utf-16" };
  }
  if (data[0] === 0xfe && data[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(data.subarray(2)), encoding: "utf-16" };
  }
  try {
    // ignoreBOM: false (the default) drops a UTF-8 byte-order mark.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(data), encoding: "utf-8" };
  } catch {
    // fall through to GB18030
  }
  try {
    const text = new TextDecoder("gb18030", { fatal: true }).decode(data);
    return looksChinese(text) ? { text, encoding: "gb18030" } : undefined;
  } catch {
    return undefined;
  }
}

const isUtf16 = (data: Buffer): boolean =>
  (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);

function readText(data: Buffer, limits: ReadLimits): FileContent {
  const bytes = data.length;
  if (bytes === 0) return skipped("empty", "空文件", bytes);
  if (!isUtf16(data) && data.subarray(0, 8192).includes(0)) {
    return skipped("binary", "二进制文件,不是文本(可能是图片、压缩包或改了扩展名的文件)", bytes);
  }
  if (!isUtf16(data)) {
    const longest = longestLineBytes(data);
    if (longest > limits.maxLineBytes) {
      return skipped(
        "long-line",
        `有一行长达 ${megabytes(longest)},远超任何讲话稿段落(上限 ${megabytes(limits.maxLineBytes)}),不像讲话稿,已跳过`,
        bytes,
      );
    }
  }
  const decoded = decode(data);
  if (decoded === undefined) {
    return skipped(
      "encoding",
      "编码无法识别:既不是 UTF-8,也不是 GBK/GB18030。请用记事本另存为 UTF-8 后再试",
      bytes,
    );
  }
  if (decoded.text.trim() === "") return skipped("blank", "文件只有空白,没有文字", bytes);
  return { kind: "text", text: decoded.text, encoding: decoded.encoding, bytes };
}

/** A .docx is a zip file: PK\x03\x04 (a pasted or misnamed Word file is still one). */
const isZip = (data: Buffer): boolean =>
  data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

/** Reads one speech file, or says in Chinese why it was skipped. Never throws. */
export async function readArchiveFile(
  file: string,
  format: SpeechFormat,
  limits: ReadLimits = READ_LIMITS,
): Promise<FileContent> {
  // A text file may turn out to be a Word file: the larger bound holds until the bytes say.
  const limit = Math.max(limits.maxDocxBytes, limits.maxTextBytes);
  let data: Awaited<ReturnType<typeof readBounded>>;
  try {
    data = await readBounded(file, limit);
  } catch (error) {
    return skipped("unreadable", unreadableReason(error), 0);
  }
  if ("notAFile" in data) return skipped("unreadable", "不是普通文件(设备或管道)", 0);
  if (!Buffer.isBuffer(data)) {
    return skipped(
      "too-large",
      `文件有 ${megabytes(data.tooLarge)},超过上限 ${megabytes(limit)},不像一篇讲话稿,已跳过`,
      data.tooLarge,
    );
  }
  return contentOfBytes(data, format, limits);
}

/** The content of bytes already read (a file, standard input), within the same bounds. */
export function contentOfBytes(
  data: Buffer,
  format: SpeechFormat,
  limits: ReadLimits = READ_LIMITS,
): FileContent {
  const kind = format === "docx" || isZip(data) ? "docx" : format;
  const limit = kind === "docx" ? limits.maxDocxBytes : limits.maxTextBytes;
  if (data.length > limit) {
    return skipped(
      "too-large",
      `文件有 ${megabytes(data.length)},超过上限 ${megabytes(limit)},不像一篇讲话稿,已跳过`,
      data.length,
    );
  }
  switch (kind) {
    case "txt":
    case "md":
      return readText(data, limits);
    case "docx": {
      if (data.length === 0) return skipped("empty", "空文件", 0);
      const verdict = inspectDocxZip(data, limits.zip);
      return verdict.ok
        ? { kind: "docx", data, bytes: data.length }
        : skipped("zip", verdict.reason, data.length);
    }
    default: {
      const never: never = kind;
      throw new Error(`unknown archive format ${String(never)}`);
    }
  }
}
