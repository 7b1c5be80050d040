import { describe, expect, it } from "vitest";
import { sanitizeText } from "./sanitize.js";

describe("sanitizeText", () => {
  it("removes control characters that XML 1.0 cannot carry", () => {
    expect(sanitizeText("一是\u0000抓\u0007项目\u000B建设\u000C。\u001F")).toBe("一是抓项目建设。");
  });

  it("removes lone surrogates but keeps characters outside the BMP", () => {
    expect(sanitizeText("甲\uD800乙\uDC00丙\uFFFE")).toBe("甲乙丙");
    expect(sanitizeText("𠀀字")).toBe("𠀀字");
  });

  it("turns line breaks and tabs inside a paragraph into spaces", () => {
    expect(sanitizeText("第一行\r\n第二行\t第三行\n")).toBe("第一行 第二行 第三行 ");
  });

  it("leaves XML specials for the serialiser to escape", () => {
    expect(sanitizeText(`<a href="x">&'</a>`)).toBe(`<a href="x">&'</a>`);
  });
});
