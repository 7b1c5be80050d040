import { describe, expect, it } from "vitest";
import { checkText } from "../index.js";

const numbering = (text: string) =>
  checkText(text)
    .flatMap((speech) => speech.findings)
    .filter((f) => f.rule.startsWith("numbering."));

const speech = (...body: string[]) =>
  ["在全镇工作会议上的讲话", "同志们：", "今天开个会。下面，我讲两点意见。", ...body].join("\n");

describe("numbering rules", () => {
  it("finds 第一，… followed by 二是 in one section, on the 二是 line", () => {
    const text = speech(
      "一、看清形势",
      "第一，成绩来之不易。去年各项指标稳中有进。",
      "二是困难不容低估。有的项目进度偏慢。",
      "二、抓好落实",
      "落实要快。",
    );
    expect(numbering(text)).toEqual([
      expect.objectContaining({ rule: "numbering.mixed", severity: "error", line: 6 }),
    ]);
  });

  it("finds 一是 … 三是 with 二是 missing", () => {
    const text = speech(
      "一、看清形势",
      "一是成绩来之不易。",
      "三是困难不容低估。",
      "二、抓好落实",
      "落实要快。",
    );
    const [finding] = numbering(text);
    expect(finding).toMatchObject({ rule: "numbering.gap", line: 6 });
    expect(finding?.message).toContain("少了“二是”");
  });

  it("finds a part heading that skips a number (一、 then 三、)", () => {
    const text = speech("一、看清形势", "形势很好。", "三、抓好落实", "落实要快。");
    expect(numbering(text)).toEqual([expect.objectContaining({ rule: "numbering.gap", line: 6 })]);
  });

  it("accepts a 1. 2. list nested inside 一是 … 二是", () => {
    const text = speech(
      "一、看清形势",
      "一是成绩来之不易。",
      "1.工业稳。",
      "2.农业稳。",
      "二是困难不容低估。",
      "二、抓好落实",
      "落实要快。",
    );
    expect(numbering(text)).toEqual([]);
  });

  it("accepts a run-in list whose 二是 follows a comma", () => {
    const text = speech(
      "一、看清形势",
      "问题主要是：一是项目少，二是投资慢；三是后劲弱。",
      "二、抓好落实",
      "落实要快。",
    );
    expect(numbering(text)).toEqual([]);
  });
});
