// The Word file as it prints: rendered by LibreOffice headless and read back from the PDF.
// Each paragraph of the planned speeches fills a known number of whole lines, so the page
// count and every page's lines are known before rendering.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeDocx, type LayoutProfile } from "../src/write/docx/index.js";
import { SAMPLE_TITLE, hanText, plannedSpeech } from "./support/docx.js";
import {
  TEST_OUTPUT_DIR,
  pdfFontNames,
  pdfPageCount,
  pdfPages,
  pdfText,
  renderPdf,
  type PdfLine,
  type PdfPage,
} from "./support/libreoffice.js";

/** The text block in PDF points (twips / 20), from the GB/T 9704 margins. */
const TEXT_LEFT_PT = 1587 / 20;
const TEXT_RIGHT_PT = (11906 - 1474) / 20;
const TEXT_TOP_PT = 2098 / 20;
const TEXT_BOTTOM_PT = (16838 - 1984) / 20;
/** One 4号 character: page numbers stand this far in from the text block's edge. */
const PAGE_NUMBER_INSET_PT = 14;
/** The title block ends with one empty line of space before 同志们. */
const BLANK_LINES_UNDER_DATE = 1;

interface Rendered {
  readonly pages: number;
  readonly layout: PdfPage[];
  readonly fonts: string[];
  readonly plannedLines: number;
  readonly pdfPath: string;
}

const PROFILES: { profile: LayoutProfile; linesPerPage: number; charactersPerLine: number }[] = [
  { profile: "gongwen", linesPerPage: 22, charactersPerLine: 28 },
  { profile: "reading", linesPerPage: 21, charactersPerLine: 24 },
];

const rendered = new Map<LayoutProfile, Rendered>();

beforeAll(async () => {
  // A folder per run: engineers and CI may run the suite side by side in one checkout.
  await mkdir(TEST_OUTPUT_DIR, { recursive: true });
  const outDir = await mkdtemp(join(TEST_OUTPUT_DIR, "docx-render-"));
  // Both conversions at once: each soffice has its own profile directory.
  await Promise.all(
    PROFILES.map(async ({ profile, charactersPerLine }) => {
      const { speech, lines } = plannedSpeech({ charactersPerLine, linesPerParagraph: 10 }, 3, 2);
      const docxPath = join(outDir, `${profile}.docx`);
      await writeFile(docxPath, await writeDocx(speech, { profile }));
      const pdf = await renderPdf(docxPath, outDir);
      rendered.set(profile, {
        pages: await pdfPageCount(pdf),
        layout: await pdfPages(pdf),
        fonts: await pdfFontNames(pdf),
        plannedLines: lines,
        pdfPath: pdf,
      });
    }),
  );
}, 300_000);

function result(profile: LayoutProfile): Rendered {
  const found = rendered.get(profile);
  if (found === undefined) throw new Error(`${profile} was not rendered`);
  return found;
}

const inTextBlock = (line: PdfLine): boolean =>
  line.yMin >= TEXT_TOP_PT - 6 && line.yMax <= TEXT_BOTTOM_PT + 6;
const inFooter = (line: PdfLine): boolean => line.yMin > TEXT_BOTTOM_PT;
const near = (value: number, target: number): boolean => Math.abs(value - target) < 1.5;

/** Lines of the planned body paragraphs: nothing but the repeated Han sentence. */
const HAN_ALPHABET = new Set(Array.from(hanText(100)));
const isBodyText = (line: PdfLine): boolean =>
  Array.from(line.text).length > 8 && Array.from(line.text).every((ch) => HAN_ALPHABET.has(ch));

describe.each(PROFILES)(
  "a $profile speech rendered by LibreOffice",
  ({ profile, linesPerPage, charactersPerLine }) => {
    it("has as many pages as its lines need", () => {
      const { pages, plannedLines, layout } = result(profile);
      expect(pages).toBe(Math.ceil(plannedLines / linesPerPage));
      expect(layout).toHaveLength(pages);
    });

    it(`holds ${linesPerPage} lines on every full body page`, () => {
      const { layout, plannedLines } = result(profile);
      const counts = layout.map((page) => page.lines.filter(inTextBlock).length);
      // page 1 also holds the blank line between the date and 同志们, which has no text
      counts[0]! += BLANK_LINES_UNDER_DATE;
      const last = plannedLines - linesPerPage * (layout.length - 1);
      expect(counts).toEqual([...Array<number>(layout.length - 1).fill(linesPerPage), last]);
    });

    it(`sets ${charactersPerLine} characters on a full line and two fewer after the indent`, () => {
      const lines = result(profile).layout.flatMap((page) => page.lines.filter(isBodyText));
      expect(lines.length).toBeGreaterThan(50);
      for (const line of lines) {
        const indented = line.xMin > TEXT_LEFT_PT + 5;
        expect(Array.from(line.text).length, line.text).toBe(
          indented ? charactersPerLine - 2 : charactersPerLine,
        );
        if (!indented)
          expect(near(line.xMin, TEXT_LEFT_PT), `line starts at ${line.xMin}`).toBe(true);
      }
    });

    it("prints — n — odd pages at the right and even pages at the left, one character in", () => {
      result(profile).layout.forEach((page, index) => {
        const footer = page.lines.filter(inFooter);
        expect(footer.map((line) => line.text)).toEqual([`— ${index + 1} —`]);
        const [folio] = footer;
        if (index % 2 === 0) {
          expect(
            near(folio!.xMax, TEXT_RIGHT_PT - PAGE_NUMBER_INSET_PT),
            `odd page ends at ${folio!.xMax}`,
          ).toBe(true);
        } else {
          expect(
            near(folio!.xMin, TEXT_LEFT_PT + PAGE_NUMBER_INSET_PT),
            `even page starts at ${folio!.xMin}`,
          ).toBe(true);
        }
      });
    });

    it("opens page 1 with the title, centred, then the speaker and the date", () => {
      const [title, speaker, date] = result(profile).layout[0]!.lines;
      expect(title!.text).toBe(SAMPLE_TITLE);
      expect(
        Math.abs((title!.xMin + title!.xMax) / 2 - (TEXT_LEFT_PT + TEXT_RIGHT_PT) / 2),
      ).toBeLessThan(2);
      expect(speaker!.text).toBe("区委书记 王明");
      // LibreOffice, like Word, spaces digits a little apart from Han characters
      expect(date!.text.replace(/\s/g, "")).toBe("（2026年2月23日）");
    });

    it("sets 仿宋/小标宋 in the serif face, 楷体 in the kai face and 黑体 in the sans face the test fonts map them to", () => {
      const fonts = result(profile).fonts.join(" ");
      expect(fonts).toMatch(/NotoSerifCJK/);
      expect(fonts).toMatch(/UKai/);
      expect(fonts).toMatch(/NotoSansCJK/);
    });
  },
);

describe("the render helpers", () => {
  it("read the PDF's text back", async () => {
    const text = await pdfText(result("gongwen").pdfPath);
    expect(text).toContain(SAMPLE_TITLE);
    expect(text.split("\f").filter((page) => page.trim() !== "")).toHaveLength(
      result("gongwen").pages,
    );
  });

  it("fail naming the package to install when LibreOffice is missing", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      await expect(renderPdf("missing.docx", TEST_OUTPUT_DIR)).rejects.toThrow(
        /soffice not found: install libreoffice-writer-nogui/,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});
