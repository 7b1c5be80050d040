// `npm run build && npm run bench`: measures speed and memory (issues 8, 14 and 15), prints
// a Markdown table and writes it into README.md between <!-- bench:start --> and
// <!-- bench:end -->.
//   --no-readme          print only
//   --drafts N           warm drafts timed (default 500)
//   --cold-runs N        cold CLI runs, and as many bare `node -e 0` runs (default 20)
//   --pandoc-runs N      pandoc runs (default 20)
//   --server-seconds N   autocannon time at concurrency 8 (default 10)
//   --mine-mb N          size of the generated archive mined (default 20)
//   --crowd-seconds N    time of the 100-client run against the pool (default 10)
import { spawnSync } from "node:child_process";
import { cpus, loadavg, tmpdir } from "node:os";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import * as lib from "../dist/index.js";
import { readdir } from "node:fs/promises";
import {
  CLI,
  EXAMPLE_ANSWERS,
  ROOT,
  hammerDrafts,
  loadDrafts,
  runMeasured,
  startServer,
} from "./server-child.mjs";

const { values } = parseArgs({
  options: {
    "no-readme": { type: "boolean", default: false },
    drafts: { type: "string", default: "500" },
    "cold-runs": { type: "string", default: "20" },
    "pandoc-runs": { type: "string", default: "20" },
    "server-seconds": { type: "string", default: "10" },
    "mine-mb": { type: "string", default: "20" },
    "crowd-seconds": { type: "string", default: "10" },
  },
});
const option = (name) => Number(values[name]);
const loadAverageAtStart = loadavg();

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const log = (line) => process.stderr.write(`${line}\n`);
const EXAMPLE_FILE = join(ROOT, "examples", "经济工作会议.json");

/** Compose + docx of the example's 5,000-字 draft, warm: a new seed each time (换一稿). */
async function warmDrafts(count) {
  const catalog = lib.loadCatalog();
  const answers = lib.validateAnswers(EXAMPLE_ANSWERS, catalog, { today: "2026-02-23" });
  for (let i = 0; i < 30; i++)
    await lib.writeDocx(lib.composeSpeech({ ...answers, seed: i }, catalog));
  const times = [];
  const cpuTimes = [];
  const composeTimes = [];
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const speech = lib.composeSpeech({ ...answers, seed: 1000 + i }, catalog);
    composeTimes.push(ms(start));
    await lib.writeDocx(speech);
    times.push(ms(start));
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    if (i === 0) chars = lib.countChars(speech);
  }
  // CPU time too: on a busy machine wall time also counts the waits for a core.
  return {
    medianMs: median(times),
    cpuMs: median(cpuTimes),
    composeMs: median(composeTimes),
    chars,
    speech: lib.composeSpeech(answers, catalog),
  };
}

/** The same draft as Markdown through pandoc to .docx; each run spawns pandoc, as a user would. */
async function pandocDrafts(speech, runs) {
  if (spawnSync("pandoc", ["--version"]).status !== 0) return undefined;
  const dir = await mkdtemp(join(tmpdir(), "jianggao-bench-pandoc-"));
  try {
    const input = join(dir, "draft.md");
    await writeFile(input, lib.writeMarkdown(speech));
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      const run = spawnSync("pandoc", [
        "-f",
        "markdown",
        "-t",
        "docx",
        "-o",
        join(dir, "x.docx"),
        input,
      ]);
      if (run.status !== 0) throw new Error(`pandoc failed: ${run.stderr}`);
      times.push(ms(start));
    }
    return { medianMs: median(times) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Cold `jianggao new` against bare `node -e 0`, interleaved so load changes hit both alike. */
async function coldCli(runs) {
  const dir = await mkdtemp(join(tmpdir(), "jianggao-bench-cli-"));
  try {
    const cli = [];
    const bare = [];
    for (let i = 0; i < runs; i++) {
      let start = process.hrtime.bigint();
      const run = spawnSync(
        process.execPath,
        [CLI, "new", "--answers", EXAMPLE_FILE, "-o", join(dir, "x.docx"), "--force"],
        { cwd: ROOT },
      );
      cli.push(ms(start));
      if (run.status !== 0) throw new Error(`jianggao new failed: ${run.stderr}`);
      start = process.hrtime.bigint();
      spawnSync(process.execPath, ["-e", "0"]);
      bare.push(ms(start));
    }
    return { cliMs: median(cli), bareMs: median(bare) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The miner's own bench (src/mine/bench.ts) on a generated archive of composed drafts. */
async function mining(megabytes) {
  const { benchMining, generateBenchArchive } = await import("../dist/mine/bench.js");
  const dir = await mkdtemp(join(tmpdir(), "jianggao-bench-mine-"));
  try {
    await generateBenchArchive(dir, megabytes);
    return await benchMining(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `jianggao serve --rate-limit 0` in a child (`extraArgs`: e.g. `--workers 0` for drafting on
 * the request thread); autocannon posts the example's answers for a .docx at concurrency 8.
 */
async function server(seconds, extraArgs = []) {
  const child = await startServer(extraArgs);
  try {
    await loadDrafts({ url: child.url, connections: 8, seconds: 2 }); // warm-up
    const result = await loadDrafts({ url: child.url, connections: 8, seconds });
    return {
      requestsPerSecond: result.requests.average,
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      peakRssMb: child.memory().peakMb,
    };
  } finally {
    await child.stop();
  }
}

/** 100 clients posting one after another for `seconds` against the pool. */
async function crowd(seconds) {
  const child = await startServer();
  try {
    return await hammerDrafts({ url: child.url, clients: 100, seconds });
  } finally {
    await child.stop();
  }
}

/** A file of many real speeches (the corpus, over and over) of about `bytes`. */
async function speechesFile(dir, bytes) {
  const corpus = join(ROOT, "..", "shared", "corpus");
  const texts = await Promise.all(
    (await readdir(corpus))
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => readFile(join(corpus, name), "utf8")),
  );
  const one = `${texts.join("\n\n")}\n\n`;
  const copies = Math.max(1, Math.floor(bytes / Buffer.byteLength(one)));
  const file = join(dir, `speeches-${bytes}.txt`);
  await writeFile(file, one.repeat(copies));
  return { file, megabytes: (Buffer.byteLength(one) * copies) / 1e6 };
}

/** `jianggao check` of a file of many speeches: wall time and peak memory of the process. */
async function checkRuns(sizes) {
  const dir = await mkdtemp(join(tmpdir(), "jianggao-bench-check-"));
  try {
    const out = [];
    for (const bytes of sizes) {
      const { file, megabytes } = await speechesFile(dir, bytes);
      const run = await runMeasured(["check", file]);
      if (run.code !== 0 && run.code !== 1) throw new Error(`check failed: ${run.stderr}`);
      out.push({ megabytes, seconds: run.ms / 1000, peakRssMb: run.peakRssMb });
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const fmt = (x, digits = 1) => (x === undefined ? "—" : x.toFixed(digits));
const verdict = (ok) => (ok === undefined ? "—" : ok ? "✓" : "✗");

log("热启动:起草 + Word …");
const warm = await warmDrafts(option("drafts"));
log("pandoc …");
const pandoc = await pandocDrafts(warm.speech, option("pandoc-runs"));
log("冷启动 CLI …");
const cold = await coldCli(option("cold-runs"));
log("挖掘 …");
const mine = await mining(option("mine-mb"));
log("服务(线程池)…");
const serve = await server(option("server-seconds"));
log("服务(单线程)…");
const single = await server(option("server-seconds"), ["--workers", "0"]);
log("服务(100 个客户端)…");
const many = await crowd(option("crowd-seconds"));
log("检查 …");
const [checkSmall, checkLarge] = await checkRuns([800_000, 20_000_000]);

const pandocRatio = pandoc && pandoc.medianMs / warm.medianMs;
const coldRatio = cold.cliMs / cold.bareMs;
const rows = [
  [
    `起草(answers → Speech),${warm.chars} 字(热,${option("drafts")} 篇中位数)`,
    `${fmt(warm.composeMs)} ms`,
    "≤ 5 ms",
    verdict(warm.composeMs <= 5),
  ],
  [
    `起草 + Word,${warm.chars} 字讲话稿(热,${option("drafts")} 篇中位数)`,
    `${fmt(warm.medianMs)} ms(CPU ${fmt(warm.cpuMs)} ms)`,
    "≤ 5 ms",
    verdict(warm.medianMs <= 5),
  ],
  [
    "同一稿经 pandoc(Markdown → docx,每次启动进程)",
    pandoc ? `${fmt(pandoc.medianMs)} ms,jianggao 快 ${fmt(pandocRatio)} 倍` : "未安装 pandoc",
    "≥ 15 倍",
    verdict(pandoc && pandocRatio >= 15),
  ],
  [
    `冷启动 \`jianggao new --answers … -o x.docx\`(${option("cold-runs")} 次中位数)`,
    `${fmt(cold.cliMs, 0)} ms,为 \`node -e 0\`(${fmt(cold.bareMs, 0)} ms)的 ${fmt(coldRatio)} 倍`,
    "≤ 3.5 倍",
    verdict(coldRatio <= 3.5),
  ],
  [
    `挖掘(${fmt(mine.megabytes)} MB,${mine.speeches} 篇)`,
    `${fmt(mine.megabytesPerSecond, 2)} MB/s`,
    "≥ 10 MB/s",
    verdict(mine.megabytesPerSecond >= 10),
  ],
  [
    `服务 POST /api/drafts?format=docx,并发 8,${option("server-seconds")} 秒`,
    `${fmt(serve.requestsPerSecond)} 个/秒,p99 ${serve.p99Ms} ms,错误 ${serve.errors}`,
    "≥ 150 个/秒,p99 ≤ 100 ms",
    verdict(serve.requestsPerSecond >= 150 && serve.p99Ms <= 100 && serve.errors === 0),
  ],
  [
    "服务进程内存峰值(VmHWM,线程池,并发 8)",
    `${fmt(serve.peakRssMb, 0)} MB`,
    "≤ 250 MB",
    verdict(serve.peakRssMb <= 250),
  ],
  [
    "同上,单线程起草(`serve --workers 0`)",
    `${fmt(single.requestsPerSecond)} 个/秒,p99 ${single.p99Ms} ms;线程池为其 ${fmt(serve.requestsPerSecond / single.requestsPerSecond)} 倍`,
    "线程池更快",
    verdict(serve.requestsPerSecond > single.requestsPerSecond),
  ],
  [
    `100 个客户端连续提交 ${option("crowd-seconds")} 秒(503 按 Retry-After 等待后重试)`,
    `成功 ${many.answered} 个,p99 ${fmt(many.p99Ms, 0)} ms;状态 ${Object.entries(many.statuses)
      .map(([code, n]) => `${code}×${n}`)
      .join("、")};超时 ${many.timeouts},连接失败 ${many.failures}`,
    "无超时,非 2xx 只有 503/429,p99 ≤ 2 s",
    verdict(
      many.timeouts === 0 &&
        many.failures === 0 &&
        Object.keys(many.statuses).every((code) => ["200", "503", "429"].includes(code)) &&
        many.p99Ms <= 2000,
    ),
  ],
  [
    `\`jianggao check\`,${fmt(checkSmall.megabytes, 2)} MB 多篇讲话`,
    `${fmt(checkSmall.seconds, 2)} s,内存峰值 ${fmt(checkSmall.peakRssMb, 0)} MB`,
    "≤ 2 s",
    verdict(checkSmall.seconds <= 2),
  ],
  [
    `\`jianggao check\`,${fmt(checkLarge.megabytes, 1)} MB 多篇讲话`,
    `${fmt(checkLarge.seconds, 1)} s,内存峰值 ${fmt(checkLarge.peakRssMb, 0)} MB`,
    "≤ 30 s,≤ 300 MB",
    verdict(checkLarge.seconds <= 30 && checkLarge.peakRssMb <= 300),
  ],
];

const cpu = cpus()[0]?.model.trim() ?? "未知 CPU";
const machine =
  `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC,${cpu} × ${cpus().length} 核,` +
  `Node ${process.versions.node},测量开始时负载 ${loadAverageAtStart.map((x) => x.toFixed(1)).join(" / ")}`;
const table = [
  "| 项目 | 结果 | 目标 | 达标 |",
  "|---|---|---|---|",
  ...rows.map((cells) => `| ${cells.join(" | ")} |`),
].join("\n");
const section = [
  "<!-- bench:start -->",
  table,
  "",
  `由 \`npm run build && npm run bench\` 生成(${machine})。`,
  "<!-- bench:end -->",
].join("\n");
process.stdout.write(`${table}\n\n${machine}\n`);

if (!values["no-readme"]) {
  const readmePath = join(ROOT, "README.md");
  const readme = await readFile(readmePath, "utf8");
  const marked = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
  const updated = marked.test(readme)
    ? readme.replace(marked, () => section)
    : readme.replace("<!-- bench -->", () => section);
  if (updated === readme && !readme.includes(section)) {
    log("README.md 中没有 <!-- bench --> 或 bench:start/end 标记,未写入。");
  } else {
    await writeFile(readmePath, updated);
    log("已写入 README.md 的“性能”一节。");
  }
}
