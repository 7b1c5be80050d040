// Page numbers as GB/T 9704 §7.5 prints them: "— 1 —" in 4号 宋体, odd pages at the right and
// even pages at the left, one character in from the text block. Word needs
// evenAndOddHeaderAndFooters on the document for the even footer to be used.
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from "docx";
import { PAGE_NUMBER_INSET_TWIPS } from "./layout.js";
import { STYLE } from "./styles.js";

export type PageSide = "odd" | "even";

/** The footer of odd (Word's "default") or even pages. */
export function pageNumberFooter(side: PageSide): Footer {
  return new Footer({ children: [pageNumberParagraph(side)] });
}

function pageNumberParagraph(side: PageSide): Paragraph {
  // The dashes are text: docx's NUMBER_IN_DASH format writes hyphens, not em dashes.
  const folio = new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] });
  switch (side) {
    case "odd":
      return new Paragraph({
        style: STYLE.pageNumber,
        alignment: AlignmentType.RIGHT,
        indent: { right: PAGE_NUMBER_INSET_TWIPS },
        children: [folio],
      });
    case "even":
      return new Paragraph({
        style: STYLE.pageNumber,
        alignment: AlignmentType.LEFT,
        indent: { left: PAGE_NUMBER_INSET_TWIPS },
        children: [folio],
      });
    default: {
      const never: never = side;
      throw new Error(`unknown page side ${String(never)}`);
    }
  }
}
