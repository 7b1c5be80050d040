// The report as a clerk reads it in a terminal: short sections, the most common first,
// Chinese labels. Colour only when asked (the caller checks the TTY and NO_COLOR).
import type { Counted, MiningReport } from "./report.js";

export interface TextRenderOptions {
  readonly color: boolean;
  /** Rows shown per list (the HTML report and --json have them all). */
  readonly rows?: number;
}

const ROWS = 8;

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function styler(color: boolean): { title: (s: string) => string; dim: (s: string) => string } {
  const wrap = (code: string) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { title: wrap("1"), dim: wrap("2") };
}

/** The file's name without its folders, so lists stay readable. */
const shortFile = (file: string): string => file.split(/[\\/]/).at(-1) ?? file;

function list<T>(items: readonly T[], rows: number, line: (item: T) => string): string[] {
  const out = items.slice(0, rows).map((item) => `  ${line(item)}`);
  if (items.length > rows) out.push(`  ……另有 ${items.length - rows} 项(见 HTML 报告或 --json)`);
  return out.length > 0 ? out : ["  (无)"];
}

const counted = (c: Counted): string => `${c.text}  ×${c.count}`;

export function renderTextReport(report: MiningReport, options: TextRenderOptions): string {
  const rows = options.rows ?? ROWS;
  const s = styler(options.color);
  const section = (name: string, lines: readonly string[]): string[] => [
    "",
    s.title(name),
    ...lines,
  ];
  const { formulas } = report;
  const lines: string[] = [
    s.title(
      `讲稿库分析:读取 ${report.files} 个文件(${megabytes(report.bytes)}),找到 ${report.speeches.length} 篇讲话稿,跳过 ${report.skipped.length} 项`,
    ),
    ...section(
      "会议类型",
      list(report.types, rows, (t) => `${t.type ?? "未识别"}  ${t.count} 篇`),
    ),
    ...section(
      "结构骨架(每篇各部分的作用,同类会议合并计数)",
      list(
        report.skeletons,
        rows,
        (k) =>
          `${k.type ?? "未识别"}:${k.roles.join(" → ")}  ×${k.count}  ${s.dim(k.files.map(shortFile).slice(0, 3).join("、"))}`,
      ),
    ),
    ...section("开场白(…代表数字、名称)", list(formulas.opening, rows, counted)),
    ...section("“刚才……”", list(formulas.acknowledgement, rows, counted)),
    ...section("过渡句(下面,我讲……)", list(formulas.announce, rows, counted)),
    ...section("结尾", list([...formulas.closing, ...formulas.rally], rows, counted)),
    ...section(
      "标题句式",
      list(
        report.headingPatterns,
        rows,
        (p) =>
          `${["一级", "二级", "三级"][p.level - 1] ?? ""}标题 ${p.pattern}  ×${p.count}  ${s.dim(`如:${p.examples[0] ?? ""}`)}`,
      ),
    ),
    ...section(
      "编号方式",
      list(report.enumerations, rows, (e) => `${e.style}  ${e.count} 处,${e.speeches} 篇`),
    ),
    ...section(
      "占位写法",
      list(report.placeholders, rows, (p) => `${p.convention}  ${p.count} 处,${p.speeches} 篇`),
    ),
    ...section(
      "篇幅",
      report.length === null
        ? ["  (无)"]
        : [
            `  最短 ${report.length.minChars} 字,中位 ${report.length.medianChars} 字(约 ${report.length.medianMinutes} 分钟,按每分钟 180 字),最长 ${report.length.maxChars} 字`,
          ],
    ),
    ...section(
      "高频短语与句子(按出现篇数、次数排序)",
      list(
        report.phrases,
        rows * 2,
        (p) => `${p.text}  ${s.dim(`${p.speeches} 篇 ${p.count} 次 · ${p.kind} · ${p.role}`)}`,
      ),
    ),
    ...section(
      "跳过的文件",
      list(report.skipped, rows * 2, (k) => `${k.file}:${k.reason}`),
    ),
  ];
  return `${lines.join("\n")}\n`;
}
