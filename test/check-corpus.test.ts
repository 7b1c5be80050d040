// check over the shared corpus (real, web-copied speeches) and over a draft of ours with
// faults planted in it: every fault is found with its rule and line, and the corpus shows
// only what it really has (X placeholders, 字数) — no invented numbering or 提法 faults.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  announceText,
  checkText,
  composeSpeech,
  countWord,
  loadCatalog,
  validateAnswers,
  writeSpeech,
  type Finding,
} from "../src/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = join(ROOT, "../shared/corpus");
const FILES = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".txt"))
  .sort();
const read = (name: string) => readFileSync(join(CORPUS, name), "utf8");
const rulesOf = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

/** What each corpus file really has: web templates that left X for names and figures. */
const EXPECTED_RULES: Readonly<Record<string, readonly string[]>> = {
  "000_9e70d2a127fe3adb.txt": ["length"],
  "001_9591a8130facbf39.txt": ["length", "placeholder"],
  "002_8ca6c5baf5e3a5a5.txt": ["length", "placeholder"],
  "003_62e565062d8225c8.txt": ["length", "placeholder"],
  "004_019269771721435d.txt": ["length", "placeholder"],
};

describe("check over the corpus", () => {
  it("covers every corpus file", () => {
    expect(FILES).toEqual(Object.keys(EXPECTED_RULES));
  });

  it.each(FILES)("%s: only the findings the text really has", (name) => {
    const speeches = checkText(read(name), { file: name });
    expect(speeches.length).toBeGreaterThan(0);
    const findings = speeches.flatMap((speech) => speech.findings);
    expect(rulesOf(findings)).toEqual(EXPECTED_RULES[name]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    for (const speech of speeches) {
      expect(speech.chars).toBeGreaterThan(1000);
      expect(speech.minutes).toBe(Math.round(speech.chars / 180));
    }
  });

  it("finds nothing stale in 001, a 2021 speech (the year is read from its title)", () => {
    const findings = checkText(read("001_9591a8130facbf39.txt")).flatMap((s) => s.findings);
    expect(findings.filter((f) => f.rule === "tifa.stale")).toEqual([]);
  });

  it("finds 000's “十四五”起好步 stale when the speech is dated 2026 instead of 2021", () => {
    const findings = checkText(read("000_9e70d2a127fe3adb.txt"), { date: "2026-03-01" }).flatMap(
      (s) => s.findings,
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "tifa.stale",
        line: 40,
        excerpt: expect.stringContaining("十四五”起好步") as unknown,
      }),
    );
  });

  it("names the other districts 004 compares itself with when the unit is given", () => {
    const findings = checkText(read("004_019269771721435d.txt"), { unit: "西峰区" }).flatMap(
      (s) => s.findings,
    );
    const names = findings
      .filter((f) => f.rule === "unit.foreign" && f.severity === "warning")
      .map((f) => /“(.+?)”/.exec(f.message)?.[1]);
    expect(names).toEqual(["蔡甸区", "龙海区", "博罗县"]);
  });
});

describe("check on a draft with planted faults", () => {
  const catalog = loadCatalog();
  const raw = JSON.parse(readFileSync(join(ROOT, "examples/经济工作会议.json"), "utf8")) as object;
  const speech = composeSpeech(validateAnswers(raw, catalog, { today: "2026-02-01" }), catalog);

  async function plantedDraft(): Promise<{ text: string; lineOf: (start: string) => number }> {
    const lines = (await writeSpeech(speech, "txt")).toString().split("\n");
    const at = (predicate: (line: string) => boolean): number => {
      const index = lines.findIndex(predicate);
      if (index === -1) throw new Error("the draft changed shape");
      return index;
    };
    lines[at((line) => line.startsWith("（2026年"))] = "（2026年11月5日）";
    const announce = announceText(speech) ?? "";
    lines[at((line) => line === announce)] =
      `下面，我讲${countWord(speech.parts.length + 1)}点意见。`;
    lines.splice(
      at((line) => line.startsWith("同志们")) + 1,
      0,
      "庆城县的做法值得借鉴。",
      "确保“十三五”规划目标任务全面完成。",
      "全力冲刺双过半。",
    );
    lines.splice(
      at((line) => line.startsWith("一、")) + 1,
      0,
      "第一，成绩来之不易。",
      "二是困难不容低估。",
    );
    const text = lines.join("\n");
    return { text, lineOf: (start) => at((line) => line.startsWith(start)) + 1 };
  }

  it("finds each planted fault with its rule and line", async () => {
    const { text, lineOf } = await plantedDraft();
    const [checked] = checkText(text, { unit: "西峰区" });
    const findings = checked?.findings ?? [];
    for (const [rule, start] of [
      ["numbering.mixed", "二是困难"],
      ["announce.count", "下面"],
      ["unit.foreign", "庆城县"],
      ["tifa.stale", "确保“十三五”"],
      ["calendar.contradiction", "全力冲刺双过半"],
    ] as const) {
      expect(findings, `${rule} at ${start}`).toContainEqual(
        expect.objectContaining({ rule, line: lineOf(start) }),
      );
    }
  });

  it("calls only the numbering and the announce count errors", async () => {
    const { text } = await plantedDraft();
    const errors = checkText(text, { unit: "西峰区" })
      .flatMap((s) => s.findings)
      .filter((f) => f.severity === "error" && f.rule !== "slot.unfilled");
    expect(rulesOf(errors)).toEqual(["announce.count", "numbering.mixed"]);
  });

  it("finds nothing but 字数 and the facts left to fill in the draft as composed", async () => {
    const text = (await writeSpeech(speech, "txt")).toString();
    const findings = checkText(text, { unit: "西峰区" }).flatMap((s) => s.findings);
    expect(rulesOf(findings).filter((r) => r !== "slot.unfilled")).toEqual(["length"]);
  });
});
