import { describe, expect, it } from "vitest";
import { checkText } from "../index.js";

const text = (paragraph: string, times: number) =>
  [
    "在全区工作会议上的讲话",
    "同志们：",
    ...Array<string>(times).fill(paragraph),
    "一、抓好落实",
    "要抓紧。",
  ].join("\n");

describe("length", () => {
  it("gives 字数 and minutes at the rate asked for", () => {
    const [speech] = checkText(text("一二三四五六七八九十。", 36), { ratePerMinute: 120 });
    expect(speech).toMatchObject({ chars: 404, minutes: 3 });
    expect(speech?.findings).toContainEqual(
      expect.objectContaining({
        rule: "length",
        severity: "info",
        message: expect.stringContaining("404 字"),
      }),
    );
  });

  it("warns when a speech runs past an hour", () => {
    const [speech] = checkText(text("一二三四五六七八九十".repeat(10), 120));
    expect(speech?.findings).toContainEqual(
      expect.objectContaining({ rule: "length", severity: "warning" }),
    );
  });
});
