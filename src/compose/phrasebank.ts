// The phrase bank: YAML files of our own sentences (format in phrasebank/README.md).
// Loading checks every entry against the format, so a clerk's edit that breaks a rule is
// reported with its file and category instead of surfacing as an odd draft.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type Handlebars from "handlebars";
import { createRequire } from "node:module";
import { countWordChars } from "../model/index.js";
import {
  SPEAKER_ROLES,
  UNIT_LEVELS,
  type SpeakerRole,
  type UnitLevel,
} from "../questions/index.js";
import { SEASONS, type Season } from "./calendar.js";
import { parseYamlCached } from "./yaml-cache.js";

/** Meeting type ids an entry may be tagged with (phrasebank/README.md). */
export const TAGGABLE_MEETING_TYPES = [
  "经济工作会议",
  "政府全体会议",
  "经济运行分析会",
  "半年工作会议",
  "专项行动动员部署大会",
  "重大项目建设推进会",
  "招商引资工作会议",
  "安全生产工作会议",
  "党风廉政建设工作会议",
  "乡村振兴工作会议",
  "优化营商环境大会",
  "年终工作总结暨表彰大会",
  "防汛工作会议",
  "生态环境保护工作会议",
  "作风建设大会",
] as const;

/** The work topics the README promises, each a file under phrasebank/measures/. */
export const WORK_TOPICS = [
  "项目建设",
  "招商引资",
  "工业经济",
  "乡村振兴",
  "城市建设与管理",
  "文化旅游",
  "生态环保",
  "安全生产",
  "民生保障",
  "营商环境",
  "财税金融",
  "风险防范化解",
  "社会治理",
  "科技创新",
  "数字经济",
  "开放与外贸",
  "消费与服务业",
  "党建引领",
  "干部作风",
  "防汛救灾",
  "粮食和农业生产",
  "深化改革",
  "党风廉政",
  "教育和人才",
] as const;

export const STYLE_ASPECTS = [
  "担当",
  "落实",
  "效率",
  "督查",
  "廉洁",
  "本领",
  "协同",
  "底线",
] as const;

/** Categories with a fixed name; measures.<topic>.*, style.<aspect>.* and types.<type>.* are matched by shape. */
export const FIXED_CATEGORIES = [
  "opening.purpose",
  "opening.acknowledge",
  "opening.significance",
  "announce",
  "situation.heading",
  "situation.intro",
  "situation.achievement.frame",
  "situation.achievement.generic",
  "situation.opportunity",
  "situation.analysis",
  "situation.problem.frame",
  "situation.problem.generic",
  "situation.resolve",
  "measures.heading",
  "measures.intro",
  "style.heading",
  "style.intro",
  "timenode",
  "season.work",
  "closing.task",
  "closing.rally",
] as const;

/** Slots every category may use, with a typical value (used to estimate lengths). */
export const COMMON_SLOTS: Readonly<Record<string, string>> = {
  unit: "西峰区",
  scope: "全区",
  level: "区",
  party: "区委",
  gov: "区政府",
  partyGov: "区委、区政府",
  year: "2026",
  lastYear: "2025",
  nextYear: "2027",
  plan: "十五五",
  planYear: "开局之年",
  quarterName: "一季度",
  meetingName: "全区经济工作会议",
  speakerTitle: "区委书记",
};

export interface PhraseTags {
  readonly types?: readonly string[];
  readonly quarters?: readonly number[];
  readonly months?: readonly number[];
  readonly seasons?: readonly Season[];
  readonly role?: SpeakerRole | readonly SpeakerRole[];
  readonly levels?: readonly UnitLevel[];
}

export interface PhraseEntry {
  readonly category: string;
  /** The text as written, slots unfilled. */
  readonly text: string;
  readonly tags: PhraseTags;
  readonly aspect?: string;
  /** The file it came from, relative to its phrase bank folder. */
  readonly file: string;
  /** The text with its slots filled; compiled once, logic-less. */
  readonly fill: (slots: Readonly<Record<string, string>>) => string;
}

export interface TopicInfo {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly file: string;
}

export interface PhraseBank {
  readonly entries: readonly PhraseEntry[];
  /** Rules broken by entries that were left out (file: problem), for a warning. */
  readonly problems: readonly string[];
  readonly byCategory: ReadonlyMap<string, readonly PhraseEntry[]>;
  readonly topics: readonly TopicInfo[];
}

/** What one file holds, with every rule it breaks. */
export interface PhraseFile {
  readonly file: string;
  readonly topic?: TopicInfo;
  readonly entries: readonly PhraseEntry[];
  readonly problems: readonly string[];
}

let isolatedHandlebars: typeof Handlebars | undefined;

/**
 * An isolated handlebars with no helpers at all: the bank is data, not code. Created (and
 * the package loaded) only when an entry needs more than plain slots, which keeps ~40 ms
 * of module loading out of every cold start.
 */
function handlebars(): typeof Handlebars {
  if (isolatedHandlebars === undefined) {
    const env = (createRequire(import.meta.url)("handlebars") as typeof Handlebars).create();
    for (const name of Object.keys(env.helpers)) {
      if (name !== "helperMissing" && name !== "blockHelperMissing") env.unregisterHelper(name);
    }
    isolatedHandlebars = env;
  }
  return isolatedHandlebars;
}

const SLOT = /\{\{([A-Za-z]+)\}\}/g;
const ANY_MUSTACHE = /\{\{|\}\}/;
const HALF_WIDTH_PUNCTUATION = /[,;:?!()"'<>[\]]/;
const NUMBERING_MARKER =
  /^(?:[一二三四五六七八九十]+[、是要]|第[一二三四五六七八九十]+[，、个]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;

/** Slots a category may use. */
export function allowedSlots(category: string): ReadonlySet<string> {
  const slots = new Set(Object.keys(COMMON_SLOTS));
  if (category.startsWith("measures.generic.")) slots.add("topic");
  if (category === "announce") slots.add("count");
  return slots;
}

/** The kind of text a category holds, which sets its length and punctuation rules. */
export function categoryShape(category: string): "heading" | "lead" | "announce" | "sentence" {
  if (category === "announce") return "announce";
  if (category.endsWith(".heading")) return "heading";
  if (category.endsWith(".lead")) return "lead";
  return "sentence";
}

/** Why a category name is not one the composer knows, or undefined when it is. */
export function categoryProblem(category: string, topic: string | undefined): string | undefined {
  if ((FIXED_CATEGORIES as readonly string[]).includes(category)) return undefined;
  const measure = /^measures\.([^.]+)\.(heading|lead|support)$/.exec(category);
  if (measure) {
    const name = measure[1]!;
    if (name === "generic" || name === topic) return undefined;
    return `类别 ${category} 的主题“${name}”与本文件的 topic(${topic ?? "未声明"})不符`;
  }
  const style = /^style\.([^.]+)\.(lead|support)$/.exec(category);
  if (style) {
    if ((STYLE_ASPECTS as readonly string[]).includes(style[1]!)) return undefined;
    return `类别 ${category} 的作风方面应为 ${STYLE_ASPECTS.join("、")} 之一`;
  }
  const typed = /^types\.([^.]+)\.[a-z.]+$/.exec(category);
  if (typed) {
    if ((TAGGABLE_MEETING_TYPES as readonly string[]).includes(typed[1]!)) return undefined;
    return `类别 ${category} 的会议类型“${typed[1]}”不存在`;
  }
  return `未知类别 ${category}(见 phrasebank/README.md 的类别表)`;
}

/** 字数 of a text with each slot counted as its typical value. */
export function estimatedChars(text: string): number {
  return countWordChars(
    text.replace(
      SLOT,
      (_, name: string) => COMMON_SLOTS[name] ?? (name === "topic" ? "数字乡村" : "三"),
    ),
  );
}

/** Every rule one entry's text breaks (empty when it is fine). */
export function textProblems(category: string, text: string): string[] {
  const problems: string[] = [];
  const allowed = allowedSlots(category);
  for (const m of text.matchAll(SLOT)) {
    if (!allowed.has(m[1]!)) problems.push(`槽位 {{${m[1]}}} 不能用于 ${category}`);
  }
  if (ANY_MUSTACHE.test(text.replace(SLOT, "")))
    problems.push("只能用 {{名字}} 形式的槽位,不能用块、帮助函数或三括号");
  const bare = text.replace(SLOT, "");
  if (HALF_WIDTH_PUNCTUATION.test(bare))
    problems.push("含半角标点,请改用全角(，。、；：“”！？（）)");
  if (/\s/.test(bare)) problems.push("含空格或换行");
  if (/[〔【]待/.test(bare)) problems.push("短语库不写待补槽位;事实由答案提供");
  const chars = estimatedChars(text);
  const shape = categoryShape(category);
  switch (shape) {
    case "heading":
      if (NUMBERING_MARKER.test(bare)) problems.push("标题不带序号");
      if (/[。！；]$/.test(bare)) problems.push("标题末尾不加句号");
      if (chars < 8 || chars > 24) problems.push(`标题应为 8–24 字,现为 ${chars} 字`);
      break;
    case "lead":
      if (NUMBERING_MARKER.test(bare)) problems.push("领句不带序号(一是、一要由程序加)");
      if (!bare.endsWith("。")) problems.push("领句以“。”结尾");
      if (/[。！？]/.test(bare.slice(0, -1))) problems.push("领句只能是一句话");
      if (chars < 6 || chars > 22) problems.push(`领句应为 6–22 字,现为 ${chars} 字`);
      break;
    case "announce":
      if (!text.includes("{{count}}")) problems.push("announce 必须含 {{count}}");
      if (!/[。：]$/.test(bare)) problems.push("以“。”或“：”结尾");
      break;
    case "sentence":
      if (!/[。！]$/.test(bare)) problems.push("句子以“。”或“！”结尾");
      if (chars < 25 || chars > 120) problems.push(`应为 25–120 字,现为 ${chars} 字`);
      if (category === "closing.rally" && !(bare.startsWith("同志们，") && bare.endsWith("！"))) {
        problems.push("closing.rally 以“同志们，”开头、以“！”结尾");
      }
      break;
    default: {
      const never: never = shape;
      throw new Error(`unknown shape ${String(never)}`);
    }
  }
  return problems;
}

const TAG_KEYS = ["types", "quarters", "months", "seasons", "role", "levels"] as const;

function tagProblems(tags: unknown): string[] {
  if (tags === undefined) return [];
  if (typeof tags !== "object" || tags === null || Array.isArray(tags)) return ["tags 应为对象"];
  const problems: string[] = [];
  const record = tags as Record<string, unknown>;
  const listOf = (key: string, valid: readonly unknown[]): void => {
    const value = record[key];
    if (value === undefined) return;
    if (!Array.isArray(value) || value.length === 0 || value.some((v) => !valid.includes(v))) {
      problems.push(`tags.${key} 应为非空列表,取值 ${valid.join("、")}`);
    }
  };
  for (const key of Object.keys(record)) {
    if (!(TAG_KEYS as readonly string[]).includes(key))
      problems.push(`未知标签 ${key}(可用:${TAG_KEYS.join("、")})`);
  }
  listOf("types", TAGGABLE_MEETING_TYPES);
  listOf("quarters", [1, 2, 3, 4]);
  listOf("months", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  listOf("seasons", SEASONS);
  listOf("levels", UNIT_LEVELS);
  // role is one value in the README's table; a one-item list reads as naturally in YAML.
  const role = record["role"];
  const roles: unknown[] = Array.isArray(role) ? role : [role];
  const validRole = (r: unknown): boolean => (SPEAKER_ROLES as readonly unknown[]).includes(r);
  if (role !== undefined && (roles.length === 0 || !roles.every(validRole))) {
    problems.push(`tags.role 应为 ${SPEAKER_ROLES.join(" 或 ")}`);
  }
  return problems;
}

/** A plain {{name}} slot: the only kind the bank uses (README), filled without handlebars. */
const PLAIN_SLOT = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Names handlebars reads as keywords or literals, not as slots. */
const HANDLEBARS_WORDS = new Set(["this", "else", "true", "false", "null", "undefined"]);

export function compileFill(text: string): (slots: Readonly<Record<string, string>>) => string {
  // Drawing fills thousands of entries a draft and handlebars' runtime dominated composing;
  // text with plain slots only is filled by replacement, with the same strictness (a
  // missing slot throws). Anything else handlebars would read differently goes to it.
  const rest = text.replace(PLAIN_SLOT, "");
  const names = [...text.matchAll(PLAIN_SLOT)].map((m) => m[1]!);
  if (!/[{}\\]/.test(rest) && !names.some((n) => HANDLEBARS_WORDS.has(n))) {
    return (slots) =>
      text.replace(PLAIN_SLOT, (_slot, name: string) => {
        const value = Object.hasOwn(slots, name) ? slots[name] : undefined;
        if (value === undefined) throw new Error(`"${name}" not defined in the slots of: ${text}`);
        return value;
      });
  }
  const template = handlebars().compile(text, {
    noEscape: true,
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: {},
  });
  return (slots) => template(slots);
}

/** Reads one phrase-bank file's text; never throws for content problems, it lists them. */
export function readPhraseFile(file: string, source: string): PhraseFile {
  const problems: string[] = [];
  let doc: unknown;
  try {
    doc = parseYamlCached(source);
  } catch (error) {
    return { file, entries: [], problems: [`YAML 语法错误:${(error as Error).message}`] };
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    return { file, entries: [], problems: ["文件应为含 categories 的对象"] };
  }
  const record = doc as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!["topic", "aliases", "categories"].includes(key)) problems.push(`未知顶层键 ${key}`);
  }
  let topic: TopicInfo | undefined;
  if (record["topic"] !== undefined) {
    const aliases = record["aliases"] ?? [];
    if (typeof record["topic"] !== "string") problems.push("topic 应为字符串");
    else if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string" || a === "")) {
      problems.push("aliases 应为字符串列表");
    } else topic = { name: record["topic"], aliases: aliases as string[], file };
  }
  const categories = record["categories"];
  if (typeof categories !== "object" || categories === null || Array.isArray(categories)) {
    return {
      file,
      ...(topic ? { topic } : {}),
      entries: [],
      problems: [...problems, "缺少 categories"],
    };
  }
  const entries: PhraseEntry[] = [];
  for (const [category, list] of Object.entries(categories as Record<string, unknown>)) {
    const categoryIssue = categoryProblem(category, topic?.name);
    if (categoryIssue) problems.push(categoryIssue);
    if (!Array.isArray(list)) {
      problems.push(`${category}:应为列表`);
      continue;
    }
    list.forEach((raw: unknown, index) => {
      const where = `${category}[${index}]`;
      const entry = typeof raw === "string" ? { text: raw } : raw;
      if (
        typeof entry !== "object" ||
        entry === null ||
        typeof (entry as { text?: unknown }).text !== "string"
      ) {
        problems.push(`${where}:条目应为字符串或含 text 的对象`);
        return;
      }
      const { text, tags, aspect, ...rest } = entry as {
        text: string;
        tags?: unknown;
        aspect?: unknown;
      };
      for (const key of Object.keys(rest)) problems.push(`${where}:未知键 ${key}`);
      const issues = [...textProblems(category, text), ...tagProblems(tags)];
      if (
        aspect !== undefined &&
        (typeof aspect !== "string" || aspect.length === 0 || aspect.length > 6)
      ) {
        issues.push("aspect 应为不超过 6 字的短词");
      }
      for (const issue of issues) problems.push(`${where}“${text}”:${issue}`);
      if (issues.length > 0) return;
      entries.push({
        category,
        text,
        tags: (tags ?? {}) as PhraseTags,
        ...(typeof aspect === "string" ? { aspect } : {}),
        file,
        fill: compileFill(text),
      });
    });
  }
  return { file, ...(topic ? { topic } : {}), entries, problems };
}

/** Every .yaml file under a folder, sorted, so loading order (and so drafts) never depend on the disk. */
export function phraseFilesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** Problems that only show across files: the same sentence, or a 12-字 run, in two entries. */
export function duplicateProblems(entries: readonly PhraseEntry[], runLength = 12): string[] {
  const problems: string[] = [];
  const seen = new Map<string, PhraseEntry>();
  for (const entry of entries) {
    const normalized = entry.text.replace(SLOT, "#").replace(/[^\p{Script=Han}\p{L}\p{N}#]/gu, "");
    const runs = new Set<string>();
    for (let i = 0; i + runLength <= normalized.length; i++)
      runs.add(normalized.slice(i, i + runLength));
    if (normalized.length < runLength) runs.add(normalized);
    for (const run of runs) {
      const other = seen.get(run);
      if (other && other !== entry) {
        problems.push(
          `${entry.file} ${entry.category}“${entry.text}”与 ${other.file} ${other.category}“${other.text}”重复了“${run}”`,
        );
        break;
      }
    }
    for (const run of runs) if (!seen.has(run)) seen.set(run, entry);
  }
  return problems;
}

/**
 * Loads every phrase-bank folder (later folders add to earlier ones). An entry that breaks
 * a rule is left out and listed in `problems`, so one bad edit by a clerk costs a warning,
 * not the whole draft.
 */
export function loadPhraseBank(dirs: readonly string[]): PhraseBank {
  const entries: PhraseEntry[] = [];
  const topics: TopicInfo[] = [];
  const problems: string[] = [];
  for (const dir of dirs) {
    for (const path of phraseFilesIn(dir)) {
      const read = readPhraseFile(relative(dir, path), readFileSync(path, "utf8"));
      for (const problem of read.problems) problems.push(`${path}:${problem}`);
      entries.push(...read.entries);
      if (read.topic) topics.push(read.topic);
    }
  }
  const byCategory = new Map<string, PhraseEntry[]>();
  for (const entry of entries) {
    const list = byCategory.get(entry.category);
    if (list) list.push(entry);
    else byCategory.set(entry.category, [entry]);
  }
  return { entries, problems, byCategory, topics };
}
