// `npm run eval:parse [corpus-dir] [fragments-dir]`: prints the parser's scores against the
// corpus annotations (per level P/R/F1; title, opening, announce and closing matches) and
// against the hand-checked headings of real fragments it has never seen (per level P/R/F1,
// and each heading missed or wrongly found).
import { dirname, join } from "node:path";
import { evaluateCorpus, evaluateFragments } from "./evaluate.js";
import {
  f1,
  FIELDS,
  LEVELS,
  totalLevels,
  type FragmentScore,
  type LevelScore,
  type SpeechScore,
} from "./score.js";

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);
const mark = (ok: boolean): string => (ok ? "✓" : "✗");

function levelCells(score: LevelScore): string {
  const { precision, recall, f1: f } = f1(score);
  return `${percent(precision)} ${percent(recall)} ${percent(f)} (${score.truePositives}/${score.predicted}/${score.expected})`;
}

function speechRow(score: SpeechScore): string {
  const levels = LEVELS.map((level) => {
    const { f1: f } = f1(score.levels[level]);
    return `L${level} ${percent(f)}`;
  }).join("  ");
  const fields = FIELDS.map((field) => `${field} ${mark(score.fields[field])}`).join(" ");
  const noise =
    score.leakedNoise.length === 0 ? "" : `  杂项残留: ${score.leakedNoise.join(" | ")}`;
  return `${score.file}#${score.speech}  ${levels}  ${fields}${noise}`;
}

function levelTable(scores: readonly { readonly levels: Record<1 | 2 | 3, LevelScore> }[]): string {
  const totals = totalLevels(scores);
  const rows = LEVELS.map((level) => `L${level}   ${levelCells(totals[level])}\n`);
  return `\n层级    准确率  召回率     F1   (命中/识别/标注)\n${rows.join("")}`;
}

function fragmentRow(score: FragmentScore): string {
  const lines = [
    `${score.file}  ${score.missed.length === 0 && score.wrong.length === 0 ? "✓" : "✗"}`,
  ];
  for (const heading of score.missed) lines.push(`    漏识:${heading}`);
  for (const heading of score.wrong) lines.push(`    误识:${heading}`);
  return `${lines.join("\n")}\n`;
}

async function runFragments(dir: string): Promise<void> {
  const scores = await evaluateFragments(
    dir,
    join(dirname(dir), `${dir.split(/[\\/]/).pop() ?? "fragments"}.json`),
  );
  process.stdout.write(`\n片段:${dir}(${scores.length} 篇,未参与调校)\n\n`);
  for (const score of scores) process.stdout.write(fragmentRow(score));
  process.stdout.write(levelTable(scores));
}

async function run(): Promise<void> {
  const dir = process.argv[2] ?? "../shared/corpus";
  const fragments = process.argv[3] ?? "../shared/fragments";
  const scores = await evaluateCorpus(dir);
  process.stdout.write(`语料:${dir}(${scores.length} 篇)\n\n`);
  for (const score of scores) process.stdout.write(`${speechRow(score)}\n`);
  process.stdout.write(levelTable(scores));
  process.stdout.write("\n");
  for (const field of FIELDS) {
    const hits = scores.filter((score) => score.fields[field]).length;
    process.stdout.write(
      `${field.padEnd(9)} ${hits}/${scores.length} ${percent(hits / scores.length)}\n`,
    );
  }
  const leaks = scores.reduce((n, score) => n + score.leakedNoise.length, 0);
  process.stdout.write(`杂项残留  ${leaks}\n`);
  await runFragments(fragments);
}

run().catch((error: unknown) => {
  process.stderr.write(`评测失败:${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
