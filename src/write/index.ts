// The writers, one table: Speech → bytes. Nothing outside src/write knows OOXML, HTML or Markdown.
import type { Speech } from "../model/index.js";
import { writeDocx, type LayoutProfile } from "./docx/index.js";
import { writeHtml } from "./html.js";
import { writeMarkdown } from "./markdown.js";
import { writeTxt } from "./txt.js";

export type { LayoutProfile } from "./docx/index.js";
export { LAYOUT_PROFILES } from "./docx/index.js";

export const OUTPUT_FORMATS = ["docx", "md", "html", "txt"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface WriteOptions {
  /** Word layout: gongwen (GB/T 9704, default) or reading (large type for reading aloud). */
  readonly profile?: LayoutProfile;
}

/** File name extension and media type of each format. */
export const FORMAT_INFO: Readonly<
  Record<OutputFormat, { extension: string; contentType: string }>
> = {
  docx: {
    extension: ".docx",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  md: { extension: ".md", contentType: "text/markdown; charset=utf-8" },
  html: { extension: ".html", contentType: "text/html; charset=utf-8" },
  txt: { extension: ".txt", contentType: "text/plain; charset=utf-8" },
};

/** Writes a speech in the given format: bytes for docx, text for the others. */
export async function writeSpeech(
  speech: Speech,
  format: OutputFormat,
  options: WriteOptions = {},
): Promise<Uint8Array | string> {
  switch (format) {
    case "docx":
      return writeDocx(speech, options.profile === undefined ? {} : { profile: options.profile });
    case "md":
      return writeMarkdown(speech);
    case "html":
      return writeHtml(speech);
    case "txt":
      return writeTxt(speech);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

export { writeDocx, writeHtml, writeMarkdown, writeTxt };
export { escapeHtml } from "./html.js";
// The web preview embeds the html writer's <article> and stylesheet; ids follow outlineOf.
export { outlineAnchor, SPEECH_CSS, writeHtmlFragment } from "./html.js";
