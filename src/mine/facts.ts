// What one speech shows about how its office writes: its skeleton, its headings' shapes,
// its formulas (opening, 刚才…, announce line, closing), its enumeration and placeholder
// conventions and its length. Small enough to keep for every speech of an archive.
import {
  announceText,
  countChars,
  inlineSequences,
  inlineText,
  type Block,
  type ItemStyle,
  type PartNumbering,
  type PartRole,
  type Speech,
} from "../model/index.js";
import { generalize, sentencesOf } from "./generalize.js";
import { classifyMeetingType } from "./meeting-type.js";
import { classifyPartRoles } from "./roles.js";

/** A leader reads about 180 字 a minute (DESIGN.md). */
export const CHARS_PER_MINUTE = 180;

export interface HeadingFact {
  readonly level: 1 | 2 | 3;
  readonly text: string;
  /** The role of the part the heading belongs to. */
  readonly role: PartRole;
  readonly patterns: readonly string[];
}

export interface SpeechFacts {
  readonly file: string;
  readonly title: string;
  readonly type: string | undefined;
  readonly roles: readonly PartRole[];
  readonly chars: number;
  readonly minutes: number;
  readonly partNumbering: PartNumbering;
  readonly hasSubParts: boolean;
  readonly itemStyles: readonly ItemStyle[];
  readonly headings: readonly HeadingFact[];
  /** Generalised first sentence after 同志们 (the purpose of the meeting). */
  readonly opening: string | undefined;
  /** Generalised 刚才… sentences. */
  readonly acknowledgements: readonly string[];
  readonly announce: string | undefined;
  /** Generalised first sentence after the last part (今天会后…). */
  readonly closing: string | undefined;
  /** Generalised last sentence (同志们，…让我们…！). */
  readonly rally: string | undefined;
  /** Placeholder convention → how many times it occurs. */
  readonly placeholders: Readonly<Record<string, number>>;
}

// Heading shapes clerks name when they talk about headings; a heading may have several.
const HEADING_PATTERNS: readonly {
  readonly name: string;
  readonly test: (h: string) => boolean;
}[] = [
  { name: "以…为…", test: (h) => /^以.{1,14}为/.test(h) },
  {
    name: "主题+要+目标",
    test: (h) => /^[^，,、]{2,8}要[^，,]{2,}/.test(h) && !/^[一二三四五六七八九十]要/.test(h),
  },
  { name: "在…上…", test: (h) => /^在.{1,14}上/.test(h) },
  { name: "把…", test: (h) => /^把/.test(h) },
  { name: "问句", test: (h) => /[？?]$|怎么|怎样|什么/.test(h) },
  { name: "…，我们要…", test: (h) => /[，,]我们要/.test(h) },
  {
    name: "四字并列",
    test: (h) => clausesOf(h).length >= 2 && clausesOf(h).every((c) => c.length === 4),
  },
  {
    name: "四字短语起句",
    test: (h) => {
      const clauses = clausesOf(h);
      return (
        clauses.length >= 2 && clauses[0]?.length === 4 && !clauses.every((c) => c.length === 4)
      );
    },
  },
  { name: "前后两句", test: (h) => clausesOf(h).length === 2 },
];

function clausesOf(heading: string): string[] {
  return heading
    .replace(/[。！]$/, "")
    .split(/[，,、；;]/)
    .map((c) => c.trim())
    .filter(Boolean);
}

export function headingPatterns(heading: string): string[] {
  const found = HEADING_PATTERNS.filter((p) => p.test(heading)).map((p) => p.name);
  return found.length > 0 ? found : ["单句"];
}

// Conventions archives use for facts left out: X县长, ××局, *亿元, ○○, 某某, and our slots.
const PLACEHOLDERS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: "X", pattern: /(?<![A-Za-z])[XＸ]{1,3}(?![A-Za-z])/g },
  { name: "××", pattern: /×+/g },
  { name: "*", pattern: /\*+/g },
  { name: "＊", pattern: /＊+/g },
  { name: "○○", pattern: /○{2,}|〇{2,}/g },
  { name: "某某", pattern: /某某/g },
  { name: "〔待补〕", pattern: /〔待补[:：][^〕]*〕|【待填[:：][^】]*】/g },
];

function placeholderCounts(texts: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of texts) {
    for (const { name, pattern } of PLACEHOLDERS) {
      const n = value.match(pattern)?.length ?? 0;
      if (n > 0) counts[name] = (counts[name] ?? 0) + n;
    }
  }
  return counts;
}

function paragraphTexts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") out.push(inlineText(block.content));
    else out.push(inlineText(block.intro), ...block.items.map((item) => inlineText(item.lead)));
  }
  return out.filter((t) => t.trim() !== "");
}

function itemStyles(speech: Speech): ItemStyle[] {
  const styles: ItemStyle[] = [];
  const collect = (blocks: readonly Block[]): void => {
    for (const block of blocks) if (block.kind === "items") styles.push(block.style);
  };
  collect(speech.opening);
  for (const part of speech.parts) {
    collect(part.blocks);
    for (const sub of part.subParts) collect(sub.blocks);
  }
  collect(speech.closing);
  return styles;
}

function headingFacts(speech: Speech, roles: readonly PartRole[]): HeadingFact[] {
  const out: HeadingFact[] = [];
  const fact = (level: 1 | 2 | 3, text: string, role: PartRole): HeadingFact => ({
    level,
    text,
    role,
    patterns: headingPatterns(text),
  });
  const leads = (blocks: readonly Block[], role: PartRole): void => {
    for (const block of blocks) {
      if (block.kind !== "items") continue;
      for (const item of block.items) out.push(fact(3, inlineText(item.lead), role));
    }
  };
  speech.parts.forEach((part, index) => {
    const role = roles[index] ?? "其他";
    out.push(fact(1, inlineText(part.heading), role));
    leads(part.blocks, role);
    for (const sub of part.subParts) {
      out.push(fact(2, inlineText(sub.heading), role));
      leads(sub.blocks, role);
    }
  });
  return out;
}

const firstSentence = (texts: readonly string[]): string | undefined => {
  const first = texts[0];
  return first === undefined ? undefined : sentencesOf(first, { semicolons: false })[0];
};

const lastSentence = (texts: readonly string[]): string | undefined => {
  const last = texts[texts.length - 1];
  return last === undefined ? undefined : sentencesOf(last, { semicolons: false }).at(-1);
};

const maybeGeneralize = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : generalize(value);

/** The facts of one parsed speech. */
export function speechFacts(speech: Speech, file: string): SpeechFacts {
  const roles = classifyPartRoles(speech.parts);
  const chars = countChars(speech);
  const opening = paragraphTexts(speech.opening);
  const closing = paragraphTexts(speech.closing);
  const acknowledgements = opening
    .flatMap((paragraph) => sentencesOf(paragraph))
    .filter((s) => /^刚才/.test(s))
    .map(generalize);
  const allText = [...inlineSequences(speech)].map(inlineText);
  const rally = lastSentence(closing);
  return {
    file,
    title: inlineText(speech.title),
    type: classifyMeetingType(speech),
    roles,
    chars,
    minutes: Math.round((chars / CHARS_PER_MINUTE) * 10) / 10,
    partNumbering: speech.partNumbering,
    hasSubParts: speech.parts.some((part) => part.subParts.length > 0),
    itemStyles: itemStyles(speech),
    headings: headingFacts(speech, roles),
    opening: maybeGeneralize(firstSentence(opening.filter((t) => !/^刚才/.test(t)))),
    acknowledgements,
    announce: maybeGeneralize(announceText(speech)),
    closing: maybeGeneralize(firstSentence(closing)),
    rally:
      closing.length > 0 && rally !== undefined && /^同志们|[！!]$/.test(rally)
        ? generalize(rally)
        : undefined,
    placeholders: placeholderCounts(allText),
  };
}
