// Every real speech in ../shared/corpus converts to every format: noisy web text is what a
// clerk's archive holds, so the writers must take it as it comes.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import {
  OUTPUT_FORMATS,
  outlineOf,
  parseFile,
  writeHtml,
  writeMarkdown,
  writeSpeech,
  writeTxt,
  type Speech,
} from "../src/index.js";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "../../shared/corpus");
const FILES = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".txt"))
  .sort();

async function speechesOf(file: string): Promise<Speech[]> {
  return (await parseFile(join(CORPUS, file))).speeches;
}

describe("the writers on the corpus", () => {
  it("finds the corpus", () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  describe.each(FILES)("%s", (file) => {
    it.each(OUTPUT_FORMATS)("converts every speech to %s", async (format) => {
      const speeches = await speechesOf(file);
      expect(speeches.length).toBeGreaterThan(0);
      for (const speech of speeches) {
        const output = await writeSpeech(speech, format);
        expect(output.length).toBeGreaterThan(0);
        if (format === "docx")
          expect(String.fromCharCode(...(output as Uint8Array).slice(0, 2))).toBe("PK");
      }
    });

    it("shows its markdown with exactly the txt's text, nothing turned into markup", async () => {
      const commonmark = new MarkdownIt("commonmark");
      for (const speech of await speechesOf(file)) {
        const shown = commonmark
          .parse(writeMarkdown(speech), {})
          .filter((token) => token.type === "inline")
          .map((token) =>
            (token.children ?? [])
              .filter((child) => child.type === "text")
              .map((child) => child.content)
              .join(""),
          );
        const markup = commonmark
          .parse(writeMarkdown(speech), {})
          .flatMap((token) => token.children ?? [])
          .filter((child) => !["text", "strong_open", "strong_close"].includes(child.type));
        expect(markup).toEqual([]);
        expect(shown).toEqual(
          writeTxt(speech)
            .trimEnd()
            .split("\n\n")
            .map((line) => line.trim()),
        );
      }
    });

    it("anchors every outline entry in its html", async () => {
      for (const speech of await speechesOf(file)) {
        const ids = writeHtml(speech).match(/ id="outline-\d+"/g) ?? [];
        expect(ids).toHaveLength(outlineOf(speech).length);
      }
    });
  });
});
