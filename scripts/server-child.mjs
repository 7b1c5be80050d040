// The real `jianggao serve` in a child process, for the load run and the bench: started on
// a free loopback port without the per-client rate limit, its memory read from /proc.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI = join(ROOT, "bin", "jianggao.js");

/** The answers a clerk would post for a 5,000-字 draft (examples/经济工作会议.json). */
export const EXAMPLE_ANSWERS = JSON.parse(
  readFileSync(join(ROOT, "examples", "经济工作会议.json"), "utf8"),
);

/**
 * Starts `jianggao serve --port 0 --rate-limit 0` (plus `extraArgs`, e.g. `--workers 0`);
 * resolves once it prints its address.
 */
export function startServer(extraArgs = []) {
  const child = spawn(
    process.execPath,
    [CLI, "serve", "--port", "0", "--rate-limit", "0", ...extraArgs],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(
      () => fail(new Error(`serve did not start in 20 s: ${stderr}`)),
      20_000,
    );
    const fail = (error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    child.on("exit", (code) => fail(new Error(`serve exited (${code}): ${stderr}`)));
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const found = /http:\/\/[^\s/]+\//.exec(stdout);
      if (!found) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({
        url: found[0].replace(/\/$/, ""),
        pid: child.pid,
        /** Resident memory now and at its peak (MB), from /proc/<pid>/status. */
        memory: () => memoryOf(child.pid),
        stop: () =>
          new Promise((done) => {
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}

/** VmRSS and VmHWM of a process, in MB. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

/** autocannon posting answers for a .docx at `connections` for `seconds`. */
export function loadDrafts({ url, connections, seconds, answers = EXAMPLE_ANSWERS }) {
  return autocannon({
    url: `${url}/api/drafts?format=docx`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(answers),
    connections,
    duration: seconds,
    timeout: 30,
  });
}

/**
 * `clients` clients, each posting answers for a .docx one after another for `seconds`, as
 * the office's clerks would: a 503 is waited out for its Retry-After, a request unanswered
 * after `timeoutSeconds` counts as a time-out. Latency percentiles are of the answered (2xx).
 */
export async function hammerDrafts({ url, clients, seconds, timeoutSeconds = 30 }) {
  const body = JSON.stringify(EXAMPLE_ANSWERS);
  const until = Date.now() + seconds * 1000;
  const statuses = {};
  const answered = [];
  let timeouts = 0;
  let failures = 0;
  const client = async () => {
    while (Date.now() < until) {
      const start = performance.now();
      try {
        const response = await fetch(`${url}/api/drafts?format=docx`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
          signal: AbortSignal.timeout(timeoutSeconds * 1000),
        });
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        if (response.ok) answered.push(performance.now() - start);
        else if (response.status === 503 || response.status === 429) {
          const wait = Number(response.headers.get("retry-after") ?? "1");
          await new Promise((done) => setTimeout(done, wait * 1000));
        }
      } catch (error) {
        if (error?.name === "TimeoutError") timeouts++;
        else failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  answered.sort((a, b) => a - b);
  const p99 = answered[Math.min(answered.length - 1, Math.floor(answered.length * 0.99))];
  return { statuses, answered: answered.length, p99Ms: p99, timeouts, failures };
}

/**
 * Runs the CLI with `args` in a child and returns its wall time and peak resident memory
 * (the child reports its own maxRSS as it exits).
 */
export function runMeasured(args) {
  const reporter =
    "process.on('exit',()=>process.stderr.write('\\nMAXRSS_KB='+process.resourceUsage().maxRSS+'\\n'));" +
    `process.argv=[process.argv[0],${JSON.stringify(CLI)},...${JSON.stringify(args)}];` +
    `import(${JSON.stringify(join(ROOT, "dist", "cli", "main.js"))}).then((m)=>m.main(process.argv));`;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--input-type=module", "-e", reporter], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      const kb = Number(/MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ code, ms: performance.now() - start, peakRssMb: kb / 1024, stderr });
    });
  });
}
