// The report as one standalone HTML page a clerk can open offline or pass around: no
// script, no network, every archive string escaped (file names and titles come from
// the clerk's disk and may hold anything).
import { escapeHtml } from "../write/index.js";
import type { Counted, MiningReport } from "./report.js";

type Cell = string | number | null;

function table(head: readonly string[], rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return "<p class=none>(无)</p>";
  const cell = (value: Cell): string =>
    `<td${typeof value === "number" ? " class=n" : ""}>${escapeHtml(value === null ? "—" : String(value))}</td>`;
  return [
    "<table><thead><tr>",
    ...head.map((h) => `<th>${escapeHtml(h)}</th>`),
    "</tr></thead><tbody>",
    ...rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`),
    "</tbody></table>",
  ].join("");
}

const formulaTable = (items: readonly Counted[]): string =>
  table(
    ["写法", "次数", "见于"],
    items.map((c) => [c.text, c.count, c.files.join("、")]),
  );

const STYLE = `
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.6}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:.95em}th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right;white-space:nowrap}.none{color:#888}.note{color:#555}`;

export function renderHtmlReport(report: MiningReport): string {
  const { formulas, length } = report;
  const sections: [string, string][] = [
    [
      "会议类型",
      table(
        ["会议类型", "篇数"],
        report.types.map((t) => [t.type ?? "未识别", t.count]),
      ),
    ],
    [
      "每篇讲话稿",
      table(
        ["文件", "标题", "会议类型", "结构骨架", "字数", "分钟"],
        report.speeches.map((s) => [
          s.file,
          s.title,
          s.type,
          s.roles.join(" → "),
          s.chars,
          s.minutes,
        ]),
      ),
    ],
    [
      "常见结构骨架(按会议类型)",
      table(
        ["会议类型", "结构骨架", "篇数", "文件"],
        report.skeletons.map((k) => [
          k.type ?? "未识别",
          k.roles.join(" → "),
          k.count,
          k.files.join("、"),
        ]),
      ),
    ],
    ["开场白", formulaTable(formulas.opening)],
    ["“刚才……”", formulaTable(formulas.acknowledgement)],
    ["过渡句(下面,我讲……)", formulaTable(formulas.announce)],
    ["结尾第一句", formulaTable(formulas.closing)],
    ["结尾号召", formulaTable(formulas.rally)],
    [
      "标题句式",
      table(
        ["级别", "句式", "次数", "例子"],
        report.headingPatterns.map((p) => [
          `${p.level} 级`,
          p.pattern,
          p.count,
          p.examples.join(" / "),
        ]),
      ),
    ],
    [
      "编号方式",
      table(
        ["编号", "处数", "篇数"],
        report.enumerations.map((e) => [e.style, e.count, e.speeches]),
      ),
    ],
    [
      "占位写法",
      table(
        ["写法", "处数", "篇数"],
        report.placeholders.map((p) => [p.convention, p.count, p.speeches]),
      ),
    ],
    [
      "篇幅",
      length === null
        ? "<p class=none>(无)</p>"
        : `<p>最短 ${length.minChars} 字,中位 ${length.medianChars} 字(约 ${length.medianMinutes} 分钟,按每分钟 180 字),最长 ${length.maxChars} 字,合计 ${length.totalChars} 字。</p>`,
    ],
    [
      "高频短语与句子",
      table(
        ["短语 / 句子", "类别", "篇数", "次数", "多见于"],
        report.phrases.map((p) => [p.text, p.kind, p.speeches, p.count, p.role]),
      ),
    ],
    [
      "跳过的文件",
      table(
        ["文件", "原因"],
        report.skipped.map((k) => [k.file, k.reason]),
      ),
    ],
  ];
  return [
    "<!doctype html>",
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    "<title>讲稿库分析报告</title>",
    `<style>${STYLE}</style></head><body>`,
    "<h1>讲稿库分析报告</h1>",
    `<p>读取 ${report.files} 个文件,找到 ${report.speeches.length} 篇讲话稿,跳过 ${report.skipped.length} 项。</p>`,
    '<p class="note">“…”代表数字、名称和单位层级(全区、区委等)。结构骨架中:形势 = 讲认识、讲形势;措施 = 讲任务、讲举措;作风 = 讲作风、讲落实。</p>',
    ...sections.map(([title, body]) => `<h2>${escapeHtml(title)}</h2>${body}`),
    "</body></html>",
    "",
  ].join("\n");
}
