// Every meeting type × 5 seeds × 3 lengths × all 12 months: the drafts a clerk would get,
// written as txt and read back with the project's own parser, checked as a 科长 would check
// them: the clerk's priorities in the headings, every item's body from its own point, only
// what happened at the meeting acknowledged, nothing a 镇 does not have, the length asked for.
import { describe, expect, it } from "vitest";
import {
  announceText,
  composeSpeech,
  countChars,
  countWord,
  getMeetingType,
  inlineText,
  LEVEL_BOUND_WORDS,
  loadCatalog,
  parseText,
  resolvePriority,
  validateAnswers,
  writeTxt,
  type Answers,
  type Block,
  type Item,
  type Paragraph,
  type Speech,
} from "../src/index.js";

const catalog = loadCatalog();
const SEEDS = [1, 2, 3, 4, 5];
const LENGTHS = [2000, 5000, 9000];
const TODAY = "2026-03-01";

/** Three of the type's own priorities as a clerk would type them, and one the bank does not know. */
function typedPriorities(type: string): string[] {
  const known = getMeetingType(catalog, type).defaultPriorities.filter((d) => !d.months);
  return [...known.slice(0, 3).map((d) => d.name), "低空经济"];
}

/**
 * Clerk answers that vary with the seed: bare ones (Enter through everything), full ones
 * with the type's priorities and an unknown one, and a 镇 with local material and an agenda.
 */
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
        priorities: typedPriorities(type),
        achievements: ["地区生产总值增长6.5%", "新签约项目42个"],
        problems: ["财政收支矛盾突出"],
        agenda: ["无"],
        // Three priorities cannot fill an hour-long single-subject speech on their own: the
        // clerk who wants that length lets other topics of the meeting fill it.
        ...(chars >= 9000 ? { otherTopics: "是" } : {}),
        length: { chars },
        seed,
      };
    default:
      return {
        type,
        unit: seed === 5 ? "驿马镇" : "庆城县",
        speakerTitle: seed === 5 ? "镇长" : "县长",
        speakerName: "李四",
        date,
        agenda: ["工作报告", "典型发言"],
        superiorMeeting: "全市工作会议",
        projects: ["城东污水处理厂"],
        enterprises: ["宏达化工"],
        places: ["城关镇", "小岔村", "北石窟寺景区"],
        slogan: "生态立县",
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

function allBlocks(speech: Speech): Block[] {
  return speech.parts.flatMap((p) => [...p.blocks, ...p.subParts.flatMap((s) => s.blocks)]);
}

/** Items and one-item paragraphs that were written from a point. */
function pointBlocks(speech: Speech): (Item | Paragraph)[] {
  return allBlocks(speech).flatMap((b): (Item | Paragraph)[] =>
    b.kind === "items" ? [...b.items] : b.origin?.kind === "point" ? [b] : [],
  );
}

function checkStructure({ answers, reread, txt }: Case): void {
  expect(inlineText(reread.title)).toBe(`在${answers.meetingName}上的讲话`);
  expect(reread.speaker).toContain(answers.speakerTitle);
  expect(reread.date).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  expect(reread.salutation).toBe("同志们：");
  expect(reread.opening.length).toBeGreaterThan(0);
  expect(reread.parts.length).toBeGreaterThanOrEqual(2);
  expect(reread.parts.length).toBeLessThanOrEqual(7);
  const announce = announceText(reread) ?? "";
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
  if (![2, 3, 4, 5].includes(month)) expect(txt).not.toContain("春耕");
  if ([6, 7, 8].includes(month)) expect(txt).not.toContain("冬季供暖");
}

/** The literal pieces of a wording (between its slots), as they must appear in the body. */
function literalPieces(wording: string): string[] {
  return wording
    .split(/\{\{\w+\}\}|〔待补：[^〕]*〕/)
    .map((s) => s.trim())
    .filter((s) => [...s].length >= 4);
}

/** Each item's lead and body are its own point's: the lead it names, the wordings it names, in order. */
function checkProvenance({ speech }: Case, where: string): void {
  const seen = new Set<string>();
  for (const block of pointBlocks(speech)) {
    const origin = block.origin;
    expect(origin?.kind, `${where}: item without provenance`).toBe("point");
    if (origin?.kind !== "point") continue;
    expect(seen.has(origin.point), `${where}: point ${origin.point} used twice`).toBe(false);
    seen.add(origin.point);
    const point = catalog.bank.points.get(origin.point);
    expect(point, `${where}: ${origin.point}`).toBeDefined();
    const text =
      "lead" in block
        ? inlineText(block.lead) + inlineText(block.body)
        : inlineText((block as Paragraph).content);
    for (const piece of literalPieces(point!.leads[origin.lead]!.text))
      expect(text, `${where}: lead of ${origin.point}`).toContain(piece);
    let at = -1;
    for (const move of origin.moves) {
      const index = point!.moves.findIndex((m, i) => i > at && m.role === move.role);
      expect(index, `${where}: ${origin.point} move ${move.role} out of order`).toBeGreaterThan(at);
      at = index;
      for (const piece of literalPieces(point!.moves[index]!.wordings[move.wording]!.text))
        expect(text, `${where}: ${origin.point} ${move.role}`).toContain(piece);
    }
  }
}

function checkPriorities({ answers, speech }: Case, where: string): void {
  const headings = speech.parts.flatMap((p) => [
    inlineText(p.heading),
    ...p.subParts.map((s) => inlineText(s.heading)),
  ]);
  for (const priority of answers.priorities)
    expect(
      headings.some((h) => h.includes(priority)),
      `${where}: priority ${priority} in a heading`,
    ).toBe(true);
  const type = getMeetingType(catalog, answers.type);
  if (!(answers.otherTopics ?? type.otherTopics) && answers.priorities.length > 0) {
    const measures = speech.parts.filter((p) => p.role === "措施");
    const written = measures.flatMap((p) => (p.subParts.length > 0 ? p.subParts : [p]));
    expect(written.length, `${where}: no sub-part beyond the clerk's priorities`).toBe(
      answers.priorities.length,
    );
  }
}

/** What a 镇 has none of. */
const NOT_IN_A_TOWNSHIP = LEVEL_BOUND_WORDS.filter((w) => w !== "乡镇" && w !== "县城");

function checkFitness({ answers, txt }: Case, where: string): void {
  if (answers.unitLevel === "乡镇")
    for (const word of NOT_IN_A_TOWNSHIP)
      expect(txt, `${where}: ${word} in a 镇`).not.toContain(word);
}

function checkOpening({ answers, speech }: Case, where: string): void {
  const allowed = new Set([
    "opening.purpose",
    "opening.timenode",
    "opening.significance",
    ...(answers.superiorMeeting ? ["opening.superior"] : []),
    ...answers.agenda.map((a) => `opening.agenda.${a}`),
  ]);
  const opening = speech.opening.map((b) => (b.kind === "paragraph" ? b : undefined));
  for (const p of opening) {
    for (const category of p?.origin?.kind === "frame" ? p.origin.categories : [])
      expect(allowed.has(category), `${where}: opening ${category}`).toBe(true);
  }
  const text = opening.map((p) => (p ? inlineText(p.content) : "")).join("");
  if (answers.agenda.length === 0)
    expect(text, `${where}: 刚才 with no agenda`).not.toContain("刚才");
  if (!answers.agenda.includes("专题片")) expect(text).not.toContain("专题片");
}

describe.each(catalog.types.map((t) => t.id))("%s drafts", (type) => {
  const cases = SEEDS.flatMap((seed) => LENGTHS.map((chars) => ({ seed, chars })));

  it("have the shape of a real speech, the clerk's outline and facts, and the length asked for, in every month", () => {
    for (const { seed, chars } of cases) {
      for (let month = 1; month <= 12; month++) {
        const c = draft(rawAnswers(type, seed, chars, month));
        const where = `${type} seed ${seed} ${chars}字 ${c.answers.date}`;
        checkStructure(c);
        checkDate(c);
        checkProvenance(c, where);
        checkPriorities(c, where);
        checkFitness(c, where);
        checkOpening(c, where);
        const n = countChars(c.speech);
        expect(Math.abs(n - chars) / chars, `${where}: ${n} 字`).toBeLessThanOrEqual(0.1);
        const sentences = sentencesOf(c.txt.split("同志们：")[1] ?? "");
        const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i);
        expect(repeated, `${where}: sentences used twice`).toEqual([]);
        for (const fact of [...c.answers.achievements, ...c.answers.problems]) {
          expect(c.txt).toContain(fact);
          // Said once: a fact placed in two parts reads as a copy-paste.
          expect(c.txt.split(fact).length - 1, `${where}: ${fact} said twice`).toBe(1);
        }
      }
    }
  });

  it("differ from seed to seed: two seeds share at most 30% of their sentences", () => {
    for (const raw of [rawAnswers(type, 3, 5000, 5), rawAnswers(type, 1, 5000, 5)]) {
      // The body after 同志们：; title, speaker and date lines are the same by design.
      const body = (seed: number): string[] =>
        sentencesOf(draft({ ...raw, seed }).txt.split("同志们：")[1] ?? "");
      const a = body(1);
      const b = new Set(body(2));
      const shared = a.filter((s) => b.has(s)).length;
      expect(shared / Math.min(a.length, b.size)).toBeLessThanOrEqual(0.3);
    }
  });

  it("are the same for the same answers and seed", () => {
    const raw = rawAnswers(type, 4, 5000, 9);
    expect(draft(raw).txt).toBe(draft(raw).txt);
  });
});

describe("the sub-topic index", () => {
  it.each([
    ["危化品", "危化品"],
    ["危险化学品", "危化品"],
    ["抓好农村改厕", "厕所"],
    ["城市内涝", "内涝"],
    ["招商", "招商引资"],
  ])("maps %s to %s", (typed, name) => {
    const resolved = resolvePriority(typed, catalog.bank);
    const found =
      resolved.kind === "subtopic"
        ? resolved.subtopic.name
        : resolved.kind === "topic"
          ? resolved.topic.name
          : undefined;
    expect(found).toBe(name);
  });

  it("leaves what it does not know unknown, to be written as slots", () => {
    expect(resolvePriority("低空经济", catalog.bank).kind).toBe("unknown");
  });
});
