// Conventions every command shares: help and version, and a reader that stops early.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = resolve("bin/jianggao.js");
const CORPUS_FILE = resolve("../shared/corpus/000_9e70d2a127fe3adb.txt");

describe("the jianggao command", () => {
  it("prints its version and a Chinese help", () => {
    const version = spawnSync("node", [CLI, "--version"], { encoding: "utf8" });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = spawnSync("node", [CLI, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("讲话稿");
    for (const command of [
      "new",
      "list",
      "questions",
      "parse",
      "check",
      "batch",
      "mine",
      "serve",
    ]) {
      expect(help.stdout).toContain(command);
    }
  });

  it("exits quietly when the reader closes the pipe early (… | head)", async () => {
    const child = spawn("node", [CLI, "parse", CORPUS_FILE, "--to", "txt", "-o", "-"]);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).not.toMatch(/EPIPE|at .*:\d+:\d+/);
    expect(code).toBe(0);
  });

  it("reports an unknown command in Chinese with exit code 1", () => {
    const result = spawnSync("node", [CLI, "nonsense"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("没有“nonsense”这个命令");
  });
});

describe("the interview's progress file", () => {
  it("refuses a FIFO at the progress file's place at once, in a real terminal", () => {
    const home = mkdtempSync(join(tmpdir(), "jianggao-home-"));
    execFileSync("mkfifo", [join(home, "interview.json")]);
    const run = spawnSync(
      "script",
      ["-qefc", `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} --resume`, "/dev/null"],
      {
        encoding: "utf8",
        env: { ...process.env, JIANGGAO_HOME: home },
        timeout: 15_000,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain("答题进度的位置被一个设备或管道占用");
  });
});
