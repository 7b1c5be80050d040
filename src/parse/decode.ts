// Bytes → text, refusing what is not a text a clerk can fix by re-saving: an empty file,
// a binary file (a .doc, an image), or text that is not UTF-8.
import { UserError } from "../errors.js";

/** Share of control characters above which a file is binary, not text. */
const BINARY_CONTROL_SHARE = 0.1;
const SAMPLE_BYTES = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control / Math.max(sample.length, 1) > BINARY_CONTROL_SHARE;
}

/** Decodes a text file as UTF-8 (with or without BOM); throws UserError in Chinese. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) {
    throw new UserError(`文件是空的:${file}。请确认选对了文件,并且讲话稿已经保存进去。`, { file });
  }
  if (looksBinary(bytes)) {
    throw new UserError(
      `这不是文本文件:${file}。请提供 .txt/.md 纯文本或 .docx 文件;旧版 .doc、PDF 或图片请先在 Word/WPS 中另存为 .docx 或纯文本。`,
      { file },
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(
      `文件不是 UTF-8 编码:${file}。请在记事本或 WPS 中“另存为”,编码选 UTF-8 后再试(GBK/GB2312 编码的文件常见此问题)。`,
      { file },
    );
  }
  if (text.trim() === "") {
    throw new UserError(`文件里只有空白:${file}。请确认讲话稿已经保存进去。`, { file });
  }
  return text;
}
