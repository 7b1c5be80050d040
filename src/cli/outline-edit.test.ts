import { describe, expect, it } from "vitest";
import type { Outline } from "../index.js";
import { dropPart, headingAt, headingRefs, movePart, renameHeading } from "./outline-edit.js";

const part = (heading: string, subs: string[] = []) => ({
  kind: "measures" as const,
  role: "措施" as const,
  heading,
  focus: undefined,
  subParts: subs.map((h) => ({ heading: h, items: [] })),
  items: [],
});

const outline = {
  type: "经济工作会议",
  partNumbering: "一、",
  parts: [part("认清形势"), part("突出重点", ["抓项目", "抓招商"]), part("改进作风")],
} as unknown as Outline;

describe("editing the outline", () => {
  it("lists parts and sub-parts as renamable headings in document order", () => {
    expect(headingRefs(outline).map((ref) => headingAt(outline, ref))).toEqual([
      "认清形势",
      "突出重点",
      "抓项目",
      "抓招商",
      "改进作风",
    ]);
  });

  it("renames a sub-part heading and leaves the rest alone", () => {
    const edited = renameHeading(outline, { part: 1, subPart: 1 }, "抓开放招商");
    expect(headingAt(edited, { part: 1, subPart: 1 })).toBe("抓开放招商");
    expect(headingAt(edited, { part: 1, subPart: 0 })).toBe("抓项目");
    expect(headingAt(outline, { part: 1, subPart: 1 })).toBe("抓招商");
  });

  it("moves a part to another position", () => {
    expect(movePart(outline, 2, 0).parts.map((p) => p.heading)).toEqual([
      "改进作风",
      "认清形势",
      "突出重点",
    ]);
  });

  it("drops a part but never the last one", () => {
    expect(dropPart(outline, 0).parts.map((p) => p.heading)).toEqual(["突出重点", "改进作风"]);
    const single = { ...outline, parts: [outline.parts[0]!] };
    expect(dropPart(single, 0).parts).toHaveLength(1);
  });
});
