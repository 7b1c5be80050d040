// Mining throughput: `node dist/mine/bench.js <dir>` mines a folder and prints MB/s;
// `node dist/mine/bench.js --generate [<dir> [MB]]` first fills the folder with composed
// drafts (txt, every tenth one docx) until it holds that many megabytes (default 20).
// `benchMining` is what `npm run bench` calls.
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { composeSpeech, loadCatalog, validateAnswers } from "../compose/index.js";
import { writeSpeech } from "../write/index.js";
import { mineArchive } from "./mine.js";

export interface MiningBench {
  readonly megabytes: number;
  readonly seconds: number;
  readonly megabytesPerSecond: number;
  /** CPU time of this process: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  readonly speeches: number;
  readonly skipped: number;
  /** Resident memory at the end, to show the archive was not held at once. */
  readonly rssMegabytes: number;
}

const MB = 1024 * 1024;

/** Mines `dir` once and measures it. */
export async function benchMining(dir: string): Promise<MiningBench> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const report = await mineArchive([dir], {});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const megabytes = report.bytes / MB;
  return {
    megabytes,
    seconds,
    megabytesPerSecond: megabytes / seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    speeches: report.speeches.length,
    skipped: report.skipped.length,
    rssMegabytes: process.memoryUsage().rss / MB,
  };
}

const UNITS = ["西峰区", "庆城县", "合水县", "环县", "宁县", "正宁县", "华池县", "镇原县"];

/** Fills `dir` with composed drafts until it holds `megabytes`; returns the files written. */
export async function generateBenchArchive(dir: string, megabytes = 20): Promise<number> {
  const catalog = loadCatalog();
  let bytes = 0;
  let n = 0;
  await mkdir(dir, { recursive: true });
  while (bytes < megabytes * MB) {
    const type = catalog.types[n % catalog.types.length];
    if (type === undefined) throw new Error("no meeting types in the catalog");
    const month = (n % 12) + 1;
    const answers = validateAnswers(
      {
        type: type.id,
        unit: UNITS[n % UNITS.length],
        date: `2026-${String(month).padStart(2, "0")}-15`,
        seed: n + 1,
        length: { chars: 6000 + (n % 5) * 1000 },
      },
      catalog,
      { today: "2026-01-01" },
    );
    const format = n % 10 === 9 ? "docx" : "txt";
    const data = await writeSpeech(composeSpeech(answers, catalog), format);
    const folder = join(dir, type.id);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `${String(n).padStart(5, "0")}.${format}`), data);
    bytes += typeof data === "string" ? Buffer.byteLength(data) : data.length;
    n++;
  }
  return n;
}

async function main(args: readonly string[]): Promise<void> {
  const generate = args[0] === "--generate";
  // Drafts are generated outside the project by default: an archive is never committed.
  const fallback = join(tmpdir(), "jianggao-bench-archive");
  const dir = resolve(generate ? (args[1] ?? fallback) : (args[0] ?? fallback));
  if (generate) {
    const files = await generateBenchArchive(dir, Number(args[2] ?? 20));
    process.stdout.write(`已生成 ${files} 篇讲话稿:${dir}\n`);
  }
  const result = await benchMining(dir);
  process.stdout.write(
    `挖掘 ${result.megabytes.toFixed(1)} MB(${result.speeches} 篇,跳过 ${result.skipped} 项)用时 ${result.seconds.toFixed(1)} 秒(CPU ${result.cpuSeconds.toFixed(1)} 秒):${result.megabytesPerSecond.toFixed(2)} MB/s,内存 ${result.rssMegabytes.toFixed(0)} MB\n`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
