// The phrase bank's format is a contract (phrasebank/README.md); the content writers run
// this file, so each failure names the file, the entry and the rule it breaks.
import { readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  duplicateProblems,
  phraseFilesIn,
  readPhraseFile,
  textProblems,
  WORK_TOPICS,
  type PhraseFile,
} from "./phrasebank.js";

const PHRASEBANK = join(dirname(fileURLToPath(import.meta.url)), "../../phrasebank");
const files: PhraseFile[] = phraseFilesIn(PHRASEBANK).map((path) =>
  readPhraseFile(relative(PHRASEBANK, path), readFileSync(path, "utf8")),
);

describe("every phrase-bank file", () => {
  it.each(files.map((f) => [f.file, f] as const))("%s follows the format", (_name, file) => {
    expect(file.problems).toEqual([]);
  });

  it("has no sentence, and no run of 12 字, used by two entries", () => {
    expect(duplicateProblems(files.flatMap((f) => f.entries))).toEqual([]);
  });
});

describe("work topics", () => {
  const topicFiles = files.filter((f) => f.topic !== undefined);

  it.each([...WORK_TOPICS])("%s has its own file under measures/", (topic) => {
    expect(topicFiles.map((f) => f.topic!.name)).toContain(topic);
  });

  it.each(topicFiles.map((f) => [f.topic!.name, f] as const))(
    "%s has enough headings, leads, supports and aspects for a long speech",
    (name, file) => {
      const count = (kind: string, aspect?: string): number =>
        file.entries.filter(
          (e) =>
            e.category === `measures.${name}.${kind}` &&
            (aspect === undefined || e.aspect === aspect),
        ).length;
      expect(basename(file.file, ".yaml"), "file name = topic").toBe(name);
      expect(count("heading"), "headings").toBeGreaterThanOrEqual(8);
      expect(count("lead"), "leads").toBeGreaterThanOrEqual(16);
      expect(count("support"), "supports").toBeGreaterThanOrEqual(40);
      const aspects = new Set(file.entries.flatMap((e) => (e.aspect ? [e.aspect] : [])));
      expect(aspects.size, "aspects").toBeGreaterThanOrEqual(4);
      expect(aspects.size, "aspects").toBeLessThanOrEqual(6);
      for (const aspect of aspects) {
        expect(count("lead", aspect), `leads of aspect ${aspect}`).toBeGreaterThanOrEqual(3);
        expect(count("support", aspect), `supports of aspect ${aspect}`).toBeGreaterThanOrEqual(7);
      }
    },
  );

  it("aliases never point two topics at the same words", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { topic } of topicFiles) {
      for (const word of [topic!.name, ...topic!.aliases]) {
        const other = owner.get(word);
        if (other && other !== topic!.name) clashes.push(`${word}: ${other} / ${topic!.name}`);
        owner.set(word, topic!.name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("the format rules themselves", () => {
  it("reject a slot a category may not use", () => {
    expect(
      textProblems(
        "situation.intro",
        "今年以来，{{topic}}工作取得了新的进展，各项任务推进有力有序有效。",
      ),
    ).toContain("槽位 {{topic}} 不能用于 situation.intro");
  });

  it("reject handlebars blocks and helpers", () => {
    expect(
      textProblems(
        "closing.task",
        "{{#each x}}会后各部门要抓紧传达学习会议精神，把各项任务分解落实。{{/each}}",
      ).length,
    ).toBeGreaterThan(0);
  });

  it("reject half-width punctuation and a numbered heading", () => {
    expect(
      textProblems(
        "measures.generic.support",
        "要抓紧,抓实,抓细{{topic}}工作，确保各项任务按期完成，不留死角。",
      ),
    ).toContain("含半角标点,请改用全角(，。、；：“”！？（）)");
    expect(textProblems("situation.heading", "一、清醒认识当前形势，坚定发展信心")).toContain(
      "标题不带序号",
    );
  });

  it("accept a well-formed lead and support", () => {
    expect(textProblems("measures.generic.lead", "抓实{{topic}}的前期工作。")).toEqual([]);
    expect(
      textProblems(
        "measures.generic.support",
        "{{scope}}上下要把{{topic}}摆在突出位置，明确责任、细化任务，一件一件抓落实。",
      ),
    ).toEqual([]);
  });
});
