// Property-based fuzzing of everything a clerk's answers reach: validation, composing, every
// writer and the file name. The properties live in scripts/fuzz-properties.mjs, shared with
// the long run (`npm run fuzz -- --runs 10000`); CI runs a few hundred cases.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";
import { writeFileAtomic } from "../src/cli/files.js";
import {
  fileNameProblems,
  fuzzProperties,
  literalPieces,
  markdownText,
} from "../scripts/fuzz-properties.mjs";
import { validateDocx } from "./support/ooxml.js";

const properties = fuzzProperties({ lib, writeFileAtomic, validateDocx });

describe("fuzzing the answers", () => {
  it("refuses any garbage answers only with a Chinese UserError, never a crash", () => {
    fc.assert(properties.garbage, { numRuns: 400 });
  });

  it("drafts any accepted answers in every format, with the clerk's text literal and valid Word files", async () => {
    await fc.assert(properties.drafts(25), { numRuns: 150 });
  }, 180_000);

  it("names the file from any meeting name as one plain name, written once and never overwritten", async () => {
    await fc.assert(properties.fileNames, { numRuns: 150 });
  });
});

describe("fuzzing packs and files", () => {
  it("loads any pack a colleague hands over or refuses it with a Chinese UserError", async () => {
    await fc.assert(properties.packs, { numRuns: 40 });
  }, 180_000);

  it("reads any bytes as a speech file or refuses them with a Chinese UserError", async () => {
    await fc.assert(properties.hostileFiles, { numRuns: 200 });
  }, 120_000);
});

describe("answers are data, never template source", () => {
  const catalog = lib.loadCatalog();
  const syntax = "{{7*7}}{% raw %}{{constructor.constructor('return process')()}}{{#each x}}";

  it("prints template syntax of both engines as typed, evaluating none of it", () => {
    const answers = lib.validateAnswers(
      {
        type: "经济工作会议",
        unit: "西峰区{{7*7}}",
        speakerTitle: "区委书记{% raw %}",
        speakerName: "{{#each this}}",
        meetingName: `全区{{7*7}}{% raw %}会议`,
        achievements: [`增长${syntax}`],
        problems: ["{% endraw %}{{> partial}}"],
        priorities: ["{{7*7}}建设"],
        length: { chars: 2000 },
      },
      catalog,
      { today: "2026-02-23" },
    );
    const speech = lib.composeSpeech(answers, catalog);
    const txt = lib.writeTxt(speech);
    const md = markdownText(lib.writeMarkdown(speech));
    for (const typed of [
      syntax,
      "区委书记{% raw %}",
      "{{#each this}}",
      "{% endraw %}{{> partial}}",
    ]) {
      expect(txt).toContain(typed);
      expect(md).toContain(typed);
    }
    expect(txt).not.toMatch(/49|\[object|function|undefined/);
  });

  it("keeps only the pieces between line breaks, without the characters XML cannot carry", () => {
    expect(literalPieces("  甲\u0001乙\n\t丙  ")).toEqual(["甲乙", "丙"]);
  });
});

describe("default file names", () => {
  it.each([
    ["../../etc/passwd", "在etc.passwd"],
    ["CON", "在CON上的讲话"],
    ["\u0000全区\u202e工作会议", "在全区工作会议"],
  ])("makes %j into a plain name", (meetingName, start) => {
    const name = lib.defaultFileName({ meetingName, date: "2026-02-23" }, "docx");
    expect(fileNameProblems(name)).toEqual([]);
    expect(name.startsWith(start.replace("etc.passwd", "etcpasswd"))).toBe(true);
  });

  it("cuts a long name to a length every file system takes", () => {
    const name = lib.defaultFileName({ meetingName: "😀".repeat(60), date: "2026-02-23" }, ".docx");
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name.endsWith("-2026-02-23.docx")).toBe(true);
  });
});
