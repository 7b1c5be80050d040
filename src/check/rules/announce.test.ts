import { describe, expect, it } from "vitest";
import { checkText } from "../index.js";

const announce = (line: string, parts: number) =>
  checkText(
    [
      "在全镇工作会议上的讲话",
      "同志们：",
      `今天开个会。${line}`,
      ...["看清形势", "抓好落实", "转变作风", "守住底线"]
        .slice(0, parts)
        .flatMap((heading, i) => [`${"一二三四"[i]}、${heading}`, "要抓紧。"]),
    ].join("\n"),
  )
    .flatMap((speech) => speech.findings)
    .filter((f) => f.rule === "announce.count");

describe("announce.count", () => {
  it("finds 讲四点意见 over three parts and says what to write", () => {
    const [finding] = announce("下面，我讲四点意见。", 3);
    expect(finding).toMatchObject({ severity: "error", line: 3 });
    expect(finding?.message).toContain("改成“三点”");
  });

  it("accepts 两个方面 over two parts", () => {
    expect(announce("下面，我讲两个方面。", 2)).toEqual([]);
  });

  it("accepts 几点 (no number promised)", () => {
    expect(announce("下面，我讲几点意见。", 3)).toEqual([]);
  });
});
