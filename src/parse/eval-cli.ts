// `npm run eval:parse [corpus-dir]`: prints the parser's scores against the annotations
// (per level P/R/F1; title, opening, announce and closing matches), per speech and overall.
import { evaluateCorpus } from "./evaluate.js";
import { f1, FIELDS, LEVELS, totalLevels, type LevelScore, type SpeechScore } from "./score.js";

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

async function run(): Promise<void> {
  const dir = process.argv[2] ?? "../shared/corpus";
  const scores = await evaluateCorpus(dir);
  process.stdout.write(`语料:${dir}(${scores.length} 篇)\n\n`);
  for (const score of scores) process.stdout.write(`${speechRow(score)}\n`);
  const totals = totalLevels(scores);
  process.stdout.write("\n层级    准确率  召回率     F1   (命中/识别/标注)\n");
  for (const level of LEVELS) process.stdout.write(`L${level}   ${levelCells(totals[level])}\n`);
  process.stdout.write("\n");
  for (const field of FIELDS) {
    const hits = scores.filter((score) => score.fields[field]).length;
    process.stdout.write(
      `${field.padEnd(9)} ${hits}/${scores.length} ${percent(hits / scores.length)}\n`,
    );
  }
  const leaks = scores.reduce((n, score) => n + score.leakedNoise.length, 0);
  process.stdout.write(`杂项残留  ${leaks}\n`);
}

run().catch((error: unknown) => {
  process.stderr.write(`评测失败:${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
