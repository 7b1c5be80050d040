// Phrase candidates: the wording an office reuses. Every clause of every speech gives its
// 4–8 character n-grams (numbers generalised, so 完成…亿元 is one frame), counted in one
// Map with how many speeches use them and in which part role; whole sentences are counted
// the same way. Work is linear in the text; memory is bounded by pruning entries seen in
// one speech only when the Map grows too large (lossy counting: a phrase first seen after
// a prune may be under-counted by the speeches before it, never over-counted). At the end
// an n-gram is dropped when a longer candidate containing it occurs (almost) as often:
// 真抓实干 survives, 真抓实 does not.
import { inlineText, type Block, type Inline, type PartRole, type Speech } from "../model/index.js";
import { generalize, sentencesOf } from "./generalize.js";
import { NgramTable, type SectionCode } from "./ngram-table.js";

/** Where in a speech a phrase occurs: a part's role, or the opening / closing. */
export type PhraseSection = PartRole | "开场" | "结尾";

const SECTIONS: readonly PhraseSection[] = ["开场", "形势", "措施", "作风", "其他", "结尾"];
const sectionCode = (section: PhraseSection): SectionCode => SECTIONS.indexOf(section);
const sectionOf = (code: SectionCode): PhraseSection => SECTIONS[code] ?? "其他";

export interface PhraseCandidate {
  readonly text: string;
  /** "短语" for an n-gram or clause, "句子" for a whole sentence. */
  readonly kind: "短语" | "句子";
  readonly count: number;
  /** How many speeches use it. */
  readonly speeches: number;
  /** The section it occurs in most. */
  readonly role: PhraseSection;
}

export interface PhraseLimits {
  readonly minLength: number;
  readonly maxLength: number;
  readonly minSpeeches: number;
  readonly minCount: number;
  /** Prune when the Map holds more entries than this. */
  readonly maxEntries: number;
  /** Candidates kept in the report, per kind. */
  readonly top: number;
}

export const PHRASE_LIMITS: PhraseLimits = {
  minLength: 4,
  maxLength: 8,
  minSpeeches: 2,
  minCount: 3,
  maxEntries: 1_500_000,
  top: 300,
};

const SENTENCE_MIN = 12;
const SENTENCE_MAX = 160;
/** A candidate whose extension has at least this share of its count is not maximal. */
const SUBSUMED_SHARE = 0.9;

interface Counter {
  count: number;
  speeches: number;
  /** Index of the last speech that counted it, so a speech counts once in `speeches`. */
  last: number;
  /** Majority vote (Boyer–Moore) over sections: constant memory per entry. */
  section: PhraseSection;
  votes: number;
}

export interface PhraseTally {
  readonly limits: PhraseLimits;
  readonly ngrams: NgramTable;
  readonly sentences: Map<string, Counter>;
  speechCount: number;
  pruned: number;
  /** The n-gram table is pruned when it grows past this. */
  pruneAt: number;
}

export function createPhraseTally(limits: PhraseLimits = PHRASE_LIMITS): PhraseTally {
  return {
    limits,
    ngrams: new NgramTable(),
    sentences: new Map(),
    speechCount: 0,
    pruned: 0,
    pruneAt: limits.maxEntries,
  };
}

function bump(
  map: Map<string, Counter>,
  key: string,
  speech: number,
  section: PhraseSection,
): void {
  const counter = map.get(key);
  if (counter === undefined) {
    map.set(key, { count: 1, speeches: 1, last: speech, section, votes: 1 });
    return;
  }
  counter.count++;
  if (counter.last !== speech) {
    counter.speeches++;
    counter.last = speech;
  }
  if (counter.section === section) counter.votes++;
  else if (counter.votes === 0) {
    counter.section = section;
    counter.votes = 1;
  } else counter.votes--;
}

function prune(map: Map<string, Counter>): number {
  let dropped = 0;
  for (const [key, counter] of map) {
    if (counter.speeches < 2) {
      map.delete(key);
      dropped++;
    }
  }
  return dropped;
}

// Clause boundaries; quotation marks are dropped instead, so “双过半” stays one phrase.
const CLAUSE_BREAK = /[，。；！？：,;!?:\n（）()《》〈〉【】「」\s]+/;
const QUOTES = /[“”‘’"'〝〞]/g;

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
  if (speech.announceLine !== undefined) {
    yield { section: "开场", text: runs(speech.announceLine.content) };
  }
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

/** Counts the phrases and sentences of one speech into the tally. */
export function tallyPhrases(tally: PhraseTally, speech: Speech, roles: readonly PartRole[]): void {
  const id = tally.speechCount++;
  const { minLength, maxLength } = tally.limits;
  for (const { section, text } of sectionTexts(speech, roles)) {
    if (text === "") continue;
    const general = generalize(text.replace(QUOTES, ""));
    for (const sentence of sentencesOf(general)) {
      if (sentence.length >= SENTENCE_MIN && sentence.length <= SENTENCE_MAX) {
        bump(tally.sentences, sentence, id, section);
      }
    }
    const code = sectionCode(section);
    for (const clause of general.split(CLAUSE_BREAK)) {
      if (clause.length >= minLength) {
        tally.ngrams.countClause(clause, minLength, maxLength, id, code);
      }
    }
  }
  if (tally.sentences.size > tally.limits.maxEntries) tally.pruned += prune(tally.sentences);
  if (tally.ngrams.size > tally.pruneAt) {
    tally.pruned += tally.ngrams.prune(2);
    // When most n-grams recur, pruning frees little: wait for real growth before the next.
    tally.pruneAt = Math.max(tally.limits.maxEntries, tally.ngrams.size * 2);
  }
}

const byRank = (a: PhraseCandidate, b: PhraseCandidate): number =>
  b.speeches - a.speeches ||
  b.count - a.count ||
  b.text.length - a.text.length ||
  (a.text < b.text ? -1 : 1);

/** N-grams that are not part of a longer candidate occurring about as often. */
function maximalNgrams(tally: PhraseTally): PhraseCandidate[] {
  const { minSpeeches, minCount } = tally.limits;
  const frequent = [...tally.ngrams.entries()].filter(
    (c) => c.speeches >= minSpeeches && c.count >= minCount,
  );
  frequent.sort((a, b) => b.text.length - a.text.length);
  const subsumed = new Set<string>();
  const absorb = (shorter: string, longer: { readonly count: number }): void => {
    const counter = tally.ngrams.get(shorter);
    if (counter !== undefined && longer.count >= counter.count * SUBSUMED_SHARE) {
      subsumed.add(shorter);
    }
  };
  for (const counter of frequent) {
    // Immediate extensions suffice: subsumption chains down one character at a time.
    absorb(counter.text.slice(1), counter);
    absorb(counter.text.slice(0, -1), counter);
  }
  // Frequent whole sentences absorb the n-grams cut from them.
  for (const [sentence, counter] of tally.sentences) {
    if (counter.speeches < minSpeeches || counter.count < minCount) continue;
    const clauses = sentence.split(CLAUSE_BREAK);
    for (const clause of clauses) {
      for (let at = 0; at + tally.limits.maxLength <= clause.length; at++) {
        absorb(clause.slice(at, at + tally.limits.maxLength), counter);
      }
      if (clause.length <= tally.limits.maxLength) absorb(clause, counter);
    }
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
  const { minSpeeches, minCount, top } = tally.limits;
  const sentences = [...tally.sentences]
    .filter(([, c]) => c.speeches >= minSpeeches && c.count >= Math.min(minCount, minSpeeches))
    .map(([text, c]) => ({
      text,
      kind: "句子" as const,
      count: c.count,
      speeches: c.speeches,
      role: c.section,
    }))
    .sort(byRank)
    .slice(0, top);
  const phrases = maximalNgrams(tally).sort(byRank).slice(0, top);
  return [...sentences, ...phrases];
}
