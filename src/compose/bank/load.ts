// Loading the bank: every YAML file under the phrase-bank folders, checked by schema.ts
// (structure) and rules.ts (what a writer must follow). Entries that break a rule are left
// out and listed, naming the file and the entry.
import { basename, relative } from "node:path";
import type { Inline } from "../../model/index.js";
import { readDataFiles } from "../data-files.js";
import { parseYamlCached, verifiedAtBuild } from "../yaml-cache.js";
import { compileFill, compileRuns, PLAIN_SLOT } from "./fill.js";
import {
  CLOSING_ROLES,
  estimatedChars,
  factSlotCount,
  frameProblems,
  headingProblems,
  leadProblems,
  levelBoundWord,
  LOOKS_BACK,
  wordingProblems,
} from "./rules.js";
import {
  issuesOf,
  LOCAL_KINDS,
  schemas,
  type FrameFile,
  type LocalKind,
  type SubtopicFile,
  type TagsInput,
  type TopicFile,
} from "./schema.js";
import type {
  Bank,
  FrameEntry,
  Move,
  Phrase,
  Point,
  Subtopic,
  Tags,
  Topic,
  Wording,
} from "./types.js";

/**
 * A phrase of the bank. Its filling functions and counts are worked out on first use: a
 * draft uses a few hundred of the bank's ten thousand phrases, and compiling them all was
 * a fifth of a cold start.
 */
function phraseOf<Extra extends object = object>(
  text: string,
  tags: TagsInput = {},
  extra: Extra = {} as Extra,
): Phrase & Extra {
  let fill: Phrase["fill"] | undefined;
  let runs: Phrase["runs"] | undefined;
  let chars: number | undefined;
  let facts: number | undefined;
  let local: LocalKind[] | undefined;
  return {
    ...extra,
    text,
    tags: (tags ?? {}) as Tags,
    fill: (slots: Readonly<Record<string, string>>) => (fill ??= compileFill(text))(slots),
    runs: (values: Readonly<Record<string, readonly Inline[]>>) =>
      (runs ??= compileRuns(text))(values),
    get chars() {
      return (chars ??= estimatedChars(text));
    },
    get factSlots() {
      return (facts ??= factSlotCount(text));
    },
    get local() {
      return (local ??= [...text.matchAll(PLAIN_SLOT)]
        .map((m) => m[1]!)
        .filter((name): name is LocalKind => (LOCAL_KINDS as readonly string[]).includes(name)));
    },
  };
}

type RawPoint = SubtopicFile["points"][number];
type RawWording = RawPoint["moves"][number]["text"][number];

const wordingText = (w: RawWording): string => (typeof w === "string" ? w : w.text);

/** Problems of a point as a whole: its moves' order, links and level words. */
export function pointProblems(point: RawPoint, subtopicLevels: boolean): string[] {
  const problems: string[] = [];
  const required = point.moves.filter((m) => !m.optional);
  if (required.length === 0) problems.push("至少要有一步不是 optional");
  const lastRequired = required.at(-1);
  if (lastRequired && !CLOSING_ROLES.has(lastRequired.role))
    problems.push(
      `最后一个必有的步(${lastRequired.role})要能收束全段:${[...CLOSING_ROLES].join("、")}`,
    );
  point.moves.forEach((move, m) => {
    const before = point.moves[m - 1];
    move.text.forEach((raw, k) => {
      const text = wordingText(raw);
      const where = `moves[${m}].text[${k}]“${text.slice(0, 16)}…”`;
      for (const p of wordingProblems(text)) problems.push(`${where}:${p}`);
      if (LOOKS_BACK.test(text) && (!before || before.optional))
        problems.push(`${where}:承上启下的开头要跟在必有的步后面`);
      const after = typeof raw === "string" ? undefined : raw.after;
      if (after) {
        if (!before || before.optional) problems.push(`${where}:after 只能指向必有的上一步`);
        else if (after.some((i) => i >= before.text.length))
          problems.push(`${where}:after 指向不存在的措辞`);
      }
      const word = levelBoundWord(text);
      const tagged =
        subtopicLevels ||
        point.tags?.levels !== undefined ||
        (typeof raw !== "string" && raw.tags?.levels !== undefined);
      if (word && !tagged) problems.push(`${where}:“${word}”只在部分层级有,要标 levels`);
    });
  });
  point.leads.forEach((lead, i) => {
    for (const p of leadProblems(lead)) problems.push(`leads[${i}]“${lead}”:${p}`);
    const word = levelBoundWord(lead);
    if (word && !subtopicLevels && point.tags?.levels === undefined)
      problems.push(`leads[${i}]:“${word}”只在部分层级有,要标 levels`);
  });
  return problems;
}

function pointOf(raw: RawPoint, file: SubtopicFile): Point {
  const moves: Move[] = raw.moves.map((move) => ({
    role: move.role,
    optional: move.optional === true,
    wordings: move.text.map((w): Wording => {
      const after = typeof w === "string" ? undefined : w.after;
      return phraseOf(wordingText(w), typeof w === "string" ? {} : w.tags, after ? { after } : {});
    }),
  }));
  const levels = raw.tags?.levels ?? file.levels;
  return {
    id: `${file.subtopic}.${raw.id}`,
    subtopic: file.subtopic,
    topic: file.topic,
    shape: raw.shape,
    tags: { ...((raw.tags ?? {}) as Tags), ...(levels ? { levels } : {}) },
    leads: raw.leads.map((l) => phraseOf(l)),
    moves,
  };
}

type SchemaName = "subtopicFileSchema" | "topicFileSchema" | "frameFileSchema";

/**
 * The file's document checked against its schema. A file that passed every check when the
 * package was built (the same text) is trusted as it is: `verified` tells the caller to skip
 * the rules too.
 */
function parseWith<T>(
  schema: SchemaName,
  file: string,
  source: string,
  problems: string[],
): { doc: T; verified: boolean } | undefined {
  let doc: unknown;
  try {
    doc = parseYamlCached(source);
  } catch (error) {
    problems.push(`${file}:YAML 语法错误:${(error as Error).message}`);
    return undefined;
  }
  if (verifiedAtBuild(source)) return { doc: doc as T, verified: true };
  const parsed = schemas()[schema].safeParse(doc);
  if (!parsed.success) {
    problems.push(...issuesOf(file, parsed.error));
    return undefined;
  }
  return { doc: parsed.data as T, verified: false };
}

function headingsOf(
  file: string,
  headings: readonly string[],
  problems: string[],
  verified: boolean,
): Phrase[] {
  return headings.flatMap((h, i) => {
    const issues = verified ? [] : headingProblems(h);
    for (const p of issues) problems.push(`${file} headings[${i}]“${h}”:${p}`);
    return issues.length > 0 ? [] : [phraseOf(h)];
  });
}

export function readSubtopicFile(
  file: string,
  source: string,
  problems: string[],
): Subtopic | undefined {
  const parsed = parseWith<SubtopicFile>("subtopicFileSchema", file, source, problems);
  if (!parsed) return undefined;
  const { doc, verified } = parsed;
  const ids = new Set<string>();
  const points: Point[] = [];
  doc.points.forEach((raw, i) => {
    const issues = verified ? [] : pointProblems(raw, doc.levels !== undefined);
    if (ids.has(raw.id)) issues.push(`id ${raw.id} 重复`);
    ids.add(raw.id);
    for (const p of issues) problems.push(`${file} points[${i}](${raw.id}) ${p}`);
    if (issues.length === 0) points.push(pointOf(raw, doc));
  });
  return {
    name: doc.subtopic,
    topic: doc.topic,
    aliases: doc.aliases ?? [],
    ...(doc.levels ? { levels: doc.levels } : {}),
    local: doc.local ?? {},
    headings: headingsOf(file, doc.headings, problems, verified),
    points,
    file,
  };
}

export function readFrameFile(file: string, source: string, problems: string[]): FrameEntry[] {
  const parsed = parseWith<FrameFile>("frameFileSchema", file, source, problems);
  if (!parsed) return [];
  const { doc, verified } = parsed;
  const out: FrameEntry[] = [];
  for (const [category, list] of Object.entries(doc.categories)) {
    list.forEach((raw, i) => {
      const text = typeof raw === "string" ? raw : raw.text;
      const issues = verified ? [] : frameProblems(category, text);
      for (const p of issues) problems.push(`${file} ${category}[${i}]“${text}”:${p}`);
      if (issues.length === 0)
        out.push(phraseOf(text, typeof raw === "string" ? {} : raw.tags, { category, file }));
    });
  }
  return out;
}

/**
 * Loads the phrase-bank folders (later ones add to earlier ones): points/<topic>/*.yaml and
 * any other .yaml as frame categories.
 */
export function loadBank(dirs: readonly string[]): Bank {
  const problems: string[] = [];
  const topicFiles = new Map<string, { aliases: string[]; headings: Phrase[] }>();
  const subtopics = new Map<string, Subtopic>();
  const frame = new Map<string, FrameEntry[]>();
  for (const dir of dirs) {
    for (const { path, source } of readDataFiles(dir, problems)) {
      const file = relative(dir, path);
      if (file.startsWith(`points`) && basename(path).startsWith("_topic.")) {
        const parsed = parseWith<TopicFile>("topicFileSchema", file, source, problems);
        if (parsed)
          topicFiles.set(parsed.doc.topic, {
            aliases: parsed.doc.aliases ?? [],
            headings: headingsOf(file, parsed.doc.headings, problems, parsed.verified),
          });
      } else if (file.startsWith("points")) {
        const sub = readSubtopicFile(file, source, problems);
        if (!sub) continue;
        if (subtopics.has(sub.name)) problems.push(`${file}:子议题“${sub.name}”已在别的文件里定义`);
        else subtopics.set(sub.name, sub);
      } else {
        for (const entry of readFrameFile(file, source, problems)) {
          const list = frame.get(entry.category);
          if (list) list.push(entry);
          else frame.set(entry.category, [entry]);
        }
      }
    }
  }
  const topics = new Map<string, Topic>();
  for (const sub of subtopics.values()) {
    const known = topicFiles.get(sub.topic);
    if (!known && !topics.has(sub.topic))
      problems.push(`${sub.file}:主题“${sub.topic}”没有 points/${sub.topic}/_topic.yaml`);
    const topic = topics.get(sub.topic) ?? {
      name: sub.topic,
      aliases: known?.aliases ?? [],
      headings: known?.headings ?? [],
      subtopics: [],
    };
    topics.set(sub.topic, { ...topic, subtopics: [...topic.subtopics, sub] });
  }
  const points = new Map<string, Point>();
  for (const sub of subtopics.values()) for (const p of sub.points) points.set(p.id, p);
  return { topics, subtopics, points, frame, problems };
}
