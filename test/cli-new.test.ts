// The list, questions and new commands, spawned as a clerk's script would run them
// (after `npm run build`): output, files, messages and exit codes.
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin/jianggao.js");
const EXAMPLE = join(ROOT, "examples/经济工作会议.json");

function jianggao(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "jianggao-new-"));
}

describe("jianggao list", () => {
  it("lists at least twelve meeting types with their descriptions", () => {
    const { code, stdout } = jianggao(["list"]);
    expect(code).toBe(0);
    for (const type of ["经济工作会议", "专项行动动员部署大会", "年终工作总结暨表彰大会"])
      expect(stdout).toContain(type);
  });

  it("prints the types and their questions as JSON with --json", () => {
    const types = JSON.parse(jianggao(["list", "--json"]).stdout) as {
      id: string;
      questions: unknown[];
    }[];
    expect(types.length).toBeGreaterThanOrEqual(12);
    expect(types[0]!.questions.length).toBeGreaterThanOrEqual(12);
  });
});

describe("jianggao questions", () => {
  it("prints a type's questions, the contract first and its own after, as JSON", () => {
    const { code, stdout } = jianggao(["questions", "专项行动动员部署大会", "--json"]);
    expect(code).toBe(0);
    const ids = (JSON.parse(stdout) as { id: string }[]).map((q) => q.id);
    expect(ids.slice(0, 20)).toEqual([
      "type",
      "unit",
      "unitLevel",
      "speakerTitle",
      "speakerName",
      "meetingName",
      "date",
      "priorities",
      "achievements",
      "problems",
      "agenda",
      "superiorMeeting",
      "otherTopics",
      "projects",
      "enterprises",
      "places",
      "slogan",
      "rankings",
      "length",
      "seed",
    ]);
    expect(ids).toContain("actionName");
  });

  it("refuses an unknown type with the list of types (exit 1)", () => {
    const { code, stderr } = jianggao(["questions", "茶话会"]);
    expect(code).toBe(1);
    expect(stderr).toContain("没有“茶话会”这种会议类型");
    expect(stderr).toContain("经济工作会议");
  });
});

describe("jianggao new", () => {
  it("writes a Word file and says where, how long and how many slots", () => {
    const dir = scratch();
    const out = join(dir, "讲话稿.docx");
    const { code, stderr } = jianggao(["new", "--answers", EXAMPLE, "-o", out]);
    expect(code, stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(stderr).toContain(out);
    expect(stderr).toMatch(/\d+ 字/);
    expect(stderr).toMatch(/约讲 \d+ 分钟/);
  });

  it("names the file after the meeting and date when -o is absent", () => {
    const dir = scratch();
    expect(jianggao(["new", "--answers", EXAMPLE], dir).code).toBe(0);
    expect(existsSync(join(dir, "在全区经济工作会议上的讲话-2026-02-23.docx"))).toBe(true);
  });

  it("never replaces an existing file without --force", () => {
    const dir = scratch();
    const out = join(dir, "稿.txt");
    writeFileSync(out, "旧稿");
    const refused = jianggao(["new", "--answers", EXAMPLE, "-o", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("文件已存在");
    expect(readFileSync(out, "utf8")).toBe("旧稿");
    expect(jianggao(["new", "--answers", EXAMPLE, "-o", out, "--force"]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("在全区经济工作会议上的讲话");
  });

  it("replaces only a regular file, --force or not: a folder, a device or a FIFO gets its own message", () => {
    const dir = scratch();
    const folder = jianggao(["new", "--answers", EXAMPLE, "-o", dir, "--force"]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain("是一个文件夹,不能作为输出文件");
    const device = jianggao(["new", "--answers", EXAMPLE, "-o", "/dev/null", "--force"]);
    expect(device.code).toBe(1);
    expect(device.stderr).toContain("不是普通文件(设备或管道)");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    const fifo = join(dir, "管道.docx");
    execFileSync("mkfifo", [fifo]);
    const piped = jianggao(["new", "--answers", EXAMPLE, "-o", fifo, "--force"]);
    expect(piped.code).toBe(1);
    expect(piped.stderr).toContain("不是普通文件");
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("prints a text format to stdout with -o -, and another seed gives another draft", () => {
    const one = jianggao(["new", "--answers", EXAMPLE, "--to", "txt", "-o", "-"]);
    const two = jianggao(["new", "--answers", EXAMPLE, "--to", "txt", "-o", "-", "--seed", "8"]);
    expect(one.code).toBe(0);
    expect(one.stdout.startsWith("在全区经济工作会议上的讲话")).toBe(true);
    expect(two.stdout).not.toBe(one.stdout);
    expect(jianggao(["new", "--answers", EXAMPLE, "--to", "txt", "-o", "-"]).stdout).toBe(
      one.stdout,
    );
  });

  it("takes --type and --set overrides, lists as commas or JSON", () => {
    const { code, stdout } = jianggao([
      "new",
      "--type",
      "安全生产工作会议",
      "--set",
      "unit=庆城县",
      "--set",
      'achievements=["全年未发生较大事故"]',
      "--set",
      "priorities=安全生产,防汛救灾",
      "--set",
      "date=2026-06-10",
      "--to",
      "md",
      "-o",
      "-",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("# 在全县安全生产工作会议上的讲话");
    expect(stdout).toContain("全年未发生较大事故");
  });

  it("writes the reading profile, and refuses an unknown one", () => {
    const dir = scratch();
    expect(
      jianggao(["new", "--answers", EXAMPLE, "--profile", "reading", "-o", join(dir, "a.docx")])
        .code,
    ).toBe(0);
    const bad = jianggao([
      "new",
      "--answers",
      EXAMPLE,
      "--profile",
      "large",
      "-o",
      join(dir, "b.docx"),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--profile");
  });

  it.each([
    ["a broken answers file", ["--answers", "BROKEN"], "不是合法的 JSON"],
    ["a missing answers file", ["--answers", "/nonexistent/answers.json"], "读不到答案文件"],
    ["an unknown type", ["--answers", EXAMPLE, "--type", "茶话会"], "没有“茶话会”这种会议类型"],
    ["an unknown key", ["--answers", EXAMPLE, "--set", "colour=红"], "字段 colour:未知字段"],
    [
      "a bad date",
      ["--answers", EXAMPLE, "--set", "date=2026-02-30"],
      "会议日期(date):“2026-02-30”不是日历上的日期",
    ],
    [
      "a length out of range",
      ["--answers", EXAMPLE, "--set", "length=800"],
      "篇幅(length):篇幅应在",
    ],
    [
      "Word to the terminal",
      ["--answers", EXAMPLE, "--to", "docx", "-o", "-"],
      "Word 文件不能输出到终端",
    ],
    ["an unknown format", ["--answers", EXAMPLE, "--to", "pdf", "-o", "-"], "不认识的输出格式"],
  ])("refuses %s with a Chinese message (exit 1)", (_name, args, message) => {
    const dir = scratch();
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{"type": "经济工作会议",');
    const { code, stderr } = jianggao(
      ["new", ...args.map((a) => (a === "BROKEN" ? broken : a))],
      dir,
    );
    expect(stderr).toContain(message);
    expect(code).toBe(1);
  });
});

describe("what the clerk types comes through", () => {
  it("keeps an achievement with a Chinese comma whole through --set, and splits priorities on 、", () => {
    const { code, stdout } = jianggao([
      "new",
      "--set",
      "type=安全生产工作会议",
      "--set",
      "unit=庆城县",
      "--set",
      "achievements=完成投资312亿元，占年度计划的68%",
      "--set",
      "priorities=危化品、道路交通、自建房",
      "--set",
      "date=2026年7月15日",
      "--to",
      "txt",
      "-o",
      "-",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("完成投资312亿元，占年度计划的68%");
    expect(stdout).toContain("（2026年7月15日）");
    for (const topic of ["危化品", "道路交通", "自建房"]) expect(stdout).toContain(topic);
  });
});

describe("answers and packs that are not plain data", () => {
  it("names a YAML tag in an answers file with its line, without a raw YAMLWarning", () => {
    const dir = scratch();
    const file = join(dir, "答案.yaml");
    writeFileSync(file, "type: 经济工作会议\nunit: !!js/undefined 西峰区\n");
    const { code, stderr } = jianggao(["new", "--answers", file, "-o", join(dir, "x.docx")]);
    expect(code).toBe(1);
    expect(stderr).toContain("第 2 行:不认识的标记 !!js/undefined");
    expect(stderr).not.toContain("YAMLWarning");
    expect(existsSync(join(dir, "x.docx"))).toBe(false);
  });

  it("refuses an answers file whose aliases expand without end", () => {
    const dir = scratch();
    const file = join(dir, "答案.yaml");
    const level = (name: string, of: string) =>
      `${name}: &${name} [${Array(10).fill(of).join(",")}]`;
    writeFileSync(
      file,
      [
        level("a", "x"),
        level("b", "*a"),
        level("c", "*b"),
        level("d", "*c"),
        "type: 经济工作会议",
      ].join("\n"),
    );
    const { code, stderr } = jianggao(["new", "--answers", file, "-o", join(dir, "x.docx")]);
    expect(code).toBe(1);
    expect(stderr).toContain("别名");
  });

  it("says a pack has no meeting types instead of listing none", () => {
    const dir = scratch();
    mkdirSync(join(dir, "包", "templates"), { recursive: true });
    const { code, stderr } = jianggao([
      "new",
      "--pack",
      join(dir, "包"),
      "--set",
      "type=经济工作会议",
      "-o",
      join(dir, "x.docx"),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("没有可用的会议类型");
    expect(stderr).not.toMatch(/可用的类型:\s*(\(|$)/m);
  });
});
