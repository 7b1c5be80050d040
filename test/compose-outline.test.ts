// Step two follows the outline the clerk approved: reordered, edited or cut.
import { describe, expect, it } from "vitest";
import {
  announceText,
  composeOutline,
  composeSpeech,
  loadCatalog,
  outlineOf,
  validateAnswers,
  type Outline,
} from "../src/index.js";

const catalog = loadCatalog();
const answers = validateAnswers(
  {
    type: "经济工作会议",
    unit: "西峰区",
    date: "2026-02-23",
    priorities: ["项目建设", "招商引资", "乡村振兴"],
    seed: 2,
  },
  catalog,
  { today: "2026-02-23" },
);

describe("a draft from an edited outline", () => {
  const outline = composeOutline(answers, catalog);

  it("is the same draft as composing afresh when the outline is unchanged", () => {
    expect(composeSpeech(answers, catalog, { outline })).toEqual(composeSpeech(answers, catalog));
  });

  it("keeps the clerk's order, edits and cuts, and literal text in headings", () => {
    const measures = outline.parts[1]!;
    const edited: Outline = {
      ...outline,
      parts: [
        outline.parts[0]!,
        {
          ...measures,
          heading: "二、{{unit}}要〔待补：提法〕抓好三件事",
          subParts: [measures.subParts[1]!, measures.subParts[0]!],
        },
        outline.parts[2]!,
      ],
    };
    const speech = composeSpeech(answers, catalog, { outline: edited });
    const headings = outlineOf(speech)
      .filter((e) => e.level <= 2)
      .map((e) => e.text);
    expect(headings[1]).toBe("二、{{unit}}要〔待补：提法〕抓好三件事");
    expect(headings.slice(2, 4)).toEqual([
      measures.subParts[1]!.heading,
      measures.subParts[0]!.heading,
    ]);
    expect(speech.parts[1]!.subParts).toHaveLength(2);
    expect(speech.parts[1]!.heading.some((r) => r.kind === "slot" && r.label === "提法")).toBe(
      true,
    );
    expect(speech.parts.map((p) => p.role)).toEqual(["形势", "措施", "作风"]);
    expect(announceText(speech) ?? "").toContain("三");
  });

  it("announces two parts when the clerk cuts one", () => {
    const cut: Outline = { ...outline, parts: [outline.parts[1]!, outline.parts[2]!] };
    const speech = composeSpeech(answers, catalog, { outline: cut });
    expect(speech.parts.map((p) => p.role)).toEqual(["措施", "作风"]);
    expect(announceText(speech) ?? "").toContain("两");
  });
});
