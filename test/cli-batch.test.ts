// jianggao batch through the real CLI (after `npm run build`): one draft per answers file,
// bad files reported while the others are written, no overwrite without --force, a folder
// that cannot be written, and the progress bar only on a terminal.
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin/jianggao.js");

function jianggao(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI in a pseudo-terminal (util-linux script) and returns what the terminal got. */
function onTerminal(args: string[], env: Record<string, string> = {}): string {
  const command = [process.execPath, BIN, ...args].map((a) => JSON.stringify(a)).join(" ");
  return spawnSync("script", ["-qefc", command, "/dev/null"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", ...env },
  }).stdout;
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A folder of answers files: two good examples plus whatever a test adds. */
function answersDir(extra: Record<string, string> = {}): { dir: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), "jianggao-batch-"));
  roots.push(root);
  const dir = join(root, "答案");
  mkdirSync(dir);
  copyFileSync(join(ROOT, "examples/经济工作会议.json"), join(dir, "经济工作会议.json"));
  copyFileSync(join(ROOT, "examples/安全生产工作会议.yaml"), join(dir, "安全生产工作会议.yaml"));
  writeFileSync(join(dir, "说明.txt"), "不是答案文件,应被跳过。");
  for (const [name, data] of Object.entries(extra)) writeFileSync(join(dir, name), data);
  return { dir, out: join(root, "讲话稿") };
}

describe("jianggao batch", () => {
  it("explains itself in Chinese with --help, exit codes included", () => {
    const { code, stdout } = jianggao(["batch", "--help"]);
    expect(code).toBe(0);
    for (const words of ["答案文件", "--output", "--to", "--profile", "--force", "退出码"])
      expect(stdout).toContain(words);
    expect(stdout).not.toContain("default");
  });

  it("writes one Word draft per answers file, named after it, and nothing else", () => {
    const { dir, out } = answersDir();
    const { code, stderr } = jianggao(["batch", dir, "-o", out]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["安全生产工作会议.docx", "经济工作会议.docx"]);
    expect(readFileSync(join(out, "经济工作会议.docx")).subarray(0, 2).toString()).toBe("PK");
    expect(stderr).toContain("共 2 份答案:写成 2 篇,失败 0 份。");
  });

  it("writes the format asked for with --to, and the reading profile with --profile", () => {
    const { dir, out } = answersDir();
    expect(jianggao(["batch", dir, "-o", out, "--to", "md"]).code).toBe(0);
    expect(readFileSync(join(out, "经济工作会议.md"), "utf8")).toContain(
      "# 在全区经济工作会议上的讲话",
    );
    expect(jianggao(["batch", dir, "-o", out, "--profile", "reading"]).code).toBe(0);
    expect(existsSync(join(out, "安全生产工作会议.docx"))).toBe(true);
  });

  it.each([
    [["--to", "pdf"], "不认识的输出格式“pdf”"],
    [["--profile", "big"], "不认识的版式“big”"],
  ])("refuses %j with a Chinese message and exit 1", (flags, message) => {
    const { dir, out } = answersDir();
    const { code, stderr } = jianggao(["batch", dir, "-o", out, ...flags]);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
  });

  it("reports a bad answers file and an unknown type with file and reason, writes the others, exits 1", () => {
    const { dir, out } = answersDir({
      "坏.json": "{unit: 西峰区",
      "未知.yaml": "type: 不存在的会议\n",
    });
    const { code, stderr } = jianggao(["batch", dir, "-o", out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/失败:.*坏\.json:答案文件不是合法的 JSON/);
    expect(stderr).toMatch(/失败:.*未知\.yaml:.*没有“不存在的会议”这种会议类型/);
    expect(stderr).toContain("共 4 份答案:写成 2 篇,失败 2 份。");
    expect(readdirSync(out).sort()).toEqual(["安全生产工作会议.docx", "经济工作会议.docx"]);
  });

  it("keeps existing drafts without --force and replaces them with it", () => {
    const { dir, out } = answersDir();
    mkdirSync(out);
    writeFileSync(join(out, "经济工作会议.docx"), "我改过的稿子");
    const kept = jianggao(["batch", dir, "-o", out]);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain("文件已存在");
    expect(readFileSync(join(out, "经济工作会议.docx"), "utf8")).toBe("我改过的稿子");
    expect(existsSync(join(out, "安全生产工作会议.docx"))).toBe(true);
    expect(jianggao(["batch", dir, "-o", out, "--force"]).code).toBe(0);
    expect(readFileSync(join(out, "经济工作会议.docx")).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(out).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("says so when the output folder cannot be written (a path under a file), exit 1", () => {
    const { dir, out } = answersDir();
    writeFileSync(out, "一个文件,不是文件夹");
    const { code, stderr } = jianggao(["batch", dir, "-o", join(out, "子文件夹")]);
    expect(code).toBe(1);
    expect(stderr).toContain("无法使用输出文件夹");
    expect(stderr).toContain("ENOTDIR");
  });

  it.each([
    ["no -o", (dir: string) => [dir], "请用 -o 指定输出文件夹"],
    [
      "a missing folder",
      (dir: string) => [join(dir, "没有"), "-o", join(dir, "出")],
      "找不到答案文件夹",
    ],
    [
      "a folder without answers",
      (dir: string) => [join(dir, ".."), "-o", join(dir, "出")],
      "没有答案文件",
    ],
  ])("refuses %s with a Chinese message and exit 1", (_, args, message) => {
    const { dir } = answersDir();
    const { code, stderr } = jianggao(["batch", ...args(dir)]);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
  });

  it("shows no progress bar when stderr is not a terminal", () => {
    const { dir, out } = answersDir();
    expect(jianggao(["batch", dir, "-o", out]).stderr).not.toContain("个文件");
  });

  it("shows a progress bar on a terminal, without escape codes under NO_COLOR", () => {
    const first = answersDir();
    const screen = onTerminal(["batch", first.dir, "-o", first.out]);
    expect(screen).toContain("100%  2/2 个文件");
    expect(screen).toContain("\u001b[2K");
    const second = answersDir();
    const plain = onTerminal(["batch", second.dir, "-o", second.out], { NO_COLOR: "1" });
    expect(plain).toContain("100%  2/2 个文件");
    expect(plain).not.toContain("\u001b");
  });
});

describe("jianggao batch stopped with Ctrl-C", () => {
  it("has already said which drafts were written", async () => {
    const example = readFileSync(join(ROOT, "examples/经济工作会议.json"), "utf8");
    const extra = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`会议${String(i).padStart(2, "0")}.json`, example]),
    );
    const { dir, out } = answersDir(extra);
    const child = spawn(process.execPath, [BIN, "batch", dir, "-o", out], { cwd: ROOT });
    let stderr = "";
    await new Promise<void>((resolve) => {
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("已写入")) child.kill("SIGINT");
      });
      child.on("exit", () => resolve());
    });
    const said = stderr.match(/已写入 .*\.docx/g) ?? [];
    expect(said.length).toBeGreaterThan(0);
    expect(said.length).toBeLessThan(62);
    for (const line of said) expect(existsSync(line.replace(/^已写入 /, ""))).toBe(true);
  });
});
