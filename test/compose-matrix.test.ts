// Every meeting type × 5 seeds × 3 lengths × all 12 months: the drafts a clerk would get,
// written as txt and read back with the project's own parser, checked as a clerk would.
import { describe, expect, it } from "vitest";
import {
  composeOutline,
  composeSpeech,
  countChars,
  countWord,
  inlineText,
  loadCatalog,
  outlineOf,
  parseText,
  validateAnswers,
  writeTxt,
  type Answers,
  type Speech,
} from "../src/index.js";

const catalog = loadCatalog();
const SEEDS = [1, 2, 3, 4, 5];
const LENGTHS = [2000, 5000, 9000];
const TODAY = "2026-03-01";

/** Clerk answers that vary with the seed: full answers, bare ones (Enter through everything), a free-text priority. */
function rawAnswers(
  type: string,
  seed: number,
  chars: number,
  month: number,
): Record<string, unknown> {
  const year = seed % 2 === 0 ? 2025 : 2026;
  const date = `${year}-${String(month).padStart(2, "0")}-15`;
  switch (seed % 3) {
    case 0:
      return { type, date, length: { chars }, seed };
    case 1:
      return {
        type,
        unit: "西峰区",
        speakerName: "张三",
        date,
        priorities: ["项目建设", "招商引资", "低空经济"],
        achievements: ["地区生产总值增长6.5%", "新签约项目42个"],
        problems: ["财政收支矛盾突出"],
        length: { chars },
        seed,
      };
    default:
      return {
        type,
        unit: "庆城县",
        speakerTitle: "县长",
        speakerName: "李四",
        date,
        priorities: ["乡村振兴", "民生保障"],
        length: { chars },
        seed,
      };
  }
}

/** Sentences of the body, as a reader would hear them. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/[。！？\n]/)
    .map((s) => s.replace(/^[一二三四五六七八九十]+[是要]/, "").trim())
    .filter((s) => s.length >= 10);
}

interface Case {
  readonly answers: Answers;
  readonly speech: Speech;
  readonly txt: string;
  readonly reread: Speech;
}

function draft(raw: Record<string, unknown>): Case {
  const answers = validateAnswers(raw, catalog, { today: TODAY });
  const speech = composeSpeech(answers, catalog);
  const txt = writeTxt(speech);
  const { speeches } = parseText(txt);
  expect(speeches).toHaveLength(1);
  return { answers, speech, txt, reread: speeches[0]! };
}

function checkStructure({ answers, reread, txt }: Case): void {
  expect(inlineText(reread.title)).toBe(`在${answers.meetingName}上的讲话`);
  expect(reread.speaker).toContain(answers.speakerTitle);
  expect(reread.date).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  expect(reread.salutation).toBe("同志们：");
  expect(reread.opening.length).toBeGreaterThan(0);
  expect(reread.parts.length).toBeGreaterThanOrEqual(2);
  expect(reread.parts.length).toBeLessThanOrEqual(7);
  const announce = inlineText(reread.announceLine?.content ?? []);
  expect(announce, "announce line states the number of parts").toContain(
    `${countWord(reread.parts.length)}`,
  );
  const closing = reread.closing.at(-1);
  const rally = closing?.kind === "paragraph" ? inlineText(closing.content) : "";
  expect(rally.startsWith("同志们，") && rally.endsWith("！"), `rallying close: ${rally}`).toBe(
    true,
  );
  for (const bad of ["{{", "}}", "{%", "%}", "undefined", "NaN", "[object", "\uE000"])
    expect(txt).not.toContain(bad);
}

function checkDate({ answers, txt }: Case): void {
  const [year, month] = answers.date.split("-").map(Number) as [number, number];
  if (month > 6) expect(txt).not.toContain("双过半");
  if (month < 7) expect(txt).not.toContain("决战四季度");
  if (month > 3) expect(txt).not.toContain("开门红");
  if (year > 2021) expect(txt).not.toContain("十四五开局");
  if (year >= 2026) expect(txt).not.toMatch(/十四五(?!收官|规划圆满|时期)/);
  if (year <= 2025) expect(txt).not.toContain("十五五开局之年");
  expect(txt).not.toContain("十三五");
  if (![3, 4, 5].includes(month)) expect(txt).not.toContain("春耕");
  if ([6, 7, 8].includes(month)) expect(txt).not.toContain("冬季供暖");
}

describe.each(catalog.types.map((t) => t.id))("%s drafts", (type) => {
  const cases = SEEDS.flatMap((seed) =>
    LENGTHS.map((chars) => ({
      seed,
      chars,
      // The full product: every seed and length in every month (2,700 drafts in all).
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    })),
  );

  it("have the shape of a real speech, the facts given, and the length asked for, in every month", () => {
    for (const { seed, chars, months } of cases) {
      for (const month of months) {
        const c = draft(rawAnswers(type, seed, chars, month));
        const where = `${type} seed ${seed} ${chars}字 ${c.answers.date}`;
        checkStructure(c);
        checkDate(c);
        const n = countChars(c.speech);
        expect(Math.abs(n - chars) / chars, `${where}: ${n} 字`).toBeLessThanOrEqual(0.1);
        const sentences = sentencesOf(c.txt.split("同志们：")[1] ?? "");
        const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i);
        expect(repeated, `${where}: sentences used twice`).toEqual([]);
        for (const fact of [...c.answers.achievements, ...c.answers.problems])
          expect(c.txt).toContain(fact);
        const outline = composeOutline(c.answers, catalog);
        const written = outline.parts.flatMap((p) => [
          p.priority,
          ...p.subParts.map((s) => s.priority),
        ]);
        for (const priority of c.answers.priorities)
          expect(written, `${where}: priority ${priority}`).toContain(priority);
        // Every lead sentence of the outline is written as an item: none lost on the way.
        const leads = outline.parts.flatMap((p) => [
          ...p.items.map((i) => i.lead),
          ...p.subParts.flatMap((s) => s.items.map((i) => i.lead)),
        ]);
        const items = outlineOf(c.speech).filter((e) => e.level === 3);
        expect(items.length, `${where}: items written`).toBe(leads.length);
      }
    }
  });

  it("differ from seed to seed: two seeds share at most 30% of their sentences", () => {
    const raw = rawAnswers(type, 1, 5000, 5);
    // The body after 同志们：; title, speaker and date lines are the same by design.
    const body = (seed: number): string[] =>
      sentencesOf(draft({ ...raw, seed }).txt.split("同志们：")[1] ?? "");
    const a = body(1);
    const b = new Set(body(2));
    const shared = a.filter((s) => b.has(s)).length;
    expect(shared / Math.min(a.length, b.size)).toBeLessThanOrEqual(0.3);
  });

  it("are the same for the same answers and seed", () => {
    const raw = rawAnswers(type, 4, 5000, 9);
    expect(draft(raw).txt).toBe(draft(raw).txt);
  });
});
