// Answers are data: whatever a clerk types appears literally in the draft and never runs as
// a template or changes the speech's structure.
import { describe, expect, it } from "vitest";
import {
  composeSpeech,
  inlineText,
  loadCatalog,
  parseText,
  validateAnswers,
  writeTxt,
  type Speech,
} from "../src/index.js";

const catalog = loadCatalog();
const HOSTILE = [
  "{{constructor.constructor('return process')()}}",
  "{% raw %}原样{% endraw %}",
  "{{#each x}}循环{{/each}}",
  "〔待补:x〕",
  "二、一是{{x}}〔待补:y〕\n同志们：",
  "<script>alert(1)</script>&amp;",
];

function bodyText(speech: Speech): string {
  return writeTxt(speech);
}

describe("clerk text in a draft", () => {
  const raw = {
    type: "经济工作会议",
    unit: "西峰区",
    speakerName: "张三",
    date: "2026-02-23",
    priorities: ["项目建设", "{{unit}}数字化{% if true %}"],
    achievements: HOSTILE,
    problems: ["第一个问题，财政收支矛盾突出"],
    length: { chars: 3000 },
    seed: 3,
  };
  const answers = validateAnswers(raw, catalog, { today: "2026-02-23" });
  const speech = composeSpeech(answers, catalog);

  it("appears literally, never evaluated", () => {
    const runs = [...speech.parts.flatMap((p) => p.blocks)].flatMap((b) =>
      b.kind === "paragraph" ? [inlineText(b.content)] : [],
    );
    const situation = runs.join("\n");
    for (const value of HOSTILE) {
      // A newline typed into one answer is kept as typed inside its paragraph's text run.
      expect(situation).toContain(value);
    }
    expect(situation).toContain("第一个问题，财政收支矛盾突出");
  });

  it("never becomes a heading, an item, a slot or a second speech", () => {
    const plain = composeSpeech(
      validateAnswers({ ...raw, achievements: ["地区生产总值增长6.5%"], problems: [] }, catalog, {
        today: "2026-02-23",
      }),
      catalog,
    );
    expect(speech.parts).toHaveLength(plain.parts.length);
    expect(speech.parts.map((p) => p.subParts.length)).toEqual(
      plain.parts.map((p) => p.subParts.length),
    );
    const slots = speech.parts
      .flatMap((p) => p.blocks)
      .flatMap((b) => (b.kind === "paragraph" ? b.content : []))
      .filter((r) => r.kind === "slot");
    expect(slots.map((s) => s.kind === "slot" && s.label)).not.toContain("x");
  });

  it("leaves no template syntax of ours behind, and no process object", () => {
    const txt = bodyText(speech);
    expect(txt).not.toContain("[object");
    expect(txt).not.toContain("function");
    expect(txt).not.toContain("undefined");
  });

  it("in the speaker line and the meeting name stays text", () => {
    const odd = validateAnswers(
      { ...raw, achievements: [], meetingName: "{{year}}年{% raw %}会议", speakerName: "{{unit}}" },
      catalog,
      { today: "2026-02-23" },
    );
    const s = composeSpeech(odd, catalog);
    expect(inlineText(s.title)).toBe("在{{year}}年{% raw %}会议上的讲话");
    expect(s.speaker).toBe("区委书记 {{unit}}");
    expect(parseText(writeTxt(s)).speeches).toHaveLength(1);
  });
});
