import { describe, expect, it } from "vitest";
import { defaultFileName } from "./answers.js";

describe("the default file name", () => {
  it("comes from the meeting name and date", () => {
    expect(defaultFileName({ meetingName: "全区经济工作会议", date: "2026-02-23" }, ".docx")).toBe(
      "在全区经济工作会议上的讲话-2026-02-23.docx",
    );
  });

  it("has no path separators or characters file systems refuse, and a sane length", () => {
    const name = defaultFileName(
      { meetingName: '../../etc/pass:wd*?"<>|\n会议', date: "2026-02-23" },
      "md",
    );
    expect(name).not.toMatch(/[\\/:*?"<>|\n]/);
    expect(name.endsWith("-2026-02-23.md")).toBe(true);
    expect(
      [...defaultFileName({ meetingName: "会".repeat(300), date: "2026-02-23" }, "txt")].length,
    ).toBeLessThan(100);
  });
});
