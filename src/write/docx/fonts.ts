// Fonts are declared per slot with the east-Asian hint. With only w:eastAsia, Word treats
// quotes and dashes (“” — …) as Latin and sets them half-width in Times New Roman, and WPS
// falls back to theme fonts; the hint and language make them full-width Chinese punctuation.

/** GB/T 9704 §7.1: the 公文 faces, under the names offices' machines have them. */
export const FANGSONG = "仿宋_GB2312";
export const KAITI = "楷体_GB2312";
export const HEITI = "黑体";
export const XIAOBIAOSONG = "方正小标宋简体";
export const SONGTI = "宋体";
/** Latin letters and digits. */
export const LATIN_FONT = "Times New Roman";

export type ChineseFace =
  typeof FANGSONG | typeof KAITI | typeof HEITI | typeof XIAOBIAOSONG | typeof SONGTI;

export interface SlotFonts {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly cs: string;
  readonly eastAsia: string;
  readonly hint: "eastAsia";
}

/** The w:rFonts of a run or style whose Chinese text is set in `face`. */
export function slotFonts(face: ChineseFace): SlotFonts {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: face, hint: "eastAsia" };
}

/**
 * w:lang as Word writes it on a Chinese system: Chinese text is zh-CN (Simplified Chinese
 * punctuation and line breaking), Latin runs (GDP, 5G) stay English for the spell checker.
 */
export const SPEECH_LANGUAGE = { value: "en-US", eastAsia: "zh-CN" } as const;
