// A pack is a clerk's archive turned into the project's own formats: templates/ (every
// meeting type, the ones the archive shows rebuilt on the office's most common skeleton
// and headings) and phrasebank/mined.yaml (the office's recurring formulas, headings and
// sentences, with unit-level words turned back into slots). `new --pack` and
// `serve --pack` draft with it. A pack is the clerk's own data: it is written where the
// clerk says, never into this project.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { readFrameFile } from "../compose/index.js";
import type { PartRole } from "../model/index.js";
import { GAP } from "./generalize.js";
import type { Counted, MiningReport, SkeletonCount, SpeechSummary } from "./report.js";

export interface PackFile {
  /** Path inside the pack folder, with forward slashes. */
  readonly path: string;
  readonly content: string;
}

// Level words generalize() turned into gaps, back into the phrase bank's slots.
const SLOTS_FOR_GAPS: readonly [RegExp, string][] = [
  [/…委、…政府/g, "{{partyGov}}"],
  [/…委/g, "{{party}}"],
  [/…政府/g, "{{gov}}"],
  [/全…/g, "{{scope}}"],
];

const COUNT_GAP = /…(?=(点|个方面|方面|个问题|项))/;

/**
 * The formula as phrase-bank text, or undefined when a gap remains that no slot can
 * fill (a number, a name): the bank never invents facts.
 */
export function toBankText(formula: string, options: { count?: boolean } = {}): string | undefined {
  if (/[{}]/.test(formula)) return undefined; // archive text must never become template source
  let text = formula;
  if (options.count === true) text = text.replace(COUNT_GAP, "{{count}}");
  for (const [gap, slot] of SLOTS_FOR_GAPS) text = text.replace(gap, slot);
  return text.includes(GAP) ? undefined : text;
}

/** Categories of the bank → texts, kept only when the composer's own checks accept them. */
class BankDraft {
  private readonly categories = new Map<string, string[]>();
  private readonly seen = new Set<string>();

  /** Adds the text unless it is a repeat or breaks a rule; says whether it was added. */
  add(category: string, text: string | undefined): boolean {
    if (text === undefined || this.seen.has(text)) return false;
    const problems: string[] = [];
    const probe = readFrameFile(
      "probe",
      stringifyYaml({ categories: { [category]: [text] } }),
      problems,
    );
    if (probe.length !== 1) return false;
    this.seen.add(text);
    const list = this.categories.get(category) ?? [];
    list.push(text);
    this.categories.set(category, list);
    return true;
  }

  toYaml(header: string): string {
    const categories = Object.fromEntries(
      [...this.categories].sort(([a], [b]) => a.localeCompare(b)),
    );
    return `${header}\n${stringifyYaml({ categories })}`;
  }
}

/** What a 刚才… sentence acknowledges, by its words. */
const AGENDA_WORDS: readonly [string, RegExp][] = [
  ["表彰", /表彰|颁奖|授牌/],
  ["典型发言", /发言|交流/],
  ["签订责任书", /责任书|签订/],
  ["专题片", /专题片|视频|片子/],
  ["现场观摩", /观摩|参观|看了/],
  ["情况通报", /通报/],
  ["工作报告", /报告|部署|讲话/],
];

/** A 刚才… formula as an agenda sentence: the composer puts 刚才 back in front. */
function acknowledgement(text: string): [string, string] | undefined {
  const sentence = text.replace(/^(刚才|会上)[，,]?/, "");
  const item = AGENDA_WORDS.find(([, words]) => words.test(sentence))?.[0];
  return item === undefined ? undefined : [`opening.agenda.${item}`, sentence];
}

/**
 * The office's formulas as frame categories. Rallies and follow-up tasks without a subject
 * go to the general meetings' family; points (item bodies) are not mined, since a point
 * needs its moves written as one argument.
 */
function minedBank(report: MiningReport): BankDraft {
  const bank = new BankDraft();
  const { formulas } = report;
  const all = (items: readonly Counted[]) => items.map((c) => c.text);
  for (const text of all(formulas.announce))
    bank.add("announce", toBankText(text, { count: true }));
  for (const text of all(formulas.acknowledgement)) {
    const found = acknowledgement(text);
    if (found) bank.add(found[0], toBankText(found[1]));
  }
  for (const text of all(formulas.opening)) bank.add("opening.purpose", toBankText(text));
  for (const text of all(formulas.rally)) bank.add("closing.rally.经济", toBankText(text));
  for (const text of all(formulas.closing)) {
    bank.add(
      text.startsWith("同志们") ? "closing.rally.经济" : "closing.task.经济",
      toBankText(text),
    );
  }
  // Recurring whole sentences open the part they recur in.
  const intro: Readonly<Record<string, string>> = {
    开场: "opening.significance",
    措施: "measures.intro",
    作风: "style.intro",
    结尾: "closing.task.经济",
  };
  for (const phrase of report.phrases) {
    const category = intro[phrase.role];
    if (phrase.kind === "句子" && category !== undefined)
      bank.add(category, toBankText(phrase.text));
  }
  return bank;
}

// Headings were kept as printed; put them through the same generalisation as formulas.
function generalizeHeading(heading: string): string {
  return heading
    .replace(/[,]/g, "，")
    .replace(/[0-9０-９]+|[XＸ×＊*○]+/g, GAP)
    .replace(/(全|本)[省市县区镇乡](?=[^长委])/g, "全…")
    .replace(/[省市县区镇乡](?=(委|政府))/g, "…");
}

// ---- templates ----

interface PartYaml {
  kind: "situation" | "measures" | "style";
  layout?: "parts";
  headings?: string[];
}

/** The skeleton as the type.yaml `parts` list: runs of 措施 parts become one measures plan. */
export function partsOfSkeleton(roles: readonly PartRole[]): PartYaml[] {
  const parts: PartYaml[] = [];
  for (const role of roles) {
    const last = parts[parts.length - 1];
    switch (role) {
      case "形势":
        parts.push({ kind: "situation" });
        break;
      case "措施":
        if (last?.kind === "measures") last.layout = "parts";
        else parts.push({ kind: "measures" });
        break;
      case "作风":
        parts.push({ kind: "style" });
        break;
      case "其他":
        break;
      default: {
        const never: never = role;
        throw new Error(`unknown role ${String(never)}`);
      }
    }
  }
  return parts.some((p) => p.kind === "measures") ? parts : [];
}

const KIND_ROLE: Readonly<Record<PartYaml["kind"], PartRole>> = {
  situation: "形势",
  measures: "措施",
  style: "作风",
};

/** A level-1 heading the composer can print: no gap left, no stray marks, a heading's length. */
const usableHeading = (text: string | undefined): text is string =>
  text !== undefined &&
  !/[{}。！]/.test(text.replace(/\{\{(scope|party|gov|partyGov)\}\}/g, "")) &&
  [...text].length >= 6 &&
  [...text].length <= 30;

/** The office's own level-1 headings for each role, from speeches of this type. */
function headingsOf(speeches: readonly SpeechSummary[], role: PartRole): string[] {
  const out = new Set<string>();
  for (const speech of speeches) {
    for (const heading of speech.headings) {
      if (heading.level !== 1 || heading.role !== role) continue;
      const text = toBankText(generalizeHeading(heading.text));
      if (usableHeading(text)) out.add(text);
    }
  }
  return [...out];
}

function minedTypeYaml(
  builtIn: Record<string, unknown>,
  skeleton: SkeletonCount,
  speeches: readonly SpeechSummary[],
): string {
  const builtInParts = (builtIn["parts"] ?? []) as Record<string, unknown>[];
  const parts = partsOfSkeleton(skeleton.roles).map((part) => {
    // The built-in plan of the same kind supplies what an archive cannot show (the 作风
    // part's sub-topics, the stock headings); the office's own headings come first.
    const base = builtInParts.find((p) => p["kind"] === part.kind) ?? {};
    const own = part.layout === "parts" ? [] : headingsOf(speeches, KIND_ROLE[part.kind]);
    const stock = (base["headings"] as string[] | undefined) ?? [];
    return { ...base, ...part, headings: own.length > 0 ? own : stock };
  });
  const numbering =
    speeches.filter((s) => s.partNumbering === "第一个问题").length * 2 > speeches.length;
  const doc = {
    ...builtIn,
    description: `${String(builtIn["description"] ?? "")}(按本单位 ${speeches.length} 篇讲话稿的结构:${skeleton.roles.join("→")})`,
    ...(numbering ? { partNumbering: "第一个问题" } : {}),
    parts: parts.length > 0 ? parts : builtIn["parts"],
  };
  return `# Mined by jianggao mine from the clerk's own archive: ${skeleton.roles.join(" → ")} (${skeleton.count} of ${speeches.length} speeches).\n${stringifyYaml(doc)}`;
}

/**
 * Which skeleton is the office's habit for a type: the most common; among equally common
 * ones, the one that argues most fully (形势, 措施 and 作风 over 措施 alone).
 */
function habitRank(skeleton: SkeletonCount): number {
  const argued = new Set(skeleton.roles.filter((role) => role !== "其他")).size;
  return skeleton.count * 10 + argued;
}

function filesUnder(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, `${prefix}${name}/`));
    else out.push(`${prefix}${name}`);
  }
  return out;
}

/**
 * Every file of the pack: the built-in templates (so every meeting type stays available),
 * the mined types rebuilt on the office's skeleton, and the mined phrase bank.
 */
export function buildPack(report: MiningReport, builtInTemplatesDir: string): PackFile[] {
  const files: PackFile[] = [];
  const minedTypes = new Map<string, SkeletonCount>();
  for (const skeleton of report.skeletons) {
    if (skeleton.type === null) continue;
    const held = minedTypes.get(skeleton.type);
    if (held === undefined || habitRank(skeleton) > habitRank(held)) {
      minedTypes.set(skeleton.type, skeleton);
    }
  }
  for (const path of filesUnder(builtInTemplatesDir)) {
    const source = readFileSync(join(builtInTemplatesDir, path), "utf8");
    const [type, name] = path.split("/");
    const skeleton = type === undefined ? undefined : minedTypes.get(type);
    if (name === "type.yaml" && skeleton !== undefined && type !== undefined) {
      const speeches = report.speeches.filter((s) => s.type === type);
      const builtIn = parseYaml(source) as Record<string, unknown>;
      files.push({
        path: `templates/${path}`,
        content: minedTypeYaml(builtIn, skeleton, speeches),
      });
    } else {
      files.push({ path: `templates/${path}`, content: source });
    }
  }
  const bank = minedBank(report);
  files.push({
    path: "phrasebank/mined.yaml",
    content: bank.toYaml(
      `# Mined by jianggao mine from ${report.speeches.length} speeches of the clerk's own archive.\n# The office's own wording: keep this pack on the office's machines, never publish it.`,
    ),
  });
  files.push({
    path: "README.txt",
    content: [
      "jianggao 语料包(由 jianggao mine --emit 生成)",
      "",
      `来源:${report.speeches.length} 篇讲话稿。templates/ 是会议类型模板(本单位常见结构),`,
      "phrasebank/mined.yaml 是本单位讲稿中反复出现的开场白、过渡句、标题和结尾。",
      "使用:jianggao new --pack <本文件夹>,或 jianggao serve --pack <本文件夹>。",
      "这是本单位自己的材料,请勿外传或上传。",
      "",
    ].join("\n"),
  });
  return files;
}
