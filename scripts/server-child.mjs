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

/** Starts `jianggao serve --port 0 --rate-limit 0`; resolves once it prints its address. */
export function startServer() {
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", "--rate-limit", "0"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
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
