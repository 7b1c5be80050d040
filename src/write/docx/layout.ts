// The GB/T 9704-2012 numbers as offices apply them to 讲话稿, one table per layout profile.
// Units are in the names: twips (1/20 pt, 1/1440 in), half-points (w:sz), points.

/** A4, portrait (GB/T 9704 §5.2.1: 210 mm × 297 mm). */
export const PAGE_WIDTH_TWIPS = 11906;
export const PAGE_HEIGHT_TWIPS = 16838;

/**
 * Margins (§5.2.2 and §7.5): 天头 37 mm, 订口 28 mm; with the bottom and right margins
 * they leave the 156 mm × 225 mm 版心. The footer sits 21 mm from the page's bottom edge,
 * which puts the page number 7 mm under the text block.
 */
export const MARGIN_TOP_TWIPS = 2098;
export const MARGIN_BOTTOM_TWIPS = 1984;
export const MARGIN_LEFT_TWIPS = 1587;
export const MARGIN_RIGHT_TWIPS = 1474;
export const FOOTER_DISTANCE_TWIPS = 1191;
export const HEADER_DISTANCE_TWIPS = 851;

/** 版心 width: 156 mm. */
export const TEXT_WIDTH_TWIPS = PAGE_WIDTH_TWIPS - MARGIN_LEFT_TWIPS - MARGIN_RIGHT_TWIPS;
/** 版心 height: 225 mm. */
export const TEXT_HEIGHT_TWIPS = PAGE_HEIGHT_TWIPS - MARGIN_TOP_TWIPS - MARGIN_BOTTOM_TWIPS;

/** Page numbers: 4号 (14 pt) 宋体 (§7.5). */
export const PAGE_NUMBER_SIZE_HALF_POINTS = 28;
/** §7.5: odd page numbers sit right and even ones left, one character in from the text block. */
export const PAGE_NUMBER_INSET_TWIPS = PAGE_NUMBER_SIZE_HALF_POINTS * 10;

/** The numbers that differ between the two layout profiles. */
export interface ProfileLayout {
  /** Body and heading type size. */
  readonly bodySizeHalfPoints: number;
  /** Title type size. */
  readonly titleSizeHalfPoints: number;
  /** Fixed line spacing of every paragraph: the page's line grid. */
  readonly linePitchTwips: number;
  /** Two characters of body type, written beside firstLineChars because LibreOffice ignores the latter. */
  readonly firstLineIndentTwips: number;
  /**
   * Spacing added to each body character (w:spacing, twips). A character grid (w:docGrid
   * charSpace) breaks LibreOffice (19 a line), so the 28-character line comes from here.
   */
  readonly characterSpacingTwips: number;
  /** What the profile promises, checked by the render test. */
  readonly linesPerPage: number;
  readonly charactersPerLine: number;
}

/** 2 characters, in hundredths of a character (w:firstLineChars). */
export const FIRST_LINE_INDENT_CHARS = 200;

/**
 * gongwen: body 3号 (16 pt), title 2号 (22 pt); 22 lines of 28 characters (§5.2.2, §4.2.3).
 * 12756 twips of 版心 / 22 lines = 579 twips (28.95 pt) a line; 8845 twips / 28 characters
 * = 315 twips a character, i.e. 16 pt glyphs 5 twips closer together.
 */
const LINE_PITCH_TWIPS = 579;
const GONGWEN_BODY_SIZE_HALF_POINTS = 32;

/** reading: large type a leader reads aloud from; 18 pt body, 24 pt title, fixed 30 pt lines. */
const READING_LINE_PITCH_TWIPS = 600;
const READING_BODY_SIZE_HALF_POINTS = 36;

/** Two characters of `size` type: a character is as wide as its size, 10 twips a half-point. */
const twoCharactersTwips = (sizeHalfPoints: number): number => 2 * sizeHalfPoints * 10;

export const PROFILE_LAYOUTS = {
  gongwen: {
    bodySizeHalfPoints: GONGWEN_BODY_SIZE_HALF_POINTS,
    titleSizeHalfPoints: 44,
    linePitchTwips: LINE_PITCH_TWIPS,
    firstLineIndentTwips: twoCharactersTwips(GONGWEN_BODY_SIZE_HALF_POINTS),
    characterSpacingTwips: -5,
    linesPerPage: 22,
    charactersPerLine: 28,
  },
  reading: {
    bodySizeHalfPoints: READING_BODY_SIZE_HALF_POINTS,
    titleSizeHalfPoints: 48,
    linePitchTwips: READING_LINE_PITCH_TWIPS,
    firstLineIndentTwips: twoCharactersTwips(READING_BODY_SIZE_HALF_POINTS),
    characterSpacingTwips: 0,
    // 12756 / 600 = 21.26 lines; 8845 / 360 = 24.6 characters.
    linesPerPage: 21,
    charactersPerLine: 24,
  },
} as const satisfies Record<string, ProfileLayout>;

export type LayoutProfile = keyof typeof PROFILE_LAYOUTS;

/** The profiles by name, for the interfaces that check a --profile or ?profile= value. */
export const LAYOUT_PROFILES = Object.keys(PROFILE_LAYOUTS) as readonly LayoutProfile[];
