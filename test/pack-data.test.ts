// A pack is data a colleague may hand over: only regular YAML files inside it are read, and
// nothing in it runs. Template files are refused; links out, devices, FIFOs and link loops
// are skipped with a reason, within seconds, and the drafts still come.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { composeSpeech, loadCatalog, UserError, validateAnswers } from "../src/index.js";

function pack(): string {
  const dir = mkdtempSync(join(tmpdir(), "jianggao-pack-"));
  cpSync(resolve("templates"), join(dir, "templates"), { recursive: true });
  mkdirSync(join(dir, "phrasebank"));
  return dir;
}

describe("a pack as data", () => {
  it("refuses a template file, saying why", () => {
    const dir = pack();
    writeFileSync(
      join(dir, "templates", "经济工作会议", "speech.njk"),
      '{{ range.constructor("return process")() }}',
    );
    expect(() => loadCatalog({ packDir: dir })).toThrow(UserError);
    expect(() => loadCatalog({ packDir: dir })).toThrow(/模板或代码文件.*只能放 YAML 数据/);
  });

  it("skips a FIFO, a link out of the pack and a link loop, and still drafts", () => {
    const dir = pack();
    const bank = join(dir, "phrasebank");
    execFileSync("mkfifo", [join(bank, "管道.yaml")]);
    symlinkSync("/etc/passwd", join(bank, "外链.yaml"));
    symlinkSync(bank, join(bank, "回环"));
    writeFileSync(
      join(bank, "本单位.yaml"),
      "categories:\n  announce:\n    - 下面，结合本单位的实际，我讲{{count}}点意见。\n",
    );
    const started = Date.now();
    const catalog = loadCatalog({ packDir: dir });
    expect(Date.now() - started).toBeLessThan(10_000);
    const problems = catalog.bank.problems.join("\n");
    expect(problems).toContain("管道.yaml:已跳过,不是普通文件");
    expect(problems).toContain("外链.yaml:已跳过,链接指向文件夹以外");
    expect(catalog.bank.frame.get("announce")?.map((e) => e.text)).toContain(
      "下面，结合本单位的实际，我讲{{count}}点意见。",
    );
    const answers = validateAnswers({ type: "安全生产工作会议", seed: 3 }, catalog, {
      today: "2026-04-01",
    });
    expect(composeSpeech(answers, catalog).parts.length).toBeGreaterThan(1);
  });
});
