// word/fontTable.xml: what Word knows of a font the machine lacks. Offices install the
// 仿宋_GB2312/楷体_GB2312 faces, but a stock Windows has only 仿宋 and 楷体; with an
// alternate name and the GB2312 character set here, Word substitutes those instead of
// falling back to a default face. docx writes an empty table, so we supply ours.
import { FANGSONG, HEITI, KAITI, LATIN_FONT, SONGTI, XIAOBIAOSONG } from "./fonts.js";

interface FontEntry {
  readonly name: string;
  /** The face a machine without `name` most likely has. */
  readonly altName?: string;
  /** w:charset: 86 is GB2312 (Simplified Chinese), 00 is ANSI. */
  readonly charset: "86" | "00";
  readonly family: "roman" | "modern" | "swiss" | "script" | "auto";
  readonly pitch: "fixed" | "variable";
}

const FONT_ENTRIES: readonly FontEntry[] = [
  { name: FANGSONG, altName: "仿宋", charset: "86", family: "modern", pitch: "fixed" },
  { name: KAITI, altName: "楷体", charset: "86", family: "modern", pitch: "fixed" },
  { name: HEITI, altName: "SimHei", charset: "86", family: "modern", pitch: "fixed" },
  // No stock face looks like 小标宋; 宋体 is the nearest in kind.
  { name: XIAOBIAOSONG, altName: SONGTI, charset: "86", family: "script", pitch: "variable" },
  { name: SONGTI, altName: "SimSun", charset: "86", family: "auto", pitch: "variable" },
  { name: LATIN_FONT, charset: "00", family: "roman", pitch: "variable" },
];

export const FONT_TABLE_PATH = "word/fontTable.xml";

/** The font table part listing every face the styles name. */
export function fontTableXml(): string {
  const fonts = FONT_ENTRIES.map(
    (font) =>
      `<w:font w:name="${font.name}">` +
      (font.altName === undefined ? "" : `<w:altName w:val="${font.altName}"/>`) +
      `<w:charset w:val="${font.charset}"/><w:family w:val="${font.family}"/>` +
      `<w:pitch w:val="${font.pitch}"/></w:font>`,
  ).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  );
}
