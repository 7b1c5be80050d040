// Scores the parser against the hand-checked corpus annotations, with the targets the
// parser must meet on speeches it has never seen: levels 1–2 F1 ≥ 0.95, level 3 ≥ 0.90.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFile } from "../src/index.js";
import { evaluateCorpus, evaluateFragments } from "../src/parse/evaluate.js";
import {
  f1,
  FIELDS,
  totalLevels,
  type FragmentScore,
  type SpeechScore,
} from "../src/parse/score.js";

const SHARED = join(dirname(fileURLToPath(import.meta.url)), "../../shared");
const CORPUS = join(SHARED, "corpus");
const TARGET_F1 = { 1: 0.95, 2: 0.95, 3: 0.9 } as const;

let scores: SpeechScore[] = [];
beforeAll(async () => {
  scores = await evaluateCorpus(CORPUS);
});

describe("the parser on the annotated corpus", () => {
  it.each([1, 2, 3] as const)("finds level-%i headings with the target F1", (level) => {
    const { f1: score } = f1(totalLevels(scores)[level]);
    expect(score).toBeGreaterThanOrEqual(TARGET_F1[level]);
  });

  it.each(FIELDS)("reads the %s of every annotated speech", (field) => {
    const misses = scores.filter((s) => !s.fields[field]).map((s) => `${s.file}#${s.speech}`);
    expect(misses).toEqual([]);
  });

  it("leaves none of the annotated site boilerplate in the speeches", () => {
    expect(scores.flatMap((s) => s.leakedNoise)).toEqual([]);
  });

  it("finds as many speeches in each file as are annotated", async () => {
    const annotated = new Map<string, number>();
    for (const { file } of scores) annotated.set(file, (annotated.get(file) ?? 0) + 1);
    for (const [file, count] of annotated) {
      const { speeches } = await parseFile(join(CORPUS, file));
      expect([file, speeches.length]).toEqual([file, count]);
    }
  });
});

describe("the parser on real fragments (openings of public pages, noise included)", () => {
  let fragments: FragmentScore[] = [];
  beforeAll(async () => {
    fragments = await evaluateFragments(join(SHARED, "fragments"), join(SHARED, "fragments.json"));
  });

  it.each([1, 2, 3] as const)("finds level-%i headings with the target F1", (level) => {
    const { f1: score } = f1(totalLevels(fragments)[level]);
    const misses = fragments.flatMap((s) => [...s.missed, ...s.wrong.map((w) => `误识 ${w}`)]);
    expect({ score: score >= TARGET_F1[level], misses }).toMatchObject({ score: true });
  });
});
