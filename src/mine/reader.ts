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

/** Parses in this thread: the right reader for a few files, where a worker's start-up costs more. */
export const defaultSpeechReader = {
  text: (text: string, file: string, format: "txt" | "md"): readonly Speech[] =>
    parseText(format === "md" ? markdownToText(text) : text, { file }).speeches,
  docx: async (data: Buffer, file: string): Promise<readonly Speech[]> =>
    (await parseDocx(data, { file })).speeches,
} satisfies SpeechReader;
