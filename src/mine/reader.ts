// The parser stage as mining uses it: text and .docx contents → speeches.
import type { Speech } from "../model/index.js";
import { markdownToText, parseDocx, parseText } from "../parse/index.js";
import type { SpeechReader } from "./mine.js";

/** Parses in this thread: the right reader for a few files, where a worker's start-up costs more. */
export const defaultSpeechReader = {
  text: (text: string, file: string, format: "txt" | "md"): readonly Speech[] =>
    parseText(format === "md" ? markdownToText(text) : text, { file }).speeches,
  docx: async (data: Buffer, file: string): Promise<readonly Speech[]> =>
    (await parseDocx(data, { file })).speeches,
} satisfies SpeechReader;
