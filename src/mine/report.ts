// From speeches to the facts of an archive. A tally is fed one speech at a time (the
// archive is never held in memory: only each speech's small facts and the bounded phrase
// counts stay), then `finishReport` turns it into the report every renderer and `--json`
// share. Pure: no files, no clock.
import type { ItemStyle, PartRole, Speech } from "../model/index.js";
import { speechFacts, type SpeechFacts } from "./facts.js";
import {
  createPhraseTally,
  rankPhrases,
  tallyPhrases,
  type PhraseCandidate,
  type PhraseLimits,
  type PhraseTally,
} from "./phrases.js";

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface MiningTally {
  readonly facts: SpeechFacts[];
  readonly skipped: SkippedFile[];
  readonly phrases: PhraseTally;
  files: number;
  bytes: number;
}

export function createMiningTally(limits?: PhraseLimits): MiningTally {
  return { facts: [], skipped: [], phrases: createPhraseTally(limits), files: 0, bytes: 0 };
}

/** Adds one parsed speech; returns its facts. */
export function tallySpeech(tally: MiningTally, speech: Speech, file: string): SpeechFacts {
  const facts = speechFacts(speech, file);
  tally.facts.push(facts);
  tallyPhrases(tally.phrases, speech, facts.roles);
  return facts;
}

export function tallySkipped(tally: MiningTally, file: string, reason: string): void {
  tally.skipped.push({ file, reason });
}

/** Counts one file read (whether or not it held a speech). */
export function tallyFile(tally: MiningTally, bytes: number): void {
  tally.files++;
  tally.bytes += bytes;
}

// ---- the report ----

export interface SpeechSummary {
  readonly file: string;
  readonly title: string;
  /** Meeting type id (phrasebank/README.md), null when the speech names none. */
  readonly type: string | null;
  readonly roles: readonly PartRole[];
  readonly chars: number;
  readonly minutes: number;
  readonly partNumbering: string;
  readonly itemStyles: readonly ItemStyle[];
  readonly headings: readonly {
    level: 1 | 2 | 3;
    text: string;
    role: PartRole;
    patterns: readonly string[];
  }[];
}

export interface Counted {
  readonly text: string;
  readonly count: number;
  /** Up to three files it was seen in. */
  readonly files: readonly string[];
}

export interface SkeletonCount {
  /** Meeting type id, null for speeches of no known type. */
  readonly type: string | null;
  readonly roles: readonly PartRole[];
  readonly count: number;
  readonly files: readonly string[];
}

export interface HeadingPatternCount {
  readonly level: 1 | 2 | 3;
  readonly pattern: string;
  readonly count: number;
  readonly examples: readonly string[];
}

export interface LengthStats {
  readonly minChars: number;
  readonly medianChars: number;
  readonly maxChars: number;
  readonly totalChars: number;
  readonly medianMinutes: number;
}

export interface MiningReport {
  /** Bumped when a field changes meaning; fields are only ever added. */
  readonly version: 1;
  readonly files: number;
  readonly bytes: number;
  readonly speeches: readonly SpeechSummary[];
  readonly types: readonly { type: string | null; count: number }[];
  readonly skeletons: readonly SkeletonCount[];
  readonly headingPatterns: readonly HeadingPatternCount[];
  readonly formulas: {
    readonly opening: readonly Counted[];
    readonly acknowledgement: readonly Counted[];
    readonly announce: readonly Counted[];
    readonly closing: readonly Counted[];
    readonly rally: readonly Counted[];
  };
  readonly enumerations: readonly { style: string; count: number; speeches: number }[];
  readonly placeholders: readonly { convention: string; count: number; speeches: number }[];
  readonly length: LengthStats | null;
  readonly phrases: readonly PhraseCandidate[];
  readonly skipped: readonly SkippedFile[];
}

const EXAMPLES = 3;

/** Groups equal values, most frequent first (ties in first-seen order). */
function countValues(values: readonly { text: string; file: string }[]): Counted[] {
  const groups = new Map<string, { count: number; files: string[] }>();
  for (const { text, file } of values) {
    const group = groups.get(text) ?? { count: 0, files: [] };
    group.count++;
    if (group.files.length < EXAMPLES && !group.files.includes(file)) group.files.push(file);
    groups.set(text, group);
  }
  return [...groups]
    .map(([text, g]) => ({ text, count: g.count, files: g.files }))
    .sort((a, b) => b.count - a.count);
}

function formula(
  facts: readonly SpeechFacts[],
  pick: (f: SpeechFacts) => readonly (string | undefined)[],
): Counted[] {
  return countValues(
    facts.flatMap((f) =>
      pick(f).flatMap((text) => (text === undefined ? [] : [{ text, file: f.file }])),
    ),
  );
}

function skeletons(facts: readonly SpeechFacts[]): SkeletonCount[] {
  const groups = new Map<
    string,
    { type: string | null; roles: readonly PartRole[]; files: string[] }
  >();
  for (const f of facts) {
    if (f.roles.length === 0) continue;
    const key = `${f.type ?? ""}|${f.roles.join("→")}`;
    const group = groups.get(key) ?? { type: f.type ?? null, roles: f.roles, files: [] };
    group.files.push(f.file);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ type: g.type, roles: g.roles, count: g.files.length, files: g.files }))
    .sort((a, b) => b.count - a.count || (a.type ?? "").localeCompare(b.type ?? ""));
}

function headingPatterns(facts: readonly SpeechFacts[]): HeadingPatternCount[] {
  const groups = new Map<
    string,
    { level: 1 | 2 | 3; pattern: string; count: number; examples: string[] }
  >();
  for (const f of facts) {
    for (const heading of f.headings) {
      for (const pattern of heading.patterns) {
        const key = `${heading.level}|${pattern}`;
        const group = groups.get(key) ?? { level: heading.level, pattern, count: 0, examples: [] };
        group.count++;
        if (group.examples.length < EXAMPLES && !group.examples.includes(heading.text)) {
          group.examples.push(heading.text);
        }
        groups.set(key, group);
      }
    }
  }
  return [...groups.values()].sort((a, b) => a.level - b.level || b.count - a.count);
}

function countPerSpeech(
  facts: readonly SpeechFacts[],
  valuesOf: (f: SpeechFacts) => readonly [string, number][],
): { name: string; count: number; speeches: number }[] {
  const groups = new Map<string, { count: number; speeches: number }>();
  for (const f of facts) {
    for (const [name, n] of valuesOf(f)) {
      const group = groups.get(name) ?? { count: 0, speeches: 0 };
      group.count += n;
      group.speeches++;
      groups.set(name, group);
    }
  }
  return [...groups].map(([name, g]) => ({ name, ...g })).sort((a, b) => b.count - a.count);
}

function enumerations(facts: readonly SpeechFacts[]): MiningReport["enumerations"] {
  return countPerSpeech(facts, (f) => {
    const counts = new Map<string, number>();
    const add = (style: string): void => void counts.set(style, (counts.get(style) ?? 0) + 1);
    if (f.roles.length > 0) add(f.partNumbering);
    if (f.hasSubParts) add("(一)");
    for (const style of f.itemStyles) add(style);
    return [...counts];
  }).map(({ name, count, speeches }) => ({ style: name, count, speeches }));
}

function lengthStats(facts: readonly SpeechFacts[]): LengthStats | null {
  if (facts.length === 0) return null;
  const chars = facts.map((f) => f.chars).sort((a, b) => a - b);
  const median = chars[Math.floor((chars.length - 1) / 2)] ?? 0;
  return {
    minChars: chars[0] ?? 0,
    medianChars: median,
    maxChars: chars[chars.length - 1] ?? 0,
    totalChars: chars.reduce((sum, n) => sum + n, 0),
    medianMinutes: Math.round((median / 180) * 10) / 10,
  };
}

function summary(f: SpeechFacts): SpeechSummary {
  return {
    file: f.file,
    title: f.title,
    type: f.type ?? null,
    roles: f.roles,
    chars: f.chars,
    minutes: f.minutes,
    partNumbering: f.partNumbering,
    itemStyles: f.itemStyles,
    headings: f.headings,
  };
}

export function finishReport(tally: MiningTally): MiningReport {
  const facts = tally.facts;
  const types = countValues(facts.map((f) => ({ text: f.type ?? "", file: f.file })));
  return {
    version: 1,
    files: tally.files,
    bytes: tally.bytes,
    speeches: facts.map(summary),
    types: types.map((t) => ({ type: t.text === "" ? null : t.text, count: t.count })),
    skeletons: skeletons(facts),
    headingPatterns: headingPatterns(facts),
    formulas: {
      opening: formula(facts, (f) => [f.opening]),
      acknowledgement: formula(facts, (f) => f.acknowledgements),
      announce: formula(facts, (f) => [f.announce]),
      closing: formula(facts, (f) => [f.closing]),
      rally: formula(facts, (f) => [f.rally]),
    },
    enumerations: enumerations(facts),
    placeholders: countPerSpeech(facts, (f) => Object.entries(f.placeholders)).map(
      ({ name, count, speeches }) => ({ convention: name, count, speeches }),
    ),
    length: lengthStats(facts),
    phrases: rankPhrases(tally.phrases),
    skipped: tally.skipped,
  };
}
