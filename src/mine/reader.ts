// The parser stage as mining uses it: text and .docx contents → speeches.
import type { Speech } from "../model/index.js";
import { parseDocx, parseText } from "../parse/index.js";
import type { SpeechReader } from "./mine.js";

/**
 * Markdown as our writer and most editors produce it, reduced to the plain text the
 * parser reads: heading hashes, bold markers, quote marks and backslash escapes go.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/^\s{0,3}>\s?/, "")
        .replace(/\*\*|__/g, "")
        .replace(/\\([\\`*_[\]<>&~#!.()+=-])/g, "$1"),
    )
    .join("\n");
}

export const defaultSpeechReader: SpeechReader = {
  text: (text, file, format): readonly Speech[] =>
    parseText(format === "md" ? markdownToText(text) : text, { file }).speeches,
  docx: async (data, file): Promise<readonly Speech[]> =>
    (await parseDocx(data, { file })).speeches,
};
