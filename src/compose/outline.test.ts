import { describe, expect, it } from "vitest";
import { validateAnswers } from "./answers.js";
import { loadCatalog } from "./catalog.js";
import { composeOutline, outlineToText } from "./outline.js";

const catalog = loadCatalog();
const answers = (raw: Record<string, unknown>) =>
  validateAnswers({ type: "经济工作会议", date: "2026-02-23", ...raw }, catalog, {
    today: "2026-02-23",
  });

describe("the outline", () => {
  it("turns the clerk's priorities into the 措施 items, in their order", () => {
    const outline = composeOutline(
      answers({ priorities: ["招商引资", "项目建设", "低空经济"] }),
      catalog,
    );
    const measures = outline.parts.find((p) => p.role === "措施")!;
    expect(measures.subParts.slice(0, 3).map((s) => s.priority)).toEqual([
      "招商引资",
      "项目建设",
      "低空经济",
    ]);
  });

  it("falls back on the type's usual topics when the clerk names none", () => {
    const outline = composeOutline(answers({}), catalog);
    const measures = outline.parts.find((p) => p.role === "措施")!;
    expect(measures.subParts.length).toBeGreaterThanOrEqual(3);
  });

  it("has 形势, 措施 and 作风 parts, and grows with the requested length", () => {
    const short = composeOutline(answers({ length: { chars: 2000 } }), catalog);
    const long = composeOutline(answers({ length: { chars: 9000 } }), catalog);
    expect(short.parts.map((p) => p.role)).toEqual(["形势", "措施", "作风"]);
    expect(outlineToText(long).length).toBeGreaterThan(outlineToText(short).length);
  });

  it("numbers its lines as the writers do", () => {
    const lines = outlineToText(composeOutline(answers({}), catalog));
    expect(lines[0]).toMatch(/^一、/);
    expect(lines.some((l) => l.startsWith("  （一）"))).toBe(true);
    expect(lines.some((l) => l.startsWith("    一要"))).toBe(true);
  });
});
