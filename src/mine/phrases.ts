// Phrase candidates: the wording an office reuses. Officialese is built from clauses
// (聚焦项目建设，持续扩大有效投资) that open and close on set words (加快推进… …新局面), so
// every clause of every speech is counted whole, and so are its first and last four
// characters; whole sentences are counted apart. Numbers are generalised first, so
// 完成…亿元 is one frame. Each count keeps how many speeches use the phrase and the part
// role it occurs in most. Three lookups a clause keep mining linear and fast (counting
// every 4–8 character n-gram instead ran at 1.5 MB/s: ten lookups a character, each a
// cache miss); memory is bounded by pruning phrases seen in one speech only when the
// table grows too large (lossy counting: a phrase first seen after a prune may be
// under-counted by the speeches before it, never over-counted). At the end a clause head
// or tail is dropped when a clause containing it occurs (almost) as often, and a clause
// when a sentence containing it does.
import { inlineText, type Block, type Inline, type PartRole, type Speech } from "../model/index.js";
import { generalize } from "./generalize.js";
import { mixA, mixB, PhraseTable, SEED_A, SEED_B, type SectionCode } from "./phrase-table.js";
/** Where in a speech a phrase occurs: a part's role, or the opening / closing. */
export type PhraseSection = PartRole | "开场" | "结尾";

const SECTIONS: readonly PhraseSection[] = ["开场", "形势", "措施", "作风", "其他", "结尾"];
const sectionCode = (section: PhraseSection): SectionCode => SECTIONS.indexOf(section);
const sectionOf = (code: SectionCode): PhraseSection => SECTIONS[code] ?? "其他";

export interface PhraseCandidate {
  readonly text: string;
  /** "短语" for a clause or a clause's head or tail, "句子" for a whole sentence. */
  readonly kind: "短语" | "句子";
  readonly count: number;
  /** How many speeches use it. */
  readonly speeches: number;
  /** The section it occurs in most. */
  readonly role: PhraseSection;
}

export interface PhraseLimits {
  /** Shortest clause counted; also the length of a clause's head and tail. */
  readonly minLength: number;
  /** Longest clause counted. */
  readonly maxLength: number;
  readonly minSpeeches: number;
  readonly minCount: number;
  /** Prune a table when it holds more entries than this. */
  readonly maxEntries: number;
  /** Candidates kept in the report, per kind. */
  readonly top: number;
}

export const PHRASE_LIMITS: PhraseLimits = {
  minLength: 4,
  maxLength: 24,
  minSpeeches: 2,
  minCount: 3,
  maxEntries: 1_500_000,
  top: 300,
};

const SENTENCE_MIN = 12;
const SENTENCE_MAX = 160;
/** A candidate whose extension has at least this share of its count is not maximal. */
const SUBSUMED_SHARE = 0.9;

interface CountedTable {
  readonly table: PhraseTable;
  /** The table is pruned when it grows past this. */
  pruneAt: number;
}

export interface PhraseTally {
  readonly limits: PhraseLimits;
  readonly phrases: CountedTable;
  readonly sentences: CountedTable;
  speechCount: number;
  pruned: number;
}

export function createPhraseTally(limits: PhraseLimits = PHRASE_LIMITS): PhraseTally {
  const counted = (): CountedTable => ({ table: new PhraseTable(), pruneAt: limits.maxEntries });
  return { limits, phrases: counted(), sentences: counted(), speechCount: 0, pruned: 0 };
}

function pruneIfLarge(tally: PhraseTally, counted: CountedTable): void {
  if (counted.table.size <= counted.pruneAt) return;
  tally.pruned += counted.table.prune(2);
  // When most phrases recur, pruning frees little: wait for real growth before the next.
  counted.pruneAt = Math.max(tally.limits.maxEntries, counted.table.size * 2);
}

// Clause boundaries; quotation marks are dropped instead, so “双过半” stays one phrase.
const CLAUSE = /[^，。；！？：,;!?:\n（）()《》〈〉【】「」\s]+/g;
const QUOTES = /[“”‘’"'〝〞]/g;
const SENTENCE_ENDS = new Uint8Array(0x10000);
for (const mark of "。！？!?；;") SENTENCE_ENDS[mark.charCodeAt(0)] = 1;
const CLAUSE_BREAKS = new Uint8Array(0x10000);
for (const mark of "，。；！？：,;!?:\n\r\t （）()《》〈〉【】「」\u3000")
  CLAUSE_BREAKS[mark.charCodeAt(0)] = 1;

/** Text runs of a speech with the section each belongs to. */
function* sectionTexts(
  speech: Speech,
  roles: readonly PartRole[],
): Generator<{ section: PhraseSection; text: string }> {
  const runs = (content: readonly Inline[]): string =>
    inlineText(content.filter((r) => r.kind !== "slot"));
  const blocks = function* (list: readonly Block[], section: PhraseSection) {
    for (const block of list) {
      if (block.kind === "paragraph") {
        yield { section, text: runs(block.content) };
        continue;
      }
      yield { section, text: runs(block.intro) };
      for (const item of block.items) {
        yield { section, text: runs(item.lead) };
        yield { section, text: runs(item.body) };
        for (const p of item.paragraphs) yield { section, text: runs(p.content) };
      }
    }
  };
  yield* blocks(speech.opening, "开场");
  if (speech.announceLine !== undefined) yield* blocks([speech.announceLine], "开场");
  for (const [index, part] of speech.parts.entries()) {
    const section = roles[index] ?? "其他";
    yield { section, text: runs(part.heading) };
    yield* blocks(part.blocks, section);
    for (const sub of part.subParts) {
      yield { section, text: runs(sub.heading) };
      yield* blocks(sub.blocks, section);
    }
  }
  yield* blocks(speech.closing, "结尾");
}

/**
 * One pass over a generalised text: each character is hashed once into its sentence and
 * once into its clause (a clause's head is its hash after four characters; only the tail
 * is hashed again). This loop sees every character of the archive.
 */
function countText(tally: PhraseTally, text: string, speech: number, section: SectionCode): void {
  const { minLength, maxLength } = tally.limits;
  const phrases = tally.phrases.table;
  let sentenceA = SEED_A;
  let sentenceB = SEED_B;
  let sentenceFrom = 0;
  let clauseA = SEED_A;
  let clauseB = SEED_B;
  let headA = 0;
  let headB = 0;
  let clauseFrom = 0;
  for (let at = 0; at <= text.length; at++) {
    const c = at < text.length ? text.charCodeAt(at) : -1;
    if (c !== -1 && CLAUSE_BREAKS[c] !== 1) {
      clauseA = mixA(clauseA, c);
      clauseB = mixB(clauseB, c);
      if (at - clauseFrom + 1 === minLength) {
        headA = clauseA;
        headB = clauseB;
      }
    } else {
      const length = at - clauseFrom;
      if (length >= minLength && length <= maxLength) {
        phrases.countHashed(clauseA, clauseB, speech, section, text, clauseFrom, at);
      }
      // A head and a tail that do not overlap: set openings (加快推进) and endings (新局面).
      if (length >= 2 * minLength) {
        phrases.countHashed(
          headA,
          headB,
          speech,
          section,
          text,
          clauseFrom,
          clauseFrom + minLength,
        );
        phrases.countRange(text, at - minLength, at, speech, section);
      }
      clauseA = SEED_A;
      clauseB = SEED_B;
      clauseFrom = at + 1;
    }
    if (c !== -1) {
      sentenceA = mixA(sentenceA, c);
      sentenceB = mixB(sentenceB, c);
    }
    if (c === -1 || SENTENCE_ENDS[c] === 1) {
      const to = c === -1 ? at : at + 1;
      const length = to - sentenceFrom;
      if (length >= SENTENCE_MIN && length <= SENTENCE_MAX) {
        tally.sentences.table.countHashed(
          sentenceA,
          sentenceB,
          speech,
          section,
          text,
          sentenceFrom,
          to,
        );
      }
      sentenceA = SEED_A;
      sentenceB = SEED_B;
      sentenceFrom = at + 1;
    }
  }
}

/** Counts the phrases and sentences of one speech into the tally. */
export function tallyPhrases(tally: PhraseTally, speech: Speech, roles: readonly PartRole[]): void {
  const id = tally.speechCount++;
  for (const { section, text } of sectionTexts(speech, roles)) {
    if (text === "") continue;
    const code = sectionCode(section);
    const general = generalize(text.replace(QUOTES, ""));
    countText(tally, general, id, code);
  }
  pruneIfLarge(tally, tally.sentences);
  pruneIfLarge(tally, tally.phrases);
}

const byRank = (a: PhraseCandidate, b: PhraseCandidate): number =>
  b.speeches - a.speeches ||
  b.count - a.count ||
  b.text.length - a.text.length ||
  (a.text < b.text ? -1 : 1);

const frequentIn = (table: PhraseTable, limits: PhraseLimits) =>
  [...table.entries()].filter(
    (c) => c.speeches >= limits.minSpeeches && c.count >= limits.minCount,
  );

/** Phrases not contained in a longer candidate occurring about as often. */
function maximalPhrases(tally: PhraseTally): PhraseCandidate[] {
  const { limits } = tally;
  const table = tally.phrases.table;
  const frequent = frequentIn(table, limits);
  const subsumed = new Set<string>();
  const absorb = (shorter: string, longer: { readonly count: number }): void => {
    const counter = table.get(shorter);
    if (counter !== undefined && longer.count >= counter.count * SUBSUMED_SHARE) {
      subsumed.add(shorter);
    }
  };
  for (const clause of frequent) {
    if (clause.text.length < 2 * limits.minLength) continue;
    absorb(clause.text.slice(0, limits.minLength), clause);
    absorb(clause.text.slice(-limits.minLength), clause);
  }
  for (const sentence of frequentIn(tally.sentences.table, limits)) {
    for (const [clause] of sentence.text.matchAll(CLAUSE)) absorb(clause, sentence);
  }
  return frequent
    .filter((c) => !subsumed.has(c.text))
    .map((c) => ({
      text: c.text,
      kind: "短语" as const,
      count: c.count,
      speeches: c.speeches,
      role: sectionOf(c.section),
    }));
}

/** The ranked candidates: most speeches first, then most occurrences, then longest. */
export function rankPhrases(tally: PhraseTally): PhraseCandidate[] {
  const { limits } = tally;
  const sentences = frequentIn(tally.sentences.table, { ...limits, minCount: limits.minSpeeches })
    .map((c) => ({
      text: c.text,
      kind: "句子" as const,
      count: c.count,
      speeches: c.speeches,
      role: sectionOf(c.section),
    }))
    .sort(byRank)
    .slice(0, limits.top);
  const phrases = maximalPhrases(tally).sort(byRank).slice(0, limits.top);
  return [...sentences, ...phrases];
}
