// jianggao new --answers file: a draft from an answers file and flags, for scripts.
import { extname, resolve } from "node:path";
import type { Command } from "commander";
import {
  composeSpeech,
  defaultFileName,
  FORMAT_INFO,
  loadCatalog,
  OUTPUT_FORMATS,
  UserError,
  validateAnswers,
  writeSpeech,
  type LayoutProfile,
  type OutputFormat,
} from "../../index.js";
import { parseAnswersText, readAnswersFile } from "../answers-file.js";
import { layoutProfileOf, outputFormatOf } from "../output-options.js";
import { todayIso } from "../clock.js";
import { writeFileAtomic } from "../files.js";
import { summarizeDraft, summaryLines } from "../summary.js";
import { STDIN, STDIN_NAME, stdinBytes } from "../stdin.js";

interface NewOptions {
  answers?: string;
  type?: string;
  seed?: string;
  to?: string;
  output?: string;
  profile?: string;
  force?: boolean;
  /** A pack folder written by `jianggao mine --emit`. */
  pack?: string;
  set?: string[];
}

/** --set key=value: JSON when it looks like JSON ([…], {…}), else text (lists split on commas). */
export function setOverride(answers: Record<string, unknown>, assignment: string): void {
  const eq = assignment.indexOf("=");
  if (eq <= 0)
    throw new UserError(`--set 应写作 字段=值,例如 --set unit=西峰区(收到“${assignment}”)`, {
      field: "--set",
    });
  const key = assignment.slice(0, eq).trim();
  const raw = assignment.slice(eq + 1);
  let value: unknown = raw;
  if (/^\s*[[{]/.test(raw)) {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new UserError(`--set ${key} 的值不是合法的 JSON:${raw}`, { field: key });
    }
  }
  answers[key] = value;
}

function formatOf(options: NewOptions): OutputFormat {
  const wanted =
    options.to ??
    (options.output && options.output !== "-" ? extname(options.output).slice(1) : "");
  if (wanted === "") return options.output === "-" ? "txt" : "docx";
  return outputFormatOf(wanted);
}

function profileOf(value: string | undefined): LayoutProfile | undefined {
  return value === undefined ? undefined : layoutProfileOf(value);
}

async function runNew(options: NewOptions): Promise<void> {
  const raw: Record<string, unknown> =
    options.answers === undefined
      ? {}
      : options.answers === STDIN
        ? parseAnswersText((await stdinBytes()).toString("utf8"), STDIN_NAME, "either")
        : readAnswersFile(options.answers);
  if (options.type !== undefined) raw["type"] = options.type;
  if (options.seed !== undefined) raw["seed"] = options.seed;
  for (const assignment of options.set ?? []) setOverride(raw, assignment);
  if (raw["type"] === undefined) {
    throw new UserError(
      "请用 --answers 指定答案文件,或至少用 --type 指定会议类型(jianggao list 可查看)。",
      {
        field: "type",
      },
    );
  }
  const format = formatOf(options);
  const profile = profileOf(options.profile);
  const catalog = loadCatalog(options.pack === undefined ? {} : { packDir: options.pack });
  for (const problem of catalog.bank.problems.slice(0, 5))
    process.stderr.write(`注意:短语库条目已跳过:${problem}\n`);
  const answers = validateAnswers(raw, catalog, { today: todayIso() });
  const speech = composeSpeech(answers, catalog);
  const bytes = await writeSpeech(speech, format, profile === undefined ? {} : { profile });
  if (options.output === "-") {
    if (typeof bytes !== "string") {
      throw new UserError("Word 文件不能输出到终端:请用 -o 文件名.docx,或用 --to txt|md|html。", {
        field: "-o",
      });
    }
    process.stdout.write(bytes);
    for (const line of summaryLines("标准输出", summarizeDraft(speech, answers)))
      process.stderr.write(`${line}\n`);
    return;
  }
  const path = resolve(options.output ?? defaultFileName(answers, FORMAT_INFO[format].extension));
  await writeFileAtomic(path, bytes, { force: options.force === true });
  for (const line of summaryLines(path, summarizeDraft(speech, answers)))
    process.stderr.write(`${line}\n`);
}

export function registerNew(program: Command): void {
  program
    .command("new")
    .description("按答案文件(JSON 或 YAML)直接起草一篇讲话稿,不提问")
    .option(
      "-a, --answers <文件>",
      "答案文件(.json / .yaml;- 表示从标准输入读),字段见 jianggao questions <类型>",
    )
    .option("-t, --type <类型>", "会议类型(覆盖答案文件中的 type)")
    .option("--seed <数字>", "稿号:同样的答案和稿号得到同一篇稿子,换一个就是“换一稿”")
    .option(
      "--set <字段=值>",
      "覆盖一个答案,可重复;列表用逗号分隔或写 JSON",
      (v: string, all: string[] | undefined) => [...(all ?? []), v],
    )
    .option("--to <格式>", `输出格式:${OUTPUT_FORMATS.join("、")}(默认按 -o 的扩展名,否则 docx)`)
    .option(
      "-o, --output <文件>",
      "输出文件;“-”表示输出到终端(仅文本格式)。默认按会议名称和日期命名,存到当前目录",
    )
    .option("--profile <版式>", "Word 版式:gongwen(公文格式,默认)或 reading(大字阅读版)")
    .option("-f, --force", "覆盖已存在的输出文件")
    .option("--pack <文件夹>", "用 jianggao mine --emit 生成的语料包起草(本单位的结构与写法)")
    .action(async (options: NewOptions) => {
      await runNew(options);
    });
}
