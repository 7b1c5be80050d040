// Speech → .docx laid out as GB/T 9704 (see ../shared/DESIGN.md, "Word output").
// The only place in the code base that imports docx.
import { Document, Packer } from "docx";
import { inlineText, type Speech } from "../../model/index.js";
import { speechParagraphs } from "./blocks.js";
import { FONT_TABLE_PATH, fontTableXml } from "./font-table.js";
import { pageNumberFooter } from "./footer.js";
import {
  FOOTER_DISTANCE_TWIPS,
  HEADER_DISTANCE_TWIPS,
  MARGIN_BOTTOM_TWIPS,
  MARGIN_LEFT_TWIPS,
  MARGIN_RIGHT_TWIPS,
  MARGIN_TOP_TWIPS,
  PAGE_HEIGHT_TWIPS,
  PAGE_WIDTH_TWIPS,
  PROFILE_LAYOUTS,
  type LayoutProfile,
} from "./layout.js";
import { sanitizeText } from "./sanitize.js";
import { speechStyles } from "./styles.js";

export type { LayoutProfile } from "./layout.js";
export { LAYOUT_PROFILES } from "./layout.js";
export { PROFILE_LAYOUTS } from "./layout.js";

export interface DocxOptions {
  /** gongwen (GB/T 9704, default) or reading (large type for reading aloud). */
  readonly profile?: LayoutProfile;
}

/** The speech as a .docx file's bytes; equal speeches give equal documents but for the timestamps docx writes. */
export async function writeDocx(speech: Speech, options: DocxOptions = {}): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(
    speechDocument(speech, options.profile ?? "gongwen"),
    false,
    [{ path: FONT_TABLE_PATH, data: fontTableXml() }],
  );
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function speechDocument(speech: Speech, profile: LayoutProfile): Document {
  const layout = PROFILE_LAYOUTS[profile];
  return new Document({
    ...documentProperties(speech),
    styles: speechStyles(profile),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH_TWIPS, height: PAGE_HEIGHT_TWIPS },
            margin: {
              top: MARGIN_TOP_TWIPS,
              bottom: MARGIN_BOTTOM_TWIPS,
              left: MARGIN_LEFT_TWIPS,
              right: MARGIN_RIGHT_TWIPS,
              header: HEADER_DISTANCE_TWIPS,
              footer: FOOTER_DISTANCE_TWIPS,
            },
          },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children: speechParagraphs(speech, layout.linePitchTwips),
      },
    ],
  });
}

/** Title, author (the unit) and description, as Word shows them under File → Info. */
function documentProperties(speech: Speech): {
  title: string;
  creator: string;
  lastModifiedBy: string;
  description?: string;
} {
  const unit = sanitizeText(speech.meta.unit ?? "");
  return {
    title: sanitizeText(inlineText(speech.title)),
    creator: unit,
    lastModifiedBy: unit,
    ...(speech.meta.description === undefined
      ? {}
      : { description: sanitizeText(speech.meta.description) }),
  };
}
