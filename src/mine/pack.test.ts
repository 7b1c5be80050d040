import { describe, expect, it } from "vitest";
import { partsOfSkeleton, toBankText } from "./pack.js";

describe("toBankText", () => {
  it("turns unit-level gaps back into phrase-bank slots", () => {
    expect(toBankText("今天，…委、…政府召开全…经济工作会议。")).toBe(
      "今天，{{partyGov}}召开{{scope}}经济工作会议。",
    );
  });

  it("puts {{count}} into announce lines only when asked", () => {
    expect(toBankText("下面，我讲…点意见。", { count: true })).toBe("下面，我讲{{count}}点意见。");
    expect(toBankText("下面，我讲…点意见。")).toBeUndefined();
  });

  it("drops a formula with a number or name left, and anything that looks like template source", () => {
    expect(toBankText("完成投资…亿元。")).toBeUndefined();
    expect(toBankText("同志们，{{#each x}}！")).toBeUndefined();
  });
});

describe("partsOfSkeleton", () => {
  it("maps roles to part kinds and runs of 措施 parts to one measures plan laid out as parts", () => {
    expect(partsOfSkeleton(["形势", "措施", "作风"])).toEqual([
      { kind: "situation" },
      { kind: "measures" },
      { kind: "style" },
    ]);
    expect(partsOfSkeleton(["措施", "措施", "措施", "其他", "作风"])).toEqual([
      { kind: "measures", layout: "parts" },
      { kind: "style" },
    ]);
  });

  it("gives nothing for a skeleton without measures, so the built-in parts stay", () => {
    expect(partsOfSkeleton(["形势", "作风"])).toEqual([]);
  });
});
