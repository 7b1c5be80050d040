// `-` as a path: what is piped in (a speech pasted into the terminal, another tool's answers).
// Read once, within the reader's text bound, for parse, check and new --answers alike.
import { READ_LIMITS, UserError } from "../index.js";

export const STDIN = "-";
export const STDIN_NAME = "标准输入";

let cached: Promise<Buffer> | undefined;

/** The bytes on standard input (read on first use; a second `-` gets the same bytes). */
export function stdinBytes(): Promise<Buffer> {
  cached ??= (async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > READ_LIMITS.maxTextBytes) {
        throw new UserError(
          `标准输入超过 ${READ_LIMITS.maxTextBytes / 1024 / 1024} MB:请把内容存成文件,分几份处理。`,
          { file: STDIN_NAME },
        );
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  })();
  return cached;
}
