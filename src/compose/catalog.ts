// The catalog: every meeting type (templates/<type>/type.yaml + speech.njk) and the phrase
// bank, loaded once per process from the package or from a pack folder.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../errors.js";
import type { PartNumbering, PartRole } from "../model/index.js";
import {
  COMMON_QUESTIONS,
  SPEAKER_ROLES,
  type MeetingTypeInfo,
  type Question,
  type QuestionKind,
  type SpeakerRole,
} from "../questions/index.js";
import { loadPhraseBank, type PhraseBank } from "./phrasebank.js";
import { parseYamlCached as parseYaml } from "./yaml-cache.js";

/** How a part is written: 形势 (achievements, analysis, problems), 措施 (work topics), 作风. */
export type PartKind = "situation" | "measures" | "style";

/** One level-1 part (or, for measures laid out as parts, one per topic) of a type's plan. */
export interface PartPlan {
  readonly kind: PartKind;
  readonly role: PartRole;
  /** situation parts: what they dwell on. */
  readonly focus: "full" | "achievements" | "problems";
  /** measures: topics as (一)(二) sub-parts of one part, or each topic its own part. */
  readonly layout: "subparts" | "parts";
  /** Headings in our own words, handlebars slots allowed; drawn from the bank when empty. */
  readonly headings: readonly string[];
  /** The category of the part's opening paragraph, instead of <kind>.intro. */
  readonly intro?: string;
  /** style parts: draw items from <items>.lead / <items>.support instead of the 作风 aspects. */
  readonly items?: string;
}

/** A work topic a type falls back on, maybe only in some months (防汛 in flood season). */
export interface DefaultPriority {
  readonly topic: string;
  readonly months?: readonly number[];
}

export interface MeetingType extends MeetingTypeInfo {
  readonly partNumbering: PartNumbering;
  /** Work topics used when the clerk names none, or to reach a long length. */
  readonly defaultPriorities: readonly DefaultPriority[];
  /**
   * The 形势 part speaks only with sentences tagged for this type: the shared analysis
   * sentences are about the economy, which a safety or discipline meeting does not discuss.
   */
  readonly ownSituation: boolean;
  /**
   * Whether the closing mentions the season's work (春耕, 防汛, 冬季供暖): right for a
   * government's general meetings, out of place at a discipline or investment meeting.
   */
  readonly seasonWork: boolean;
  /**
   * Whether the opening sets the meeting in the year's economic calendar (开门红, 双过半,
   * 决战四季度): right for general meetings, out of place at a flood or discipline meeting.
   */
  readonly timeNodes: boolean;
  readonly parts: readonly PartPlan[];
  /** nunjucks template name, relative to the templates folder. */
  readonly template: string;
}

export interface Catalog {
  readonly types: readonly MeetingType[];
  readonly bank: PhraseBank;
  readonly templatesDir: string;
}

export interface CatalogOptions {
  readonly templatesDir?: string;
  readonly phrasebankDirs?: readonly string[];
  /**
   * A mined pack folder: its templates/ (when present) replace the package's, its
   * phrasebank/ (when present) adds to the package's. Explicit dirs above win.
   */
  readonly packDir?: string;
}

/** The package root: src/compose or dist/compose, two levels up. */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const ROLE_OF_KIND: Readonly<Record<PartKind, PartRole>> = {
  situation: "形势",
  measures: "措施",
  style: "作风",
};

const QUESTION_KINDS: readonly QuestionKind[] = [
  "text",
  "list",
  "choice",
  "date",
  "number",
  "length",
];

function typeError(file: string, message: string): never {
  throw new UserError(`会议类型定义有误:${message}。请对照 templates/README.md 的格式修改。`, {
    file,
  });
}

function readQuestion(file: string, raw: unknown): Question {
  if (typeof raw !== "object" || raw === null) typeError(file, "questions 的每一项应为对象");
  const q = raw as Record<string, unknown>;
  if (typeof q["id"] !== "string" || !/^[a-zA-Z][a-zA-Z0-9]*$/.test(q["id"])) {
    typeError(file, "问题的 id 应为英文标识符");
  }
  if (COMMON_QUESTIONS.some((c) => c.id === q["id"])) {
    typeError(file, `问题 ${q["id"]} 与通用问题重名;类型专有问题只能新增,不能改名或覆盖`);
  }
  if (typeof q["label"] !== "string") typeError(file, `问题 ${q["id"]} 缺少中文 label`);
  if (!QUESTION_KINDS.includes(q["kind"] as QuestionKind))
    typeError(file, `问题 ${q["id"]} 的 kind 无效`);
  return q as unknown as Question;
}

function readPart(file: string, raw: unknown): PartPlan {
  const p = (raw ?? {}) as Record<string, unknown>;
  const kind = p["kind"] as PartKind;
  if (!(kind in ROLE_OF_KIND)) typeError(file, "parts 的 kind 应为 situation、measures 或 style");
  const headings = p["headings"] ?? [];
  if (!Array.isArray(headings) || headings.some((h) => typeof h !== "string")) {
    typeError(file, "headings 应为字符串列表");
  }
  return {
    kind,
    role: (p["role"] as PartRole | undefined) ?? ROLE_OF_KIND[kind],
    focus: (p["focus"] as PartPlan["focus"] | undefined) ?? "full",
    layout: (p["layout"] as PartPlan["layout"] | undefined) ?? "subparts",
    headings: headings as string[],
    ...(typeof p["intro"] === "string" ? { intro: p["intro"] } : {}),
    ...(typeof p["items"] === "string" ? { items: p["items"] } : {}),
  };
}

function readDefault(file: string, raw: unknown): DefaultPriority {
  if (typeof raw === "string") return { topic: raw };
  const d = (raw ?? {}) as Record<string, unknown>;
  if (typeof d["topic"] !== "string")
    typeError(file, "defaultPriorities 的每一项应为主题名,或 {topic, months}");
  const months = d["months"];
  if (
    months !== undefined &&
    (!Array.isArray(months) || months.some((m) => !Number.isInteger(m) || m < 1 || m > 12))
  ) {
    typeError(file, "defaultPriorities 的 months 应为 1–12 的列表");
  }
  return months === undefined
    ? { topic: d["topic"] }
    : { topic: d["topic"], months: months as number[] };
}

function readMeetingType(dir: string, name: string): MeetingType {
  const file = join(dir, name, "type.yaml");
  let doc: Record<string, unknown>;
  try {
    doc = parseYaml(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    typeError(file, `YAML 语法错误:${(error as Error).message}`);
  }
  if (doc["id"] !== name) typeError(file, `id 应与文件夹名 ${name} 相同`);
  if (typeof doc["description"] !== "string") typeError(file, "缺少 description");
  const speakerRole = (doc["speakerRole"] ?? "党委") as SpeakerRole;
  if (!SPEAKER_ROLES.includes(speakerRole)) typeError(file, "speakerRole 应为 党委 或 政府");
  const parts = ((doc["parts"] ?? []) as unknown[]).map((p) => readPart(file, p));
  if (parts.length === 0) typeError(file, "parts 不能为空");
  const own = ((doc["questions"] ?? []) as unknown[]).map((q) => readQuestion(file, q));
  const typeQuestion: Question = { ...COMMON_QUESTIONS[0]!, default: name };
  return {
    id: name,
    description: doc["description"],
    questions: [typeQuestion, ...COMMON_QUESTIONS.slice(1), ...own],
    speakerRole,
    meetingSuffix: typeof doc["meetingSuffix"] === "string" ? doc["meetingSuffix"] : name,
    partNumbering: doc["partNumbering"] === "第一个问题" ? "第一个问题" : "一、",
    defaultPriorities: ((doc["defaultPriorities"] ?? []) as unknown[]).map((d) =>
      readDefault(file, d),
    ),
    ownSituation: doc["ownSituation"] === true,
    seasonWork: doc["seasonWork"] !== false,
    timeNodes: doc["timeNodes"] !== false,
    parts,
    template: existsSync(join(dir, name, "speech.njk")) ? `${name}/speech.njk` : "base.njk",
  };
}

/** Loads the meeting types of a templates folder, in the order of `order.yaml` when present. */
export function loadMeetingTypes(dir: string): MeetingType[] {
  const names = readdirSync(dir)
    .filter(
      (name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, "type.yaml")),
    )
    .sort();
  const orderFile = join(dir, "order.yaml");
  const order = existsSync(orderFile)
    ? (parseYaml(readFileSync(orderFile, "utf8")) as string[])
    : [];
  const rank = (name: string): number => {
    const i = order.indexOf(name);
    return i === -1 ? order.length : i;
  };
  names.sort((a, b) => rank(a) - rank(b));
  // The type question's choices are the types there are.
  return names.map((name) => {
    const type = readMeetingType(dir, name);
    const [first, ...rest] = type.questions;
    return { ...type, questions: [{ ...first!, choices: names }, ...rest] };
  });
}

const cache = new Map<string, Catalog>();

/**
 * Loads (once per process and options) the meeting types and phrase bank: by default the
 * package's templates/ and phrasebank/, or a mined pack's folders.
 */
export function loadCatalog(options: CatalogOptions = {}): Catalog {
  const pack = options.packDir === undefined ? undefined : resolve(options.packDir);
  const packTemplates =
    pack && existsSync(join(pack, "templates")) ? join(pack, "templates") : undefined;
  const packPhrases =
    pack && existsSync(join(pack, "phrasebank")) ? [join(pack, "phrasebank")] : [];
  if (pack && !existsSync(pack)) {
    throw new UserError(`找不到语料包文件夹 ${pack}。请检查 --pack 的路径。`, { file: pack });
  }
  const templatesDir = resolve(
    options.templatesDir ?? packTemplates ?? join(PACKAGE_ROOT, "templates"),
  );
  const phrasebankDirs = (
    options.phrasebankDirs ?? [join(PACKAGE_ROOT, "phrasebank"), ...packPhrases]
  ).map((d) => resolve(d));
  const key = JSON.stringify([templatesDir, phrasebankDirs]);
  const cached = cache.get(key);
  if (cached) return cached;
  for (const dir of [templatesDir, ...phrasebankDirs]) {
    if (!existsSync(dir))
      throw new UserError(`找不到文件夹 ${dir}。请检查模板或短语库的路径。`, { file: dir });
  }
  const catalog: Catalog = {
    types: loadMeetingTypes(templatesDir),
    bank: loadPhraseBank(phrasebankDirs),
    templatesDir,
  };
  cache.set(key, catalog);
  return catalog;
}

/** The meeting type with this id, or a UserError listing the ones there are. */
export function getMeetingType(catalog: Catalog, id: string): MeetingType {
  const found = catalog.types.find((t) => t.id === id);
  if (!found) {
    throw new UserError(
      `没有“${id}”这种会议类型。可用的类型:${catalog.types.map((t) => t.id).join("、")}(用 jianggao list 查看说明)`,
      {
        field: "type",
      },
    );
  }
  return found;
}
