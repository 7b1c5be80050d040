// The document defaults and our own paragraph styles. Headings use custom styles with an
// explicit outline level: docx's built-in Heading styles carry none (so the Word/WPS
// navigation pane stays empty) and are blue. Every style declares its fonts per slot.
import { AlignmentType, LineRuleType, type IStylesOptions } from "docx";
import {
  FANGSONG,
  HEITI,
  KAITI,
  SONGTI,
  SPEECH_LANGUAGE,
  XIAOBIAOSONG,
  slotFonts,
} from "./fonts.js";
import {
  FIRST_LINE_INDENT_CHARS,
  PAGE_NUMBER_SIZE_HALF_POINTS,
  PROFILE_LAYOUTS,
  type LayoutProfile,
} from "./layout.js";

/** Style ids (ASCII, stable) — their display names are Chinese. */
export const STYLE = {
  title: "SpeechTitle",
  byline: "Byline",
  salutation: "Salutation",
  body: "Body",
  partHeading: "PartHeading",
  subPartHeading: "SubPartHeading",
  item: "ItemParagraph",
  leadSentence: "LeadSentence",
  pageNumber: "PageFolio",
} as const;

/** w:outlineLvl is 0-based: level 1 of the speech (一、) is outline level 0. */
export const OUTLINE_LEVEL = { part: 0, subPart: 1, item: 2 } as const;

export function speechStyles(profile: LayoutProfile): IStylesOptions {
  const layout = PROFILE_LAYOUTS[profile];
  const fixedLines = {
    line: layout.linePitchTwips,
    lineRule: LineRuleType.EXACT,
    before: 0,
    after: 0,
  };
  const bodyRun = {
    font: slotFonts(FANGSONG),
    size: layout.bodySizeHalfPoints,
    language: SPEECH_LANGUAGE,
    characterSpacing: layout.characterSpacingTwips,
  };
  const indented = {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: layout.firstLineIndentTwips, firstLineChars: FIRST_LINE_INDENT_CHARS },
    spacing: fixedLines,
  };
  const centred = { alignment: AlignmentType.CENTER, spacing: fixedLines };
  return {
    default: {
      document: { run: bodyRun, paragraph: { spacing: fixedLines } },
    },
    paragraphStyles: [
      {
        id: STYLE.body,
        name: "讲话正文",
        quickFormat: true,
        run: bodyRun,
        paragraph: indented,
      },
      {
        id: STYLE.title,
        name: "讲话标题",
        basedOn: STYLE.body,
        next: STYLE.byline,
        quickFormat: true,
        run: {
          font: slotFonts(XIAOBIAOSONG),
          size: layout.titleSizeHalfPoints,
          language: SPEECH_LANGUAGE,
          characterSpacing: 0,
        },
        paragraph: { ...centred, indent: { firstLine: 0, firstLineChars: 0 } },
      },
      {
        id: STYLE.byline,
        name: "讲话人及日期",
        basedOn: STYLE.body,
        quickFormat: true,
        run: { ...bodyRun, font: slotFonts(KAITI) },
        paragraph: { ...centred, indent: { firstLine: 0, firstLineChars: 0 } },
      },
      {
        id: STYLE.salutation,
        name: "称呼",
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: bodyRun,
        paragraph: { ...indented, indent: { firstLine: 0, firstLineChars: 0 } },
      },
      {
        id: STYLE.partHeading,
        name: "一级标题",
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { ...bodyRun, font: slotFonts(HEITI) },
        paragraph: { ...indented, outlineLevel: OUTLINE_LEVEL.part, keepNext: true },
      },
      {
        id: STYLE.subPartHeading,
        name: "二级标题",
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { ...bodyRun, font: slotFonts(KAITI) },
        paragraph: { ...indented, outlineLevel: OUTLINE_LEVEL.subPart, keepNext: true },
      },
      {
        // Office practice: a level-3 item is a body paragraph whose lead sentence is bold.
        id: STYLE.item,
        name: "三级标题",
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: bodyRun,
        paragraph: { ...indented, outlineLevel: OUTLINE_LEVEL.item },
      },
      {
        id: STYLE.pageNumber,
        name: "页码",
        quickFormat: true,
        run: {
          font: slotFonts(SONGTI),
          size: PAGE_NUMBER_SIZE_HALF_POINTS,
          language: SPEECH_LANGUAGE,
          characterSpacing: 0,
        },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    ],
    characterStyles: [
      {
        id: STYLE.leadSentence,
        name: "主旨句",
        quickFormat: true,
        run: {
          font: slotFonts(FANGSONG),
          bold: true,
          boldComplexScript: true,
          language: SPEECH_LANGUAGE,
        },
      },
    ],
  };
}
