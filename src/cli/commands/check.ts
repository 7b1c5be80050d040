// `jianggao check <file|dir>…`: lints speeches before a leader reads them — numbering,
// the announce count, another unit's names, stale 提法, unfilled slots, length.
import { extname } from "node:path";
import type { Command } from "commander";
import {
  checkText,
  DEFAULT_CHECK_RATE,
  isUserError,
  parseDateOption,
  readSourceText,
  textOfBytes,
  UserError,
  type CheckedSpeech,
  type Finding,
  type FindingSeverity,
} from "../../index.js";
import { speechFiles } from "./parse.js";
import { location, placed, shownPath } from "../location.js";
import { STDIN, STDIN_NAME, stdinBytes } from "../stdin.js";

interface CheckFlags {
  readonly json?: boolean;
  readonly unit?: string;
  readonly date?: string;
  readonly rate?: string;
}

interface CheckedFile {
  readonly file: string;
  readonly speeches: readonly CheckedSpeech[];
}

const SEVERITY_LABEL: Readonly<Record<FindingSeverity, string>> = {
  error: "错误",
  warning: "警告",
  info: "提示",
};
/** Red, yellow, cyan: only on a terminal without NO_COLOR. */
const SEVERITY_COLOR: Readonly<Record<FindingSeverity, string>> = {
  error: "31",
  warning: "33",
  info: "36",
};

const RATE_MIN = 60;
const RATE_MAX = 400;

function rateOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CHECK_RATE;
  const rate = Number(value);
  if (!Number.isInteger(rate) || rate < RATE_MIN || rate > RATE_MAX) {
    throw new UserError(
      `语速“${value}”不对:--rate 是每分钟讲的字数,请写 ${RATE_MIN} 到 ${RATE_MAX} 之间的整数(常用 180)。`,
      { field: "--rate" },
    );
  }
  return rate;
}

function unitOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const unit = value.trim();
  if (unit === "")
    throw new UserError("--unit 不能为空:请写讲话单位,例如 --unit 西峰区。", { field: "--unit" });
  return unit;
}

function findingLine(file: string, finding: Finding, color: boolean): string {
  const label = SEVERITY_LABEL[finding.severity];
  const shown = color ? `\u001b[${SEVERITY_COLOR[finding.severity]}m${label}\u001b[0m` : label;
  const where = location(file, finding.line);
  const excerpt = finding.excerpt === undefined ? "" : `\n    〔${finding.excerpt}〕`;
  return `${where}:${shown}:${finding.message} [${finding.rule}]${excerpt}`;
}

/** Findings grouped by file and speech, then one line of totals. */
export function checkReport(files: readonly CheckedFile[], color: boolean): string {
  const lines: string[] = [];
  const count: Record<FindingSeverity, number> = { error: 0, warning: 0, info: 0 };
  let speeches = 0;
  for (const { file, speeches: checked } of files) {
    for (const speech of checked) {
      speeches++;
      lines.push(`${shownPath(file)}《${speech.title || "无标题"}》`);
      for (const finding of speech.findings) {
        count[finding.severity]++;
        lines.push(findingLine(file, finding, color));
      }
      lines.push("");
    }
  }
  lines.push(
    `共检查 ${files.length} 个文件、${speeches} 篇讲话稿:错误 ${count.error} 处,警告 ${count.warning} 处,提示 ${count.info} 处。`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * Word's text comes with a blank line between paragraphs; without them a finding's line is
 * the paragraph's number, which a clerk can count in Word.
 */
function paragraphNumbered(text: string): string {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .join("\n");
}

async function checkFile(
  file: string,
  options: { unit?: string; date?: string; ratePerMinute: number },
): Promise<CheckedFile> {
  const source =
    file === STDIN ? await textOfBytes(await stdinBytes(), STDIN_NAME) : await readSourceText(file);
  const text = extname(file).toLowerCase() === ".docx" ? paragraphNumbered(source) : source;
  const name = file === STDIN ? STDIN_NAME : file;
  const speeches = checkText(text, { file: name, ...options });
  if (speeches.length === 0) {
    throw new UserError(
      "没有找到讲话稿:文件里既没有“同志们:”这样的称呼,也没有“一、”“(一)”这样的标题;请确认选对了文件。",
      { file: name },
    );
  }
  return { file: name, speeches };
}

async function runCheck(paths: readonly string[], flags: CheckFlags): Promise<void> {
  const ratePerMinute = rateOf(flags.rate);
  const unit = unitOf(flags.unit);
  if (flags.date !== undefined) parseDateOption(flags.date);
  const options = {
    ratePerMinute,
    ...(unit === undefined ? {} : { unit }),
    ...(flags.date === undefined ? {} : { date: flags.date }),
  };
  const { files } = await speechFiles(paths);
  const checked: CheckedFile[] = [];
  const failures: UserError[] = [];
  for (const file of files) {
    try {
      checked.push(await checkFile(file, options));
    } catch (error) {
      if (!isUserError(error)) throw error;
      // One unreadable file must not hide the findings of the others.
      if (files.length === 1) throw error;
      failures.push(error);
      process.stderr.write(`错误:${placed(error.message, error.file ?? file)}\n`);
    }
  }
  if (flags.json === true) {
    process.stdout.write(`${JSON.stringify(checked, null, 2)}\n`);
  } else {
    const color = process.stdout.isTTY === true && !process.env["NO_COLOR"];
    process.stdout.write(checkReport(checked, color));
  }
  const errors = checked
    .flatMap((file) => file.speeches)
    .flatMap((speech) => speech.findings)
    .filter((finding) => finding.severity === "error").length;
  if (failures.length > 0) {
    throw new UserError(`有 ${failures.length} 个文件无法检查(原因见上)。`);
  }
  if (errors > 0) {
    throw new UserError(`发现 ${errors} 处“错误”级别的问题,请逐条修改后再用。`);
  }
}

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description(
      [
        "检查讲话稿:编号混用或跳号(第一……二是)、“讲三点意见”与部分数不符、",
        "别的单位的地名、过时的提法(如 2026 年还说“十三五”)、与日期不符的时令说法",
        "(11 月说“双过半”)、未填的〔待补〕、X/××/某某 等占位写法,以及字数和讲话时长。",
      ].join("\n"),
    )
    .argument(
      "<文件或文件夹...>",
      "讲话稿文件(.txt/.md/.docx)或装有讲话稿的文件夹;- 表示从标准输入读",
    )
    .option("--json", "以 JSON 输出:[{file, speeches: [{title, chars, minutes, findings}]}]")
    .option("--unit <名称>", "讲话单位(如 西峰区);不给时按标题或文中出现最多的地名推断")
    .option("--date <YYYY-MM-DD>", "讲话日期;不给时用稿中的日期行,再不然用标题中的年份")
    .option("--rate <字数>", `语速,每分钟字数(默认 ${DEFAULT_CHECK_RATE})`)
    .addHelpText(
      "after",
      `
输出:每条一行,“文件:行:级别:说明 [规则]”,下一行是原文摘录;最后一行是合计。
Word 文件(.docx)的“行”是第几段(不计空段)。
级别:错误(必须改)、警告(请核实)、提示(供参考)。

退出码:0 没有“错误”级别的问题;1 有“错误”级别的问题,或文件读不了、参数不对;2 程序内部错误。

示例:
  jianggao check 讲话稿.docx
  jianggao check 讲话稿.txt --unit 西峰区 --date 2026-02-23
  jianggao check 讲话稿/ --json > 检查结果.json`,
    )
    .action((paths: string[], flags: CheckFlags) => runCheck(paths, flags));
}
