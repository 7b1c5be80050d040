import { describe, expect, it } from "vitest";
import { checkText } from "../index.js";
import { placeNameAt } from "./unit.js";

const foreign = (body: string, unit?: string) =>
  checkText(
    ["在西峰区工作会议上的讲话", "同志们：", body, "一、抓好落实", "要抓紧。"].join("\n"),
    unit === undefined ? {} : { unit },
  )
    .flatMap((speech) => speech.findings)
    .filter((f) => f.rule === "unit.foreign");

describe("unit.foreign", () => {
  it("warns about another district left in a 西峰区 speech", () => {
    const [finding] = foreign("今年，庆城县的项目建设走在前列。", "西峰区");
    expect(finding).toMatchObject({ severity: "warning", line: 3 });
    expect(finding?.message).toContain("庆城县");
  });

  it("takes a unit given without its level (西峰) for a district", () => {
    expect(foreign("今年，庆城县的项目建设走在前列，西峰区也不甘落后。", "西峰")).toEqual([
      expect.objectContaining({ severity: "warning", message: expect.stringContaining("庆城县") }),
    ]);
  });

  it("takes the unit from the title when none is given", () => {
    expect(foreign("今年，庆城县的项目建设走在前列。")).toEqual([
      expect.objectContaining({ severity: "warning" }),
    ]);
  });

  it("mentions the city above the district only as info", () => {
    expect(foreign("落实好庆阳市的部署。", "西峰区")).toEqual([
      expect.objectContaining({ severity: "info" }),
    ]);
  });

  it("leaves common nouns and the unit's own organs alone", () => {
    expect(
      foreign("全区上下、各园区、社区和开发区都要行动，推动区委部署落地，繁荣城乡市场。", "西峰区"),
    ).toEqual([]);
  });

  it.each([
    ["对标庆城县", "庆城县"],
    ["第10名蔡甸区", "蔡甸区"],
    ["全区", undefined],
    ["推动区委", undefined],
    ["城乡市场", undefined],
  ])("reads the place name in %s as %s", (text, name) => {
    const p = [...text].findLastIndex((ch) => "区县市镇乡".includes(ch));
    expect(placeNameAt(text, p)).toBe(name);
  });
});
