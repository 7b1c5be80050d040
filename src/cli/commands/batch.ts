// `jianggao batch <answers-dir> -o <out-dir>`: one draft per answers file, named after it
// (经济工作会议.json → 经济工作会议.docx). A bad file is reported and the others are still
// written; nothing is replaced without --force.
import { mkdir, readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Command } from "commander";
import {
  composeSpeech,
  FORMAT_INFO,
  isUserError,
  loadCatalog,
  OUTPUT_FORMATS,
  UserError,
  validateAnswers,
  writeSpeech,
  type Catalog,
  type LayoutProfile,
  type OutputFormat,
} from "../../index.js";
import { ANSWERS_EXTENSIONS, readAnswersFile } from "../answers-file.js";
import { todayIso } from "../clock.js";
import { writeFileAtomic } from "../files.js";
import { layoutProfileOf, outputFormatOf } from "../output-options.js";
import { progressBar } from "../progress.js";
import { placed } from "../location.js";

interface BatchFlags {
  readonly output?: string;
  readonly to?: string;
  readonly profile?: string;
  readonly force?: boolean;
}

interface BatchJob {
  readonly answersFile: string;
  readonly outputFile: string;
}

/** The answers files of a folder (not its sub-folders), sorted, each with its output path. */
async function batchJobs(dir: string, outDir: string, format: OutputFormat): Promise<BatchJob[]> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory())
      throw new UserError(`${dir} 不是文件夹:请给出装有答案文件的文件夹。`, { file: dir });
    names = await readdir(dir);
  } catch (error) {
    if (isUserError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === "ENOENT"
        ? `找不到答案文件夹:${dir}。请检查路径。`
        : `无法读取答案文件夹 ${dir}(${code ?? "未知原因"}):请检查权限。`,
      { file: dir },
    );
  }
  const answers = names
    .filter(
      (name) => !name.startsWith(".") && ANSWERS_EXTENSIONS.includes(extname(name).toLowerCase()),
    )
    .sort();
  if (answers.length === 0) {
    throw new UserError(
      `文件夹 ${dir} 里没有答案文件(${ANSWERS_EXTENSIONS.join("、")})。答案文件可用 jianggao --save-answers 保存,或参照 examples/ 编写。`,
      { file: dir },
    );
  }
  const extension = FORMAT_INFO[format].extension;
  return answers.map((name) => ({
    answersFile: join(dir, name),
    outputFile: join(outDir, `${basename(name, extname(name))}${extension}`),
  }));
}

/** The output folder, created if need be: one clear message instead of one per file. */
async function ensureOutDir(outDir: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
    if (!(await stat(outDir)).isDirectory()) throw Object.assign(new Error(), { code: "ENOTDIR" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "未知原因";
    throw new UserError(
      `无法使用输出文件夹 ${outDir}(${code}):请确认它是一个可写的文件夹,或换一个 -o 路径。`,
      { field: "--output", file: outDir },
    );
  }
}

async function draftOne(
  job: BatchJob,
  context: { catalog: Catalog; format: OutputFormat; profile?: LayoutProfile; force: boolean },
): Promise<void> {
  const answers = validateAnswers(readAnswersFile(job.answersFile), context.catalog, {
    today: todayIso(),
  });
  const speech = composeSpeech(answers, context.catalog);
  const data = await writeSpeech(
    speech,
    context.format,
    context.profile === undefined ? {} : { profile: context.profile },
  );
  await writeFileAtomic(job.outputFile, data, { force: context.force });
}

/** Two answers files with one name (会议.json, 会议.yaml) would write one draft: refuse the second. */
function clashes(jobs: readonly BatchJob[]): Map<BatchJob, BatchJob> {
  const first = new Map<string, BatchJob>();
  const out = new Map<BatchJob, BatchJob>();
  for (const job of jobs) {
    const earlier = first.get(job.outputFile);
    if (earlier) out.set(job, earlier);
    else first.set(job.outputFile, job);
  }
  return out;
}

async function runBatch(dir: string, flags: BatchFlags): Promise<void> {
  if (flags.output === undefined) {
    throw new UserError("请用 -o 指定输出文件夹,例如:jianggao batch 答案/ -o 讲话稿/", {
      field: "--output",
    });
  }
  const format = outputFormatOf(flags.to ?? "docx");
  const profile = flags.profile === undefined ? undefined : layoutProfileOf(flags.profile);
  const jobs = await batchJobs(dir, flags.output, format);
  await ensureOutDir(flags.output);
  const catalog = loadCatalog();
  const context = {
    catalog,
    format,
    force: flags.force === true,
    ...(profile === undefined ? {} : { profile }),
  };
  const clash = clashes(jobs);
  const bar = progressBar(process.stderr);
  // Each result is printed as it happens: a batch stopped with Ctrl-C still says which
  // drafts were written.
  const say = (line: string): void => {
    if (bar) bar.log(line);
    else process.stderr.write(`${line}\n`);
  };
  let failed = 0;
  for (const [index, job] of jobs.entries()) {
    bar?.update({
      share: index / jobs.length,
      done: index,
      total: jobs.length,
      label: job.answersFile,
    });
    try {
      const earlier = clash.get(job);
      if (earlier) {
        throw new UserError(
          `与 ${earlier.answersFile} 同名,都会写成 ${job.outputFile}:请把其中一个改名。`,
        );
      }
      await draftOne(job, context);
      say(`已写入 ${job.outputFile}`);
    } catch (error) {
      if (!isUserError(error)) throw error;
      failed++;
      say(`失败:${placed(error.message, job.answersFile)}`);
    }
  }
  bar?.update({ share: 1, done: jobs.length, total: jobs.length, label: "" });
  bar?.done();
  const written = jobs.length - failed;
  process.stderr.write(`共 ${jobs.length} 份答案:写成 ${written} 篇,失败 ${failed} 份。\n`);
  if (failed > 0)
    throw new UserError(`有 ${failed} 份答案没有写成讲话稿(原因见上),其余已写入 ${flags.output}。`);
}

export function registerBatch(program: Command): void {
  program
    .command("batch")
    .description(
      "按文件夹里的每个答案文件(.json/.yaml/.yml)各起草一篇讲话稿,以答案文件名命名(经济工作会议.json → 经济工作会议.docx)",
    )
    .argument("<答案文件夹>", "装有答案文件的文件夹(不含子文件夹)")
    .option("-o, --output <输出文件夹>", "讲话稿写到这个文件夹(没有时自动创建)")
    .option("--to <格式>", `输出格式:${OUTPUT_FORMATS.join("、")}(默认 docx)`)
    .option("--profile <版式>", "Word 版式:gongwen(公文标准,默认)或 reading(大字念稿)")
    .option("-f, --force", "覆盖输出文件夹里已有的同名文件")
    .addHelpText(
      "after",
      `
某个答案文件有误(格式不对、会议类型不认识、字段不合要求)或输出文件已存在时,会列出文件和原因,
其余照常写入。在终端里运行时,错误输出上显示进度条。

退出码:0 全部写成;1 有答案文件失败,或参数、文件夹有误;2 程序内部错误。

示例:
  jianggao batch 答案/ -o 讲话稿/
  jianggao batch 答案/ -o 讲话稿/ --to md
  jianggao batch 答案/ -o 讲话稿/ --profile reading --force`,
    )
    .action((dir: string, flags: BatchFlags) => runBatch(dir, flags));
}
