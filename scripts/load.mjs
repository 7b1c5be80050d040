// The long load run: `npm run build && node scripts/load.mjs [--seconds 60]`. For each
// concurrency (8, then 50) it posts answers for a .docx to a real `jianggao serve` child for
// the given time, sampling the server's RSS every second, and fails on any error, any
// non-2xx answer, or memory that keeps growing: the lowest RSS of the run's second half
// more than 20% above the lowest of its first half (after a tenth of warm-up).
import { parseArgs } from "node:util";
import { loadDrafts, startServer } from "./server-child.mjs";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "8,50" },
  },
});
const seconds = Number(values.seconds);
const GROWTH_ALLOWED = 1.2;

let failed = false;
for (const connections of values.connections.split(",").map(Number)) {
  const server = await startServer();
  const samples = [];
  const sampler = setInterval(() => samples.push(server.memory().rssMb), 1000);
  const result = await loadDrafts({ url: server.url, connections, seconds });
  clearInterval(sampler);
  const { peakMb } = server.memory();
  await server.stop();

  // RSS saws up and down with garbage collection, so compare troughs (what survives a
  // collection): a leak raises the low points of the second half above those of the first.
  const settled = samples.slice(Math.max(Math.floor(samples.length / 10), 1));
  const half = Math.floor(settled.length / 2);
  const warm = Math.min(...settled.slice(0, half));
  const end = Math.min(...settled.slice(half));
  const flat = end <= warm * GROWTH_ALLOWED;
  const ok = result.errors === 0 && result.timeouts === 0 && result.non2xx === 0 && flat;
  failed ||= !ok;
  process.stdout.write(
    `${ok ? "✓" : "✗"} 并发 ${connections},${seconds} 秒:${result.requests.total} 个请求,` +
      `${result.requests.average.toFixed(1)} 个/秒,p99 ${result.latency.p99} ms,` +
      `错误 ${result.errors},超时 ${result.timeouts},非 2xx ${result.non2xx};` +
      `内存低点 前半 ${warm.toFixed(0)} MB → 后半 ${end.toFixed(0)} MB(峰值 ${peakMb.toFixed(0)} MB)${flat ? "" : ",持续上涨"}\n`,
  );
  process.stdout.write(`  RSS(MB,每秒):${samples.map((s) => s.toFixed(0)).join(" ")}\n`);
}
process.exitCode = failed ? 1 : 0;
