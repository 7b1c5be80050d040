import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultSpeechReader, mineArchive, type MiningReport } from "../src/index.js";

const corpus = fileURLToPath(new URL("../../shared/corpus", import.meta.url));

let report: MiningReport;
beforeAll(async () => {
  report = await mineArchive([corpus], { reader: defaultSpeechReader });
});

const speechesOf = (file: string) => report.speeches.filter((s) => s.file.includes(file));

describe("mining the shared corpus", () => {
  it("finds seven speeches: three in 003 and the fragment in 004", () => {
    expect(report.speeches).toHaveLength(7);
    expect(speechesOf("003_")).toHaveLength(3);
    expect(speechesOf("004_")).toHaveLength(1);
  });

  it("reads the skeleton of 000 as 形势 → 措施 → 作风", () => {
    expect(speechesOf("000_")[0]?.roles).toEqual(["形势", "措施", "作风"]);
  });

  it("classifies the meeting types named in the titles", () => {
    expect(speechesOf("000_")[0]?.type).toBe("经济工作会议");
    expect(speechesOf("001_")[0]?.type).toBe("政府全体会议");
    expect(speechesOf("003_").map((s) => s.type)).toEqual([
      "经济运行分析会",
      "经济运行分析会",
      "经济运行分析会",
    ]);
    expect(speechesOf("004_")[0]?.type).toBe("专项行动动员部署大会");
  });

  it("reads the untitled 002 as a mid-year meeting from its opening (上半年…下半年)", () => {
    expect(speechesOf("002_")[0]?.type).toBe("半年工作会议");
  });

  it("finds announce lines with their counts generalised", () => {
    const announce = report.formulas.announce.map((f) => f.text);
    expect(announce).toContain("下面，我就今年经济工作讲…方面意见。");
    expect(announce.some((a) => a.startsWith("下面，我讲…点意见"))).toBe(true);
  });

  it("finds closing formulas, among them the rallying 同志们，…", () => {
    expect(report.formulas.closing.length).toBeGreaterThanOrEqual(5);
    expect(report.formulas.closing.some((f) => f.text.startsWith("今天会后"))).toBe(true);
    expect(report.formulas.closing.some((f) => f.text.startsWith("同志们，"))).toBe(true);
  });

  it("finds acknowledgement lines and the X placeholder convention", () => {
    expect(report.formulas.acknowledgement.every((f) => f.text.startsWith("刚才"))).toBe(true);
    expect(report.formulas.acknowledgement.length).toBeGreaterThanOrEqual(3);
    expect(report.placeholders.find((p) => p.convention === "X")?.speeches).toBeGreaterThanOrEqual(
      3,
    );
  });

  it("reports enumeration styles, lengths and phrase candidates", () => {
    const styles = report.enumerations.map((e) => e.style);
    expect(styles).toEqual(expect.arrayContaining(["一、", "一是", "一要", "第一个问题"]));
    expect(report.length?.maxChars).toBeGreaterThan(5000);
    expect(report.phrases.length).toBeGreaterThan(10);
    expect(report.phrases.every((p) => p.speeches >= 2)).toBe(true);
  });

  it("skips annotations.json silently and reports nothing unreadable", () => {
    expect(report.skipped).toEqual([]);
  });
});
