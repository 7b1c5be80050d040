// jianggao mine: reads a clerk's archive of speeches and reports how the office writes.
import { existsSync } from "node:fs";
import { extname, join } from "node:path";
import type { Command } from "commander";
import {
  buildPack,
  loadCatalog,
  mineArchive,
  renderHtmlReport,
  renderTextReport,
  UserError,
  type MiningReport,
} from "../../index.js";
import { writeFileAtomic } from "../files.js";
import { progressBar } from "../progress.js";

interface MineOptions {
  readonly json?: boolean;
  readonly output?: string;
  readonly emit?: string;
  readonly force?: boolean;
  readonly parseThread: string;
}

const PARSE_THREAD = { auto: "auto", on: "worker", off: "inline" } as const;

function parseThreadOf(value: string): (typeof PARSE_THREAD)[keyof typeof PARSE_THREAD] {
  if (!Object.hasOwn(PARSE_THREAD, value)) {
    throw new UserError(`--parse-thread 只能是 auto、on 或 off,收到“${value}”。`, {
      field: "--parse-thread",
    });
  }
  return PARSE_THREAD[value as keyof typeof PARSE_THREAD];
}

type ReportFormat = "json" | "html";

/** What -o writes: JSON for .json or --json, HTML for .html; checked before mining starts. */
function reportFormat(path: string, json: boolean): ReportFormat {
  const extension = extname(path).toLowerCase();
  if (json || extension === ".json") return "json";
  if (extension === ".html" || extension === ".htm") return "html";
  throw new UserError(
    `不支持的报告格式 ${extension || "(无扩展名)"}:-o 请用 .html 或 .json 结尾。`,
    { field: "--output" },
  );
}

function reportFile(report: MiningReport, format: ReportFormat): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "html":
      return renderHtmlReport(report);
    default: {
      const never: never = format;
      throw new Error(`unknown report format ${String(never)}`);
    }
  }
}

/** Writes the pack; refuses up front, before writing anything, if a file would be replaced. */
async function emitPack(report: MiningReport, dir: string, force: boolean): Promise<void> {
  const files = buildPack(report, loadCatalog().templatesDir);
  const clash = files.find((f) => existsSync(join(dir, f.path)));
  if (!force && clash !== undefined) {
    throw new UserError(
      `语料包文件夹 ${dir} 里已有 ${clash.path}。请换一个文件夹,或加 --force 覆盖。`,
      { field: "--emit", file: join(dir, clash.path) },
    );
  }
  for (const file of files) await writeFileAtomic(join(dir, file.path), file.content, { force });
  process.stderr.write(
    `语料包已写入 ${dir}(${files.length} 个文件)。起草时用:jianggao new --pack ${dir}\n这是本单位自己的材料,请勿外传。\n`,
  );
}

async function runMine(paths: readonly string[], options: MineOptions): Promise<void> {
  if (paths.length === 0) {
    throw new UserError("请给出要分析的文件或文件夹,例如:jianggao mine 讲话稿/", {
      field: "paths",
    });
  }
  const format =
    options.output === undefined ? undefined : reportFormat(options.output, options.json === true);
  const reader = parseThreadOf(options.parseThread);
  const bar = progressBar(process.stderr);
  let report: MiningReport;
  try {
    report = await mineArchive(paths, {
      reader,
      ...(bar === undefined
        ? {}
        : {
            onProgress: (p) =>
              bar.update({
                share: p.bytesTotal === 0 ? 1 : p.bytesDone / p.bytesTotal,
                done: p.filesDone,
                total: p.filesTotal,
                label: p.file,
              }),
          }),
    });
  } finally {
    bar?.done();
  }
  if (options.output !== undefined && format !== undefined) {
    await writeFileAtomic(options.output, reportFile(report, format), {
      force: options.force === true,
    });
    process.stderr.write(`报告已写入 ${options.output}\n`);
  }
  if (options.emit !== undefined && report.speeches.length > 0) {
    await emitPack(report, options.emit, options.force === true);
  }
  if (options.json === true && options.output === undefined) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (options.json !== true) {
    const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
    process.stdout.write(renderTextReport(report, { color }));
  }
  if (report.speeches.length === 0) {
    throw new UserError("没有找到任何讲话稿:请确认路径下有 .txt、.md 或 .docx 格式的讲话稿。", {
      field: "paths",
    });
  }
}

export function registerMine(program: Command): void {
  program
    .command("mine")
    .summary("分析讲话稿库:会议类型、结构骨架、常用写法和高频短语")
    .description(
      [
        "读取文件夹(含子文件夹)里的 .txt、.md、.docx 讲话稿,统计:会议类型、每篇的结构骨架",
        "(形势 → 措施 → 作风)、标题句式、开场白、“刚才……”、过渡句、结尾、编号方式、占位写法、",
        "篇幅,以及反复出现的短语和句子。读不了的文件(损坏、过大、编码不明、重复稿)会列出原因。",
        "",
        "例子:",
        "  jianggao mine 讲话稿/                      在终端显示摘要",
        "  jianggao mine 讲话稿/ -o 分析报告.html     另存一份完整的网页报告",
        "  jianggao mine 讲话稿/ --json               以 JSON 输出(供其他程序读取)",
        "  jianggao mine 讲话稿/ --emit 我的语料包    生成本单位的模板与短语包,",
        "                                            再用 jianggao new --pack 我的语料包 起草",
      ].join("\n"),
    )
    .argument("<路径...>", "讲话稿文件或文件夹")
    .option("--json", "以 JSON 输出报告")
    .option("-o, --output <文件>", "把报告写入文件(.html 网页报告,或 .json)")
    .option("--emit <文件夹>", "生成模板与短语包(本单位自己的材料,请勿外传)")
    .option("--force", "覆盖已存在的报告文件或语料包")
    .option(
      "--parse-thread <auto|on|off>",
      "在单独的线程里解析文件(两核以上更快);auto 按文件总量自动决定",
      "auto",
    )
    .action(async (paths: string[], options: MineOptions) => {
      await runMine(paths, options);
    });
}
