// The interview as a clerk meets it: `jianggao` in a real terminal (tmux), arrow keys to
// pick the meeting type, a few typed answers, Enter through the rest, the outline accepted.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { validateDocx } from "./support/ooxml.js";
import { openTerminal, type Terminal } from "./support/terminal.js";
import { docxParts } from "./support/docx.js";

const CLI = resolve("bin/jianggao.js");
let terminal: Terminal | undefined;

afterEach(() => terminal?.close());

async function workspace() {
  const dir = await mkdtemp(join(tmpdir(), "jianggao-interview-"));
  return { dir, env: { JIANGGAO_HOME: join(dir, "config"), NO_COLOR: "1" } };
}

/** Presses Enter at every prompt until the summary appears. */
async function enterThrough(t: Terminal, until: RegExp): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const screen = t.screen();
    if (until.test(screen)) return screen;
    t.keys("Enter");
    await new Promise((r) => setTimeout(r, 350));
  }
  return t.waitFor(until, 5_000);
}

async function writtenDocx(dir: string): Promise<Buffer> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".docx"));
  expect(files).toHaveLength(1);
  return readFile(join(dir, files[0]!));
}

describe("the interview in a terminal", () => {
  it("drafts a Word file from arrow keys, a few answers and Enter through the rest", async () => {
    const { dir, env } = await workspace();
    terminal = openTerminal(`node ${CLI} --save-answers answers.json`, { cwd: dir, env });
    await terminal.waitFor(/这是什么会议上的讲话/);
    terminal.keys("Down", "Down");
    await terminal.waitFor(/❯\s*经济运行分析会/);
    terminal.keys("Enter");
    await terminal.waitFor(/单位/);
    terminal.type("东湖区");
    terminal.keys("Enter");
    await terminal.waitFor(/单位层级/);
    terminal.keys("Enter");
    await terminal.waitFor(/讲话人职务/);
    terminal.type("区长");
    terminal.keys("Enter");
    await terminal.waitFor(/讲话人姓名/);
    terminal.type("王五");
    terminal.keys("Enter");
    const screen = await enterThrough(terminal, /\[exit \d+\]/);
    expect(screen).toContain("提纲");
    expect(screen).toContain("已写入");
    expect(screen).toMatch(/篇幅:\d+ 字/);
    expect(screen).toContain("[exit 0]");

    const bytes = await writtenDocx(dir);
    expect(await validateDocx(bytes)).toEqual([]);
    const document = docxParts(bytes)["word/document.xml"] ?? "";
    expect(document).toContain("东湖区");
    expect(document).toContain("王五");

    const answers = JSON.parse(await readFile(join(dir, "answers.json"), "utf8"));
    expect(answers).toMatchObject({ type: "经济运行分析会", unit: "东湖区", speakerTitle: "区长" });
    // The interview finished: nothing is left to resume.
    expect(existsSync(join(env.JIANGGAO_HOME, "interview.json"))).toBe(false);
  });

  it("keeps the answers through Ctrl-C and finishes with --resume", async () => {
    const { dir, env } = await workspace();
    terminal = openTerminal(`node ${CLI}`, { cwd: dir, env });
    await terminal.waitFor(/这是什么会议上的讲话/);
    terminal.keys("Enter");
    await terminal.waitFor(/单位/);
    terminal.type("南湖县");
    terminal.keys("Enter");
    await terminal.waitFor(/单位层级/);
    terminal.keys("C-c");
    const stopped = await terminal.waitFor(/\[exit \d+\]/);
    expect(stopped).toContain("--resume");
    expect(stopped).toContain("[exit 1]");
    const saved = JSON.parse(await readFile(join(env.JIANGGAO_HOME, "interview.json"), "utf8"));
    expect(saved.answers.unit).toBe("南湖县");
    terminal.close();

    terminal = openTerminal(`node ${CLI} --resume`, { cwd: dir, env });
    await terminal.waitFor(/继续上次的答题/);
    await terminal.waitFor(/单位层级/);
    const screen = await enterThrough(terminal, /\[exit \d+\]/);
    expect(screen).toContain("[exit 0]");
    const bytes = await writtenDocx(dir);
    expect(await validateDocx(bytes)).toEqual([]);
    // The unit typed before Ctrl-C is the document's author (and the body's, where it names it).
    expect(docxParts(bytes)["docProps/core.xml"]).toContain("南湖县");
  });

  it("offers 换一稿 and writes the chosen outline", async () => {
    const { dir, env } = await workspace();
    terminal = openTerminal(`node ${CLI}`, { cwd: dir, env });
    await terminal.waitFor(/这是什么会议上的讲话/);
    terminal.keys("Enter");
    const first = await enterThrough(terminal, /这个提纲可以吗/);
    const outlineOf = (screen: string) =>
      screen.slice(screen.lastIndexOf("提纲:"), screen.lastIndexOf("这个提纲可以吗"));
    const before = outlineOf(first);
    terminal.keys("Down", "Enter");
    const after = outlineOf(await terminal.waitFor(/这个提纲可以吗[\s\S]*这个提纲可以吗/));
    expect(after).not.toBe(before);
    const screen = await enterThrough(terminal, /\[exit \d+\]/);
    expect(screen).toContain("[exit 0]");
    const bytes = await writtenDocx(dir);
    const txt = docxParts(bytes)["word/document.xml"] ?? "";
    // The first heading of the accepted outline is the first heading in the file.
    const firstHeading = /一、(\S+)/.exec(after)?.[1] ?? "";
    expect(firstHeading.length).toBeGreaterThan(2);
    expect(txt).toContain(firstHeading.slice(0, 6));
  });

  it("refuses to prompt when stdin is not a terminal", async () => {
    const { execFile } = await import("node:child_process");
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = execFile(
        "node",
        [CLI],
        { env: { ...process.env, NO_COLOR: "1" } },
        (error, _out, stderr) =>
          done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
      );
      child.stdin?.end();
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("jianggao new --answers");
  });
});
