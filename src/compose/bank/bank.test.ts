// The phrase bank is content, tested like code: the package's own bank loads with no
// problem, covers what clerks type, keeps level-bound words tagged, and a broken entry is
// reported in Chinese with its file and place.
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../catalog.js";
import { LEVEL_BOUND_WORDS, levelBoundWord } from "./rules.js";
import { readFrameFile, readSubtopicFile } from "./load.js";
import { FAMILIES } from "./schema.js";

const catalog = loadCatalog();
const { bank } = catalog;

describe("the package's phrase bank", () => {
  it("loads with no problem, and every type's references lead somewhere", () => {
    expect(bank.problems).toEqual([]);
    expect(catalog.problems).toEqual([]);
  });

  it("covers at least 60 sub-topics, each with at least 3 points (6 for the single-subject meetings' own)", () => {
    expect(bank.subtopics.size).toBeGreaterThanOrEqual(60);
    for (const sub of bank.subtopics.values())
      expect(sub.points.length, sub.name).toBeGreaterThanOrEqual(3);
    const own = catalog.types
      .filter((t) => !t.otherTopics)
      .flatMap((t) => t.defaultPriorities.map((d) => bank.subtopics.get(d.name)))
      .filter((s) => s !== undefined);
    for (const sub of own) expect(sub.points.length, sub.name).toBeGreaterThanOrEqual(6);
  });

  it("tags every entry that names a level-bound word with the levels it fits", () => {
    for (const sub of bank.subtopics.values()) {
      for (const point of sub.points) {
        const texts = [
          ...point.leads.map((l) => ({ text: l.text, tagged: false })),
          ...point.moves.flatMap((m) =>
            m.wordings.map((w) => ({ text: w.text, tagged: w.tags.levels !== undefined })),
          ),
        ];
        for (const { text, tagged } of texts) {
          const word = levelBoundWord(text);
          if (word)
            expect(
              tagged || point.tags.levels !== undefined,
              `${point.id}: “${word}” in “${text}”`,
            ).toBe(true);
        }
      }
    }
    expect(LEVEL_BOUND_WORDS).toContain("融资平台");
  });

  it("mixes the shapes of a real speaker in every topic", () => {
    for (const topic of bank.topics.values()) {
      const shapes = new Set(topic.subtopics.flatMap((s) => s.points.map((p) => p.shape)));
      expect(shapes.size, topic.name).toBeGreaterThanOrEqual(3);
    }
  });

  it("has a 形势 argument and a closing for every family", () => {
    for (const family of FAMILIES) {
      for (const step of ["thesis", "achievements", "problems", "transition"])
        expect(
          bank.frame.get(`situation.${family}.${step}`)?.length,
          `${family} ${step}`,
        ).toBeGreaterThan(1);
      expect(bank.frame.get(`closing.task.${family}`)?.length, family).toBeGreaterThan(1);
      expect(bank.frame.get(`closing.rally.${family}`)?.length, family).toBeGreaterThan(2);
    }
  });

  it("never lets a sentence stand twice", () => {
    const seen = new Map<string, string>();
    const texts = [
      ...[...bank.points.values()].flatMap((p) => [
        ...p.leads.map((l) => [p.id, l.text] as const),
        ...p.moves.flatMap((m) => m.wordings.map((w) => [p.id, w.text] as const)),
      ]),
      ...[...bank.frame.values()].flat().map((e) => [e.category, e.text] as const),
    ];
    for (const [where, text] of texts) {
      for (const sentence of text.split(/(?<=[。！])/).filter((s) => s.length >= 14)) {
        const other = seen.get(sentence);
        expect(
          other === undefined || other === where,
          `“${sentence}” in ${where} and ${other}`,
        ).toBe(true);
        seen.set(sentence, where);
      }
    }
  });
});

describe("a broken bank file", () => {
  it("is reported with its file and entry, in Chinese, and the rest still loads", () => {
    const problems: string[] = [];
    const sub = readSubtopicFile(
      "points/测试/坏.yaml",
      [
        "subtopic: 坏例子",
        "topic: 测试",
        "headings:",
        "  - 把{{priority}}抓实抓细抓出成效",
        "points:",
        "  - id: 好",
        "    shape: 部署",
        "    leads: [把这件事办好。]",
        "    moves:",
        "      - role: 抓手",
        "        text: [要把这件事一项一项落实到具体的人。]",
        "      - role: 责任",
        "        text: [牵头部门要负总责，其他部门要配合。]",
        "  - id: 坏",
        "    shape: 部署",
        '    leads: ["把那件事办好;"]',
        "    moves:",
        "      - role: 现状",
        "        optional: true",
        "        text: [眼下这件事还没有头绪。]",
        "      - role: 抓手",
        "        text: [为此，要在融资平台上想办法。]",
      ].join("\n"),
      problems,
    );
    expect(sub?.points.map((p) => p.id)).toEqual(["坏例子.好"]);
    const text = problems.join("\n");
    expect(text).toContain("points/测试/坏.yaml points[1](坏)");
    expect(text).toContain("含半角标点");
    expect(text).toContain("承上启下的开头要跟在必有的步后面");
    expect(text).toContain("“融资平台”只在部分层级有,要标 levels");
    expect(text).toContain("要能收束全段");
  });

  it("says which key of a frame file is wrong", () => {
    const problems: string[] = [];
    const entries = readFrameFile(
      "frame/坏.yaml",
      "categories:\n  closing.rally.安全:\n    - 大家一起努力吧。\n  opening.nonsense:\n    - 今天开个会，把事情说清楚。\n",
      problems,
    );
    expect(entries).toEqual([]);
    expect(problems.join("\n")).toContain("以“同志们，”开头");
    expect(problems.join("\n")).toContain("未知类别 opening.nonsense");
  });

  it("refuses a structure it does not know, naming the key", () => {
    const problems: string[] = [];
    readSubtopicFile(
      "points/测试/结构.yaml",
      "subtopic: 甲\ntopic: 乙\nheadings: []\npoints: []\nextra: 1\n",
      problems,
    );
    expect(problems.join("\n")).toContain("points/测试/结构.yaml");
  });
});
