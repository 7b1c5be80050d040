// `jianggao parse <file|dir>…`: reads real speeches (web copies, Word files) and prints
// their outline with recomputed numbering, their Speech JSON, or writes them as clean,
// correctly numbered documents (--to docx|md|html|txt).
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Command } from "commander";
import {
  walkArchive,
  FORMAT_INFO,
  OUTPUT_FORMATS,
  UserError,
  inlineText,
  itemMarker,
  parseFile,
  parseText,
  parsedOutline,
  partMarker,
  subPartMarker,
  textOfBytes,
  writeSpeech,
  type Block,
  type Diagnostic,
  type LayoutProfile,
  type OutputFormat,
  type ParseResult,
  type Speech,
} from "../../index.js";
import { writeFileAtomic } from "../files.js";
import { layoutProfileOf, outputFormatOf } from "../output-options.js";
import { placed } from "../location.js";
import { STDIN, STDIN_NAME, stdinBytes } from "../stdin.js";

interface ParseFlags {
  readonly json?: boolean;
  readonly outline?: boolean;
  readonly to?: string;
  readonly output?: string;
  readonly force?: boolean;
  readonly profile?: string;
}

interface ParsedSpeech {
  readonly file: string;
  readonly speech: Speech;
}

/**
 * The files to read: files as given, folders expanded to their speech files (sorted) by the
 * same walker mining uses, which follows a link back into the walk only once and lists what
 * it cannot read (a .doc, a FIFO) instead of hanging on it.
 */
export async function speechFiles(
  paths: readonly string[],
): Promise<{ files: string[]; fromFolder: Set<string> }> {
  const files: string[] = [];
  const fromFolder = new Set<string>();
  for (const path of paths) {
    if (path === STDIN) {
      files.push(path);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      throw new UserError(`找不到文件或文件夹:${path}。请检查路径。`, { file: path });
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    for await (const entry of walkArchive([path])) {
      if (entry.kind === "file") {
        files.push(entry.file);
        fromFolder.add(entry.file);
      } else process.stderr.write(`已跳过:${placed(entry.reason, entry.file)}\n`);
    }
  }
  if (files.length === 0) {
    throw new UserError(`文件夹里没有讲话稿文件(.txt、.md 或 .docx):${paths.join("、")}。`);
  }
  return { files, fromFolder };
}

function reportDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.severity === "error") continue; // turned into a UserError or a skip notice
    const label = d.severity === "warning" ? "注意" : "提示";
    process.stderr.write(`${label}:${placed(d.message, d.file, d.line)}\n`);
  }
}

async function parseStdin(): Promise<ParseResult> {
  return parseText(await textOfBytes(await stdinBytes(), STDIN_NAME), { file: STDIN_NAME });
}

async function readSpeeches(paths: readonly string[]): Promise<ParsedSpeech[]> {
  const { files, fromFolder } = await speechFiles(paths);
  const out: ParsedSpeech[] = [];
  for (const path of files) {
    const file = path === STDIN ? STDIN_NAME : path;
    const { speeches, diagnostics } = path === STDIN ? await parseStdin() : await parseFile(path);
    reportDiagnostics(diagnostics);
    if (speeches.length === 0) {
      const message = `没有找到讲话稿:${file}。文件里既没有“同志们:”这样的称呼,也没有“一、”“(一)”这样的标题;请确认选对了文件。`;
      if (!fromFolder.has(path)) throw new UserError(message, { file });
      process.stderr.write(`注意:${message}(已跳过)\n`);
    }
    for (const speech of speeches) out.push({ file, speech });
  }
  if (out.length === 0) throw new UserError("所给的文件里都没有找到讲话稿。");
  return out;
}

const INDENT = ["", "  ", "    "] as const;

function blockOutline(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind !== "items") continue;
    block.items.forEach((item, i) =>
      out.push(`${INDENT[2]}${itemMarker(i, block.style)}${inlineText(item.lead)}`),
    );
  }
  return out;
}

/** The outline as a clerk reads it, numbered from the tree (so gaps in the source are gone). */
export function outlineText(speech: Speech, file: string): string {
  const title = inlineText(speech.title) || "(无标题)";
  const byline = [speech.speaker, speech.date].filter(Boolean).join(" ");
  const lines = [`${title}${byline ? ` ${byline}` : ""}  〔${file}〕`];
  speech.parts.forEach((part, i) => {
    const heading = inlineText(part.heading);
    lines.push(
      heading === "" ? "(开头缺失的部分)" : `${partMarker(i, speech.partNumbering)}${heading}`,
    );
    lines.push(...blockOutline(part.blocks));
    part.subParts.forEach((sub, j) => {
      lines.push(`${INDENT[1]}${subPartMarker(j)}${inlineText(sub.heading)}`);
      lines.push(...blockOutline(sub.blocks));
    });
  });
  if (speech.parts.length === 0) lines.push("(没有找到一、(一)一是 这样的标题)");
  return lines.join("\n");
}

function formatOf(flags: ParseFlags): OutputFormat | undefined {
  const isFormat = (value: string): value is OutputFormat =>
    (OUTPUT_FORMATS as readonly string[]).includes(value);
  if (flags.to !== undefined) return outputFormatOf(flags.to);
  if (flags.output === undefined || flags.output === "-") return undefined;
  const extension = extname(flags.output).slice(1).toLowerCase();
  if (isFormat(extension)) return extension;
  throw new UserError(
    `无法从输出文件名 ${flags.output} 看出格式:请用 --to ${OUTPUT_FORMATS.join("|")} 指定,或用 .docx/.md/.html/.txt 结尾。`,
    { field: "--output" },
  );
}

function profileOf(flags: ParseFlags): LayoutProfile | undefined {
  return flags.profile === undefined ? undefined : layoutProfileOf(flags.profile);
}

/** out.docx for the first speech, out-2.docx, out-3.docx … for the others. */
export function numberedPath(path: string, index: number): string {
  if (index === 0) return path;
  const extension = extname(path);
  return `${path.slice(0, path.length - extension.length)}-${index + 1}${extension}`;
}

async function writeDocuments(
  speeches: readonly ParsedSpeech[],
  format: OutputFormat,
  flags: ParseFlags,
): Promise<void> {
  const profile = profileOf(flags);
  const options = profile === undefined ? {} : { profile };
  const toStdout = flags.output === undefined || flags.output === "-";
  const texts: string[] = [];
  for (const [index, { speech }] of speeches.entries()) {
    const data = await writeSpeech(speech, format, options);
    if (toStdout) {
      texts.push(typeof data === "string" ? data : new TextDecoder().decode(data));
      continue;
    }
    const path = numberedPath(flags.output ?? `讲话稿${FORMAT_INFO[format].extension}`, index);
    await writeFileAtomic(path, data, flags.force ? { force: true } : {});
    process.stderr.write(`已写入 ${path}\n`);
  }
  if (texts.length > 0) process.stdout.write(texts.join("\n"));
}

async function runParse(paths: string[], flags: ParseFlags): Promise<void> {
  // Refuse impossible options before reading anything.
  const format = formatOf(flags);
  profileOf(flags);
  if (format === "docx" && (flags.output === undefined || flags.output === "-")) {
    throw new UserError("Word 文件不能输出到终端:请用 -o 指定文件名,例如 -o 讲话稿.docx。", {
      field: "--output",
    });
  }
  const speeches = await readSpeeches(paths);
  if (format !== undefined) {
    await writeDocuments(speeches, format, flags);
    return;
  }
  if (flags.json) {
    const value = flags.outline
      ? speeches.map(({ file, speech }) => parsedOutline(speech, file))
      : speeches.map(({ speech }) => speech);
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    `${speeches.map(({ file, speech }) => outlineText(speech, file)).join("\n\n")}\n`,
  );
}

export function registerParse(program: Command): void {
  program
    .command("parse")
    .description("整理已有讲话稿(网页复制稿、Word 文件):显示提纲,或另存为编号正确的干净文档")
    .argument(
      "<文件或文件夹...>",
      "讲话稿文件(.txt/.md/.docx)或装有讲话稿的文件夹;- 表示从标准输入读",
    )
    .option("--json", "输出完整的讲话稿结构(JSON 数组,每篇一项)")
    .option(
      "--outline",
      "与 --json 同用:只输出提纲 [{file,title,speaker,date,outline:[{level,text}]}]",
    )
    .option("--to <格式>", `另存为 ${OUTPUT_FORMATS.join("|")}`)
    .option(
      "-o, --output <文件>",
      "输出文件;- 表示输出到终端(仅文本格式)。一个文件有多篇时依次写成 名称-2、名称-3…",
    )
    .option("--force", "覆盖已存在的输出文件")
    .option("--profile <版式>", "Word 版式:gongwen(公文标准,默认)或 reading(大字念稿)")
    .addHelpText(
      "after",
      `
示例:
  jianggao parse 网页复制的讲话.txt                 显示提纲(编号重新计算)
  jianggao parse 讲话稿/ --outline --json          整个文件夹的提纲,JSON
  jianggao parse 讲话.txt --to docx -o 讲话.docx   另存为公文格式的 Word 文件
  jianggao parse 讲话.txt --to txt -o -            干净的纯文本输出到终端
  pbpaste | jianggao parse -                      整理剪贴板里的文字`,
    )
    .action((paths: string[], flags: ParseFlags) => runParse(paths, flags));
}
