// The catalog: every meeting type (templates/<type>/type.yaml) and the phrase bank, loaded
// once per process from the package or from a pack folder. Both are data, checked by schema.
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../errors.js";
import type { PartNumbering, PartRole } from "../model/index.js";
import { COMMON_QUESTIONS, type MeetingTypeInfo, type Question } from "../questions/index.js";
import {
  issuesOf,
  loadBank,
  schemas,
  type Bank,
  type Family,
  type TypeFile,
} from "./bank/index.js";
import { readDataFiles } from "./data-files.js";
import { parseYamlCached as parseYaml, verifiedAtBuild } from "./yaml-cache.js";

/** How a part is written: 形势 (the argument), 措施 (the clerk's priorities), 作风 (一要…). */
export type PartKind = "situation" | "measures" | "style";

export type PartPlan =
  | {
      readonly kind: "situation";
      readonly role: PartRole;
      /** What it dwells on: both, or (split over two parts) achievements / problems. */
      readonly focus: "full" | "achievements" | "problems";
      readonly headings: readonly string[];
    }
  | {
      readonly kind: "measures";
      readonly role: PartRole;
      /** Priorities as (一)(二) sub-parts of one part, or each priority a part of its own. */
      readonly layout: "subparts" | "parts";
      readonly headings: readonly string[];
    }
  | {
      readonly kind: "style";
      readonly role: PartRole;
      /** The sub-topics its 一要… items come from (担当, 落实 … or 学习先进). */
      readonly subtopics: readonly string[];
      /** The frame category of its first paragraph. */
      readonly intro: string;
      readonly headings: readonly string[];
    };

/** A topic or sub-topic a type falls back on, maybe only in some months (防汛 in flood season). */
export interface DefaultPriority {
  readonly name: string;
  readonly months?: readonly number[];
}

export interface MeetingType extends MeetingTypeInfo {
  /** The family its 形势 and closing speak in (安全, 防汛 … 经济). */
  readonly family: Family;
  readonly partNumbering: PartNumbering;
  readonly defaultPriorities: readonly DefaultPriority[];
  /**
   * The type's own question whose answer names the meeting's subject (专项行动名称): when it
   * maps to a topic, that topic's sub-topics are the default priorities.
   */
  readonly subjectFrom?: string;
  /** Whether the opening sets the meeting in the economic calendar (开门红, 双过半). */
  readonly timeNodes: boolean;
  readonly parts: readonly PartPlan[];
}

export interface Catalog {
  readonly types: readonly MeetingType[];
  readonly bank: Bank;
  readonly templatesDir: string;
  /** What does not hold together across files (a default priority with no points…). */
  readonly problems: readonly string[];
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

function typeError(file: string, message: string): never {
  throw new UserError(`会议类型定义有误:${message}。请对照 templates/README.md 的格式修改。`, {
    file,
  });
}

function readMeetingType(file: string, name: string, source: string): MeetingType {
  let doc: unknown;
  try {
    doc = parseYaml(source);
  } catch (error) {
    typeError(file, `YAML 语法错误:${(error as Error).message}`);
  }
  let t: TypeFile;
  if (verifiedAtBuild(source)) t = doc as TypeFile;
  else {
    const parsed = schemas().typeFileSchema.safeParse(doc);
    if (!parsed.success) typeError(file, issuesOf("", parsed.error).join(";"));
    t = parsed.data;
  }
  if (t.id !== name) typeError(file, `id 应与文件夹名 ${name} 相同`);
  const own = (t.questions ?? []) as unknown as Question[];
  for (const q of own) {
    if (COMMON_QUESTIONS.some((c) => c.id === q.id))
      typeError(file, `问题 ${q.id} 与通用问题重名;类型专有问题只能新增,不能改名或覆盖`);
  }
  const typeQuestion: Question = { ...COMMON_QUESTIONS[0]!, default: name };
  const parts = t.parts.map((p): PartPlan => {
    switch (p.kind) {
      case "situation":
        return { kind: p.kind, role: "形势", focus: p.focus ?? "full", headings: p.headings };
      case "measures":
        return { kind: p.kind, role: "措施", layout: p.layout ?? "subparts", headings: p.headings };
      case "style":
        return {
          kind: p.kind,
          role: p.role ?? "作风",
          subtopics: p.subtopics,
          intro: p.intro ?? "style.intro",
          headings: p.headings,
        };
      default: {
        const never: never = p;
        throw new Error(`unknown part ${JSON.stringify(never)}`);
      }
    }
  });
  return {
    id: name,
    description: t.description,
    questions: [typeQuestion, ...COMMON_QUESTIONS.slice(1), ...own],
    speakerRole: t.speakerRole ?? "党委",
    meetingSuffix: t.meetingSuffix ?? name,
    agenda: t.agenda ?? [],
    otherTopics: t.otherTopics,
    family: t.family,
    partNumbering: (t.partNumbering ?? "一、") as PartNumbering,
    defaultPriorities: t.defaultPriorities.map((d) =>
      typeof d === "string"
        ? { name: d }
        : { name: d.topic, ...(d.months ? { months: d.months } : {}) },
    ),
    timeNodes: t.timeNodes ?? true,
    ...(t.subjectFrom ? { subjectFrom: t.subjectFrom } : {}),
    parts,
  };
}

/**
 * Loads the meeting types of a templates folder (one `<type>/type.yaml` each), in the order
 * of `order.yaml` when present. Files are read as data only (data-files.ts): what is
 * skipped is listed in `problems`.
 */
export function loadMeetingTypes(dir: string, problems: string[] = []): MeetingType[] {
  const files = readDataFiles(dir, problems);
  const typeFiles = files.flatMap((f) => {
    const parts = relative(dir, f.path).split(sep);
    return parts.length === 2 && parts[1] === "type.yaml" ? [{ ...f, name: parts[0]! }] : [];
  });
  const orderFile = files.find((f) => relative(dir, f.path) === "order.yaml");
  const order = orderFile ? (parseYaml(orderFile.source) as string[]) : [];
  const rank = (name: string): number => {
    const i = order.indexOf(name);
    return i === -1 ? order.length : i;
  };
  typeFiles.sort((a, b) => rank(a.name) - rank(b.name));
  const names = typeFiles.map((f) => f.name);
  // The type question's choices are the types there are.
  return typeFiles.map((f) => {
    const type = readMeetingType(f.path, f.name, f.source);
    const [first, ...rest] = type.questions;
    return { ...type, questions: [{ ...first!, choices: names }, ...rest] };
  });
}

/** References from the types into the bank that lead nowhere. */
function crossProblems(types: readonly MeetingType[], bank: Bank): string[] {
  const problems: string[] = [];
  const known = (name: string): boolean => bank.topics.has(name) || bank.subtopics.has(name);
  for (const t of types) {
    for (const d of t.defaultPriorities)
      if (!known(d.name)) problems.push(`${t.id}:默认重点“${d.name}”在短语库里没有要点`);
    for (const p of t.parts) {
      if (p.kind !== "style") continue;
      for (const s of p.subtopics)
        if (!bank.subtopics.has(s)) problems.push(`${t.id}:作风部分的子议题“${s}”在短语库里没有`);
    }
  }
  return problems;
}

const cache = new Map<string, Catalog>();

/**
 * Loads (once per process and options) the meeting types and phrase bank: by default the
 * package's templates/ and phrasebank/, or a mined pack's folders.
 */
export function loadCatalog(options: CatalogOptions = {}): Catalog {
  const pack = options.packDir === undefined ? undefined : resolve(options.packDir);
  if (pack && !existsSync(pack)) {
    throw new UserError(`找不到语料包文件夹 ${pack}。请检查 --pack 的路径。`, { file: pack });
  }
  const packTemplates =
    pack && existsSync(join(pack, "templates")) ? join(pack, "templates") : undefined;
  const packPhrases =
    pack && existsSync(join(pack, "phrasebank")) ? [join(pack, "phrasebank")] : [];
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
  const skipped: string[] = [];
  const types = loadMeetingTypes(templatesDir, skipped);
  if (types.length === 0) {
    const why = skipped.length === 0 ? "" : `(跳过的:${skipped.join(";")})`;
    throw new UserError(
      `${templatesDir} 里没有可用的会议类型(每种类型一个子文件夹,内有 type.yaml)${why}。` +
        (pack
          ? "请用 jianggao mine --emit 重新生成语料包,或去掉 --pack 使用内置的会议类型。"
          : "请检查模板文件夹的路径。"),
      { file: templatesDir },
    );
  }
  const bank = loadBank(phrasebankDirs);
  const catalog: Catalog = {
    types,
    bank,
    templatesDir,
    problems: [...skipped, ...crossProblems(types, bank)],
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
      { field: "type" },
    );
  }
  return found;
}
