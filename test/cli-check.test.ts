// jianggao check through the real CLI (after `npm run build`): every flag, every reading
// error with its Chinese message and exit code, colour only on a terminal without NO_COLOR.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/** 在全县安全生产工作会议上的讲话 … as GBK (GB18030) bytes, the way Notepad on Windows saves it. */
const GBK_SPEECH =
  "d4dac8abcfd8b0b2c8abc9fab2fab9a4d7f7bbe1d2e9c9cfb5c4bdb2bbb00acdacd6bec3c7a3ba0abdf1ccecbfaab8f6bbe1a3acced2bdb2c1bdb5e3d2e2bcfba1a30ad2bba1a2bfb4c7e5d0cecac60ab0b2c8abc9fab2fad0cecac6d2c0c8bbd1cfbefea1a30ab6fea1a2d1b9cab5d4f0c8ce0ab8f7b5a5cebbd2aab0d1d4f0c8cec2e4b5bdcab5b4a6a1a30a";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin/jianggao.js");
const CORPUS_001 = join(ROOT, "../shared/corpus/001_9591a8130facbf39.txt");

function jianggao(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI in a pseudo-terminal (util-linux script) and returns what the terminal got. */
function onTerminal(args: string[], env: Record<string, string> = {}): string {
  const command = [process.execPath, BIN, ...args].map((a) => JSON.stringify(a)).join(" ");
  const run = spawnSync("script", ["-qefc", command, "/dev/null"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", ...env },
  });
  return run.stdout;
}

const scratch = mkdtempSync(join(tmpdir(), "jianggao-check-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
function fixture(name: string, data: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, data);
  return path;
}

// Our own short speech with two faults a clerk must fix: 第一…二是 and 四点 over two parts.
const FAULTY = fixture(
  "有错.txt",
  [
    "在全区项目建设推进会上的讲话",
    "（2026年11月5日）",
    "同志们：",
    "确保“十三五”项目全部开工。庆城县的做法值得借鉴。下面，我讲四点意见。",
    "一、抓项目",
    "第一，项目要早开工。",
    "二是项目要快建设。",
    "二、抓招商",
    "招商要精准。",
  ].join("\n"),
);

describe("jianggao check", () => {
  it("explains itself in Chinese with --help, exit codes included", () => {
    const { code, stdout } = jianggao(["check", "--help"]);
    expect(code).toBe(0);
    for (const words of ["检查讲话稿", "--unit", "--date", "--rate", "--json", "退出码", "错误"])
      expect(stdout).toContain(words);
  });

  it("lists a corpus speech's findings as 文件:行:级别:信息 and a total, exit 0 without errors", () => {
    const { code, stdout } = jianggao(["check", CORPUS_001]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/001_9591a8130facbf39\.txt:9:警告:有占位写法 “X”/);
    expect(stdout).toMatch(/共检查 1 个文件、1 篇讲话稿:错误 0 处,警告 \d+ 处,提示 1 处。/);
  });

  it("exits 1 and says so when a finding is an error, listing each with its line", () => {
    const { code, stdout, stderr } = jianggao(["check", FAULTY]);
    expect(code).toBe(1);
    expect(stdout).toContain("有错.txt:4:错误:开头说要讲“四点”,正文却有 2 个部分");
    expect(stdout).toContain("有错.txt:7:错误:同一组列举混用了编号");
    expect(stderr).toContain("错误:发现 2 处“错误”级别的问题");
  });

  it("gives JSON with --json: files, speeches, chars, minutes and findings", () => {
    const { code, stdout } = jianggao(["check", FAULTY, "--json"]);
    expect(code).toBe(1);
    const [file] = JSON.parse(stdout) as {
      file: string;
      speeches: {
        title: string;
        chars: number;
        minutes: number;
        findings: { rule: string; line?: number }[];
      }[];
    }[];
    expect(file?.file).toBe(FAULTY);
    const speech = file?.speeches[0];
    expect(speech).toMatchObject({ title: "在全区项目建设推进会上的讲话", minutes: 1 });
    expect(speech?.chars).toBeGreaterThan(40);
    expect(speech?.findings).toContainEqual(
      expect.objectContaining({ rule: "numbering.mixed", line: 7 }),
    );
  });

  it("flags another unit's name with --unit", () => {
    expect(jianggao(["check", FAULTY, "--unit", "西峰区"]).stdout).toContain(
      "有错.txt:4:警告:出现了“庆城县”,不是讲话单位“西峰区”",
    );
  });

  it("judges 提法 against --date, else against the speech's date line", () => {
    expect(jianggao(["check", FAULTY]).stdout).toContain("日期行为 2026年11月5日");
    const { stdout } = jianggao(["check", FAULTY, "--date", "2020-06-01"]);
    expect(stdout).not.toContain("十三五");
  });

  it("counts minutes at --rate", () => {
    const { stdout } = jianggao(["check", CORPUS_001, "--rate", "120", "--json"]);
    const [file] = JSON.parse(stdout) as { speeches: { chars: number; minutes: number }[] }[];
    const speech = file?.speeches[0];
    expect(speech?.minutes).toBe(Math.round((speech?.chars ?? 0) / 120));
  });

  it.each([
    [["--date", "2026-13-01"], "--date 请写成 YYYY-MM-DD"],
    [["--rate", "快"], "--rate 是每分钟讲的字数"],
    [["--unit", " "], "--unit 不能为空"],
  ])("refuses %j with a Chinese message and exit 1", (flags, message) => {
    const { code, stderr } = jianggao(["check", FAULTY, ...flags]);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
  });

  it.each([
    ["a missing file", join(scratch, "没有这个.txt"), "找不到"],
    ["an empty file", fixture("空.txt", ""), "文件是空的"],
    [
      "a binary file",
      fixture("旧.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 1])),
      "这不是文本文件",
    ],
    [
      "a file in no encoding it knows",
      fixture("乱码.txt", new Uint8Array([0x81, 0x30, 0xff, 0xfe, 0x80, 0x80, 0x0a, 0xa0, 0xff])),
      "编码无法识别",
    ],
    ["a text that is no speech", fixture("清单.txt", "买菜\n做饭\n"), "没有找到讲话稿"],
  ])("reports %s in Chinese with exit 1", (_, path, message) => {
    const { code, stderr } = jianggao(["check", path]);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/at .+\.js:\d+/);
  });

  it("reads a GBK file as Notepad saves it", () => {
    const gbk = fixture("记事本.txt", Buffer.from(GBK_SPEECH, "hex"));
    const { stdout } = jianggao(["check", gbk]);
    expect(stdout).toContain("记事本.txt:提示:全文");
    expect(stdout).not.toContain("编码");
  });

  it("checks a folder, reports the unreadable file and still lists the others", () => {
    const folder = join(scratch, "文件夹");
    mkdirSync(folder);
    writeFileSync(
      join(folder, "a.txt"),
      "在全区会议上的讲话\n同志们：\n下面，我讲两点意见。\n一、抓项目\n要快。\n二、抓招商\n要准。\n",
    );
    writeFileSync(join(folder, "b.txt"), "");
    const { code, stdout, stderr } = jianggao(["check", folder]);
    expect(code).toBe(1);
    expect(stdout).toContain("a.txt《在全区会议上的讲话》");
    expect(stderr).toContain(`文件是空的:${join(folder, "b.txt")}`);
    expect(stderr).not.toContain(`${join(folder, "b.txt")}:文件是空的`);
    expect(stderr).toContain("有 1 个文件无法检查");
  });

  it("checks a Word file, its lines counted as paragraphs", () => {
    const docx = join(scratch, "经济.docx");
    expect(jianggao(["new", "--answers", "examples/经济工作会议.json", "-o", docx]).code).toBe(0);
    const { code, stdout } = jianggao(["check", docx, "--unit", "西峰区"]);
    // A fresh draft still has facts to fill: check says where, and says it is not ready.
    expect(code).toBe(1);
    expect(stdout).toContain("经济.docx:提示:全文");
    expect(stdout).toMatch(/经济\.docx:\d+:错误:还有待补的内容/);
    const faulty = join(scratch, "有错.docx");
    expect(jianggao(["parse", FAULTY, "--to", "docx", "-o", faulty]).code).toBe(0);
    // Title, date, 同志们, the opening, then the announce line as a paragraph of its own.
    const { stdout: inWord } = jianggao(["check", faulty]);
    expect(inWord).toContain("有错.docx:5:错误:开头说要讲“四点”");
    expect(inWord).toContain("有错.docx:8:错误:同一组列举混用了编号");
  });

  it("colours the levels on a terminal, and not with NO_COLOR", () => {
    expect(onTerminal(["check", CORPUS_001])).toContain("\u001b[33m警告\u001b[0m");
    const plain = onTerminal(["check", CORPUS_001], { NO_COLOR: "1" });
    expect(plain).toContain(":警告:");
    expect(plain).not.toContain("\u001b[");
  });
});

describe("jianggao check - and new --answers -", () => {
  it("checks a speech piped in, named 标准输入", () => {
    const run = spawnSync(process.execPath, [BIN, "check", "-"], {
      cwd: ROOT,
      encoding: "utf8",
      input:
        "在全区会议上的讲话\n同志们：\n下面，我讲两点意见。\n一、抓项目\n要快。\n三、抓招商\n要准。\n",
    });
    expect(run.stdout).toContain("标准输入《在全区会议上的讲话》");
    expect(run.stdout).toContain("numbering.gap");
  });

  it("drafts from answers piped in, JSON or YAML", () => {
    for (const input of [
      '{"type":"安全生产工作会议","unit":"庆城县"}',
      "type: 安全生产工作会议\nunit: 庆城县\n",
    ]) {
      const run = spawnSync(
        process.execPath,
        [BIN, "new", "--answers", "-", "--to", "txt", "-o", "-"],
        {
          cwd: ROOT,
          encoding: "utf8",
          input,
        },
      );
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("在全县安全生产工作会议上的讲话");
    }
  });
});
