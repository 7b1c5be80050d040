// The parse command through the real CLI (node bin/jianggao.js, built by `npm run build`):
// bad input gives a Chinese message and exit code 1, never a stack trace.
import { execFile, execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The CLI under test; JIANGGAO_BIN points at another build when needed. */
const BIN = process.env["JIANGGAO_BIN"] ?? join(ROOT, "bin/jianggao.js");
const CORPUS = join(ROOT, "../shared/corpus");

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function jianggao(...args: string[]): Promise<Run> {
  return jianggaoWithInput(undefined, ...args);
}

function jianggaoWithInput(input: string | undefined, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      "node",
      [BIN, ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? -1) : 0;
        resolve({ code: typeof code === "number" ? code : -1, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? "");
  });
}

/** A short speech as GBK (GB18030) bytes, the way Notepad on Windows saves it. */
const GBK_SPEECH =
  "d4dac8abcfd8b0b2c8abc9fab2fab9a4d7f7bbe1d2e9c9cfb5c4bdb2bbb00acdacd6bec3c7a3ba0abdf1ccecbfaab8f6bbe1a3acced2bdb2c1bdb5e3d2e2bcfba1a30ad2bba1a2bfb4c7e5d0cecac60ab0b2c8abc9fab2fad0cecac6d2c0c8bbd1cfbefea1a30ab6fea1a2d1b9cab5d4f0c8ce0ab8f7b5a5cebbd2aab0d1d4f0c8cec2e4b5bdcab5b4a6a1a30a";

// A short speech in our own words.
const SPEECH = [
  "在全镇防汛工作会议上的讲话",
  "同志们：",
  "今天开会部署防汛。下面，我讲两点意见。",
  "二、排查隐患",
  "要对水库逐一排查。",
  "三、落实值守",
  "一要明确责任人。每座水库都要有人管。",
  "二要保持通信畅通。汛期手机不关机。",
  "同志们，让我们守护好群众平安！",
].join("\n");

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jianggao-parse-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixture(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

function expectUserError(run: Run, words: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^错误:/m);
  expect(run.stderr).toMatch(words);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe("jianggao parse refuses bad input with a clear message", () => {
  it("says the file is empty", async () => {
    expectUserError(await jianggao("parse", await fixture("空.txt", "")), /空的/);
  });

  it("says a binary file is not text", async () => {
    const bytes = Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 256);
    expectUserError(await jianggao("parse", await fixture("图片.txt", bytes)), /不是文本文件/);
  });

  it("says a file in no encoding it knows is unreadable, and how to re-save it", async () => {
    const soup = Uint8Array.from([0x81, 0x30, 0xff, 0xfe, 0x80, 0x80, 0x0a, 0xa0, 0xff]);
    expectUserError(
      await jianggao("parse", await fixture("乱码.txt", soup)),
      /编码无法识别.*UTF-8/,
    );
  });

  it("reads a GBK file as Notepad saves it, and its own Markdown", async () => {
    const gbk = Buffer.from(GBK_SPEECH, "hex");
    const run = await jianggao("parse", await fixture("记事本.txt", gbk));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("一、看清形势");
    const md = await jianggao(
      "parse",
      await fixture(
        "稿.md",
        "# 在全县工作会议上的讲话\n\n同志们：\n\n## 一、看清形势\n\n**一是**认清底数。\n\n## 二、压实责任\n\n要抓落实。\n",
      ),
    );
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("二、压实责任");
  });

  it("says a text without a speech has none", async () => {
    expectUserError(
      await jianggao("parse", await fixture("清单.txt", "苹果三斤。\n白菜两棵。\n")),
      /没有找到讲话稿/,
    );
  });

  it("says a missing path is missing", async () => {
    expectUserError(await jianggao("parse", join(dir, "没有这个文件.txt")), /找不到/);
  });

  it("refuses to print a Word file to the terminal", async () => {
    expectUserError(
      await jianggao("parse", await fixture("稿.txt", SPEECH), "--to", "docx", "-o", "-"),
      /-o/,
    );
  });
});

describe("jianggao parse prints outlines", () => {
  it("prints the outline with numbering recomputed from the tree", async () => {
    const run = await jianggao("parse", await fixture("跳号.txt", SPEECH));
    expect(run.code).toBe(0);
    // The source numbers its parts 二、三、 after a missing 一、: printed as 一、二、.
    expect(run.stdout).toContain("一、排查隐患");
    expect(run.stdout).toContain("二、落实值守");
    expect(run.stdout).toContain("    二要保持通信畅通。");
  });

  it("prints the stable outline JSON shape for every speech of a folder", async () => {
    const run = await jianggao("parse", CORPUS, "--outline", "--json");
    expect(run.code).toBe(0);
    const outlines = JSON.parse(run.stdout) as {
      file: string;
      outline: { level: number; text: string }[];
    }[];
    expect(outlines.length).toBeGreaterThanOrEqual(7);
    for (const speech of outlines) {
      expect(Object.keys(speech)).toEqual(["file", "title", "speaker", "date", "outline"]);
      for (const entry of speech.outline) {
        expect([1, 2, 3]).toContain(entry.level);
        expect(entry.text).not.toMatch(
          /^(?:[一二三四五六七八九十]+[、是要]|（[一二三四五六七八九十]+）)/,
        );
      }
    }
  });

  it("prints full Speech JSON", async () => {
    const run = await jianggao("parse", await fixture("全文.txt", SPEECH), "--json");
    const [speech] = JSON.parse(run.stdout) as { salutation: string; parts: unknown[] }[];
    expect(speech?.salutation).toBe("同志们：");
    expect(speech?.parts).toHaveLength(2);
  });

  it("reads a speech piped in with - as the path", async () => {
    const run = await jianggaoWithInput(SPEECH, "parse", "-", "--outline", "--json");
    expect(run.code).toBe(0);
    const [speech] = JSON.parse(run.stdout) as { file: string; outline: unknown[] }[];
    expect(speech?.file).toBe("标准输入");
    expect(speech?.outline).toHaveLength(4);
  });

  it("parses a 1 MB single-line file", async () => {
    const sentence = "各村要把防汛物资备足，把巡查责任落实到每一个人。";
    const line = `同志们：${sentence.repeat(Math.ceil(1_000_000 / Buffer.byteLength(sentence)))}`;
    const run = await jianggao("parse", await fixture("一行.txt", line), "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });
});

describe("jianggao parse --to writes clean documents", () => {
  it("writes a numbered txt to stdout with -o -", async () => {
    const run = await jianggao(
      "parse",
      await fixture("网页.txt", SPEECH),
      "--to",
      "txt",
      "-o",
      "-",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("\n\n一、排查隐患\n\n");
  });

  it("writes one Word file per speech and never overwrites without --force", async () => {
    const out = join(dir, "整理.docx");
    const source = join(CORPUS, "003_62e565062d8225c8.txt");
    const first = await jianggao("parse", source, "--to", "docx", "-o", out);
    expect(first.code).toBe(0);
    for (const path of [out, join(dir, "整理-2.docx"), join(dir, "整理-3.docx")]) {
      expect((await readFile(path)).subarray(0, 2).toString()).toBe("PK");
    }
    expectUserError(await jianggao("parse", source, "--to", "docx", "-o", out), /--force/);
    expect(
      (await jianggao("parse", source, "-o", out, "--force", "--profile", "reading")).code,
    ).toBe(0);
  });
});

describe("jianggao parse on a folder a colleague handed over", () => {
  it("walks a link loop once and skips a FIFO with a reason, within seconds", async () => {
    const folder = join(dir, "讲稿库");
    await mkdir(folder);
    await writeFile(join(folder, "稿.txt"), SPEECH);
    await symlink(folder, join(folder, "回环"));
    execFileSync("mkfifo", [join(folder, "管道.txt")]);
    const started = Date.now();
    const run = await jianggao("parse", folder);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/〔.*稿\.txt〕/g)).toHaveLength(1);
    expect(run.stderr).toContain("管道.txt");
    expect(run.stderr).toContain("回环:链接指回已读过的文件夹");
  });

  it("reads a file reached twice through links once, and lists the repeat and a dangling link", async () => {
    const folder = join(dir, "链接库");
    await mkdir(folder);
    await writeFile(join(folder, "稿.txt"), SPEECH);
    await symlink(join(folder, "稿.txt"), join(folder, "副本.txt"));
    await symlink(join(folder, "不存在.txt"), join(folder, "断链.txt"));
    const run = await jianggao("parse", folder);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/〔.*\.txt〕/g)).toHaveLength(1);
    expect(run.stderr).toMatch(/稿\.txt:与 .*副本\.txt 是同一个文件/);
    expect(run.stderr).toContain("断链.txt:链接指向的文件不存在");
  });
});
