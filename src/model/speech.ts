// The single document model every stage meets at (see ../shared/DESIGN.md).
// Headings store their text only: numbering (一、 (一) 一是 …) is computed by the writers
// from the tree, so parts can be added, dropped or reordered and the numbers stay right.

/** Where a block came from in its source text, so `check` and `mine` can point at lines. */
export interface SourcePos {
  /** 1-based line number in the source file. */
  readonly line: number;
}

/** Inline content is a list of runs. */
export type Inline =
  /** Plain text. */
  | { readonly kind: "text"; readonly text: string }
  /** Emphasised text (bold in Word), e.g. a lead sentence inside a paragraph. */
  | { readonly kind: "emphasis"; readonly text: string }
  /** A fact the clerk still has to fill in: shown as 〔待补：label〕, highlighted in Word. */
  | { readonly kind: "slot"; readonly label: string };

/** Level-1 numbering style: 一、 (the common one) or 第一个问题, (动员部署 speeches). */
export type PartNumbering = "一、" | "第一个问题";

/**
 * Level-3 enumeration style of one list; a list never mixes styles.
 * "一是" → 一是/二是…, "一要" → 一要/二要…, "第一" → 第一,/第二,…,
 * "1." → 1./2./…, "(1)" → (1)/(2)/….
 */
export type ItemStyle = "一是" | "一要" | "第一" | "1." | "(1)";

/** The role a part plays in the speech's argument. */
export type PartRole = "形势" | "措施" | "作风" | "其他";

/** A plain body paragraph. */
export interface Paragraph {
  readonly kind: "paragraph";
  readonly content: readonly Inline[];
  readonly source?: SourcePos;
  readonly origin?: Origin;
}

/** Which wording of one move of a point an item body used. */
export interface MoveOrigin {
  readonly role: string;
  /** Index of the wording within the move. */
  readonly wording: number;
}

/**
 * Where composed text came from in the phrase bank, so a test (or 换一段) can ask why a
 * sentence is where it is. Parsed text has none.
 */
export type Origin =
  /** An item: one point (sub-topic.point id), its lead and one wording per move used. */
  | {
      readonly kind: "point";
      readonly point: string;
      readonly lead: number;
      readonly moves: readonly MoveOrigin[];
    }
  /** A paragraph of frame categories (opening.purpose, situation.经济.thesis …). */
  | { readonly kind: "frame"; readonly categories: readonly string[] };

/**
 * One enumerated item (level 3): a lead sentence (一是项目建设要形成大场面。) followed by
 * the text that explains it.
 */
export interface Item {
  /** The lead sentence without its marker, usually ending in 。 */
  readonly lead: readonly Inline[];
  /** Text that follows the lead sentence in the same paragraph. */
  readonly body: readonly Inline[];
  /** Further paragraphs that belong to this item, before the next item starts. */
  readonly paragraphs: readonly Paragraph[];
  readonly source?: SourcePos;
  readonly origin?: Origin;
}

/**
 * A run of enumerated items sharing one numbering style.
 * `runIn` lists flow inside one paragraph after an introduction
 * ("主要表现在:一是…;二是…"), the others start a paragraph per item.
 */
export interface ItemList {
  readonly kind: "items";
  readonly style: ItemStyle;
  readonly runIn: boolean;
  /** For run-in lists, the text before the first item ("存在的问题主要是:"). */
  readonly intro: readonly Inline[];
  readonly items: readonly Item[];
  readonly source?: SourcePos;
}

export type Block = Paragraph | ItemList;

/** Level 2: (一)(二)… */
export interface SubPart {
  readonly heading: readonly Inline[];
  readonly blocks: readonly Block[];
  readonly source?: SourcePos;
}

/** Level 1: 一、二、… (or 第一个问题,…). */
export interface Part {
  readonly heading: readonly Inline[];
  readonly role?: PartRole;
  /** Text between the heading and the first sub-part (or all of it when there is none). */
  readonly blocks: readonly Block[];
  readonly subParts: readonly SubPart[];
  readonly source?: SourcePos;
}

/** Facts about the speech that are not printed in the body: Word document properties. */
export interface SpeechMeta {
  /** The unit (西峰区), written as the document's author. */
  readonly unit?: string;
  readonly meetingType?: string;
  readonly description?: string;
}

export interface Speech {
  /** 在…上的讲话, or a web page title when that is all there is. */
  readonly title: readonly Inline[];
  /** The speaker line as printed under the title (区委书记 张三). */
  readonly speaker?: string;
  /** The date as printed, in parentheses under the speaker (2026年2月23日). */
  readonly date?: string;
  /** 同志们: (or 各位代表,同志们:) */
  readonly salutation?: string;
  /** Paragraphs before the announce line: purpose of the meeting, 刚才… */
  readonly opening: readonly Block[];
  /**
   * 下面,我讲三点意见。 — or, when it previews its points, a run-in list whose intro is the
   * announce sentence (我讲三点意见：一是认清形势。二是抢抓机遇。…).
   */
  readonly announceLine?: Paragraph | ItemList;
  readonly partNumbering: PartNumbering;
  readonly parts: readonly Part[];
  /** Paragraphs after the last part; the rallying call (同志们,…让我们…!) ends them. */
  readonly closing: readonly Block[];
  readonly meta: SpeechMeta;
}

/** A parser or checker finding tied to a line. */
export interface Diagnostic {
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}
