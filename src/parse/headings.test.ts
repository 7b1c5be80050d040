import { describe, expect, it } from "vitest";
import { headingMarkerAt, splitHeading } from "./headings.js";

describe("headingMarkerAt", () => {
  it("reads the three heading spellings with their numbers", () => {
    expect(headingMarkerAt("三、压实安全责任", 0)).toMatchObject({
      level: 1,
      number: 3,
      numbering: "一、",
    });
    expect(headingMarkerAt("第二个问题，怎样抓落实？", 0)).toMatchObject({
      level: 1,
      number: 2,
      numbering: "第一个问题",
    });
    expect(headingMarkerAt("（十二）抓好秋粮收储", 0)).toMatchObject({ level: 2, number: 12 });
  });

  it("reads 一. and 一． as typed in some web copies", () => {
    expect(headingMarkerAt("二.压实安全责任", 0)).toMatchObject({ level: 1, number: 2 });
    expect(headingMarkerAt("二．压实安全责任", 0)).toMatchObject({ level: 1, number: 2 });
  });

  it("does not read a list of numerals as a heading", () => {
    expect(headingMarkerAt("一、二季度要衔接好", 0)).toBeUndefined();
    expect(headingMarkerAt("一是抓好春耕", 0)).toBeUndefined();
  });
});

describe("splitHeading", () => {
  it("takes a line without sentence marks as the whole heading", () => {
    expect(splitHeading("稳住农业基本盘，守牢粮食安全底线")).toEqual({
      heading: "稳住农业基本盘，守牢粮食安全底线",
      body: "",
    });
  });

  it("keeps a colon inside a heading that stands alone on its line", () => {
    expect(splitHeading("总体形势：稳中有进、稳中向好")).toEqual({
      heading: "总体形势：稳中有进、稳中向好",
      body: "",
    });
  });

  it("ends the heading at the full stop and drops the stop", () => {
    expect(splitHeading("春耕备耕要早。各村要在月底前完成种子发放。")).toEqual({
      heading: "春耕备耕要早",
      body: "各村要在月底前完成种子发放。",
    });
  });

  it("keeps the question mark of a question heading", () => {
    expect(splitHeading("怎样理解这项行动？理解它要从三个方面入手。").heading).toBe(
      "怎样理解这项行动？",
    );
  });

  it("splits a heading that runs on into its paragraph at a time word", () => {
    expect(
      splitHeading(
        "抓好农田水利，加快补齐灌溉短板目前，全镇还有三千亩旱地缺少配套渠系，需要抓紧解决。",
      ),
    ).toEqual({
      heading: "抓好农田水利，加快补齐灌溉短板",
      body: "目前，全镇还有三千亩旱地缺少配套渠系，需要抓紧解决。",
    });
  });

  it("splits a run-on heading at the subject that opens the paragraph", () => {
    expect(
      splitHeading(
        "盯紧重点环节，确保秋粮颗粒归仓各村各组要组织农机手提前检修机具，做到随割随收，同时备好烘干设备，防止连阴雨造成损失。",
      ),
    ).toEqual({
      heading: "盯紧重点环节，确保秋粮颗粒归仓",
      body: "各村各组要组织农机手提前检修机具，做到随割随收，同时备好烘干设备，防止连阴雨造成损失。",
    });
  });

  it("splits a run-on heading before a paragraph that opens with a quotation", () => {
    const { heading, body } = splitHeading(
      "强化统筹调度，确保各项任务按期完成“三夏”时间紧、任务重，各部门必须把力量集中到一线，形成工作合力，确保不误农时。",
    );
    expect(heading).toBe("强化统筹调度，确保各项任务按期完成");
    expect(body.startsWith("“三夏”")).toBe(true);
  });

  it("splits a run-on heading whose paragraph starts with a subject word", () => {
    expect(
      splitHeading(
        "优化营商环境，提升政务服务效能我们要对照群众反映的问题逐项整改，能当场办的当场办，确保企业少跑腿。",
      ).heading,
    ).toBe("优化营商环境，提升政务服务效能");
  });

  it("splits a short run-on heading whose paragraph opens with a time word and a comma", () => {
    expect(splitHeading("压实责任链条当前，部分村组责任人还不明确，要在月底前全部落实。")).toEqual({
      heading: "压实责任链条",
      body: "当前，部分村组责任人还不明确，要在月底前全部落实。",
    });
  });

  it("keeps a two-clause heading that mentions a time word inside it", () => {
    expect(splitHeading("立足当前，着眼长远。").heading).toBe("立足当前，着眼长远");
    expect(splitHeading("聚焦全年目标，奋力冲刺四季度。").heading).toBe(
      "聚焦全年目标，奋力冲刺四季度",
    );
  });
});
