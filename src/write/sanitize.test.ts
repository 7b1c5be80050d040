import { describe, expect, it } from "vitest";
import { oneLine, stripInvalidChars } from "./sanitize.js";

describe("stripInvalidChars", () => {
  it("removes C0 and C1 controls, DEL, U+FFFE/FFFF and lone surrogates", () => {
    expect(
      stripInvalidChars(
        "甲\u0000乙\u0008丙\u000B丁\u001F戊\u007F己\u0085庚\uFFFE辛\uD800壬\uDC00癸",
      ),
    ).toBe("甲乙丙丁戊己庚辛壬癸");
  });

  it("keeps tabs, line breaks and characters outside the BMP", () => {
    expect(stripInvalidChars("𠀀\t字\r\n")).toBe("𠀀\t字\r\n");
  });
});

describe("oneLine", () => {
  it("joins Chinese text a line break split in two", () => {
    expect(oneLine("推动高质\r\n量发展")).toBe("推动高质量发展");
  });

  it("keeps one space where a line break or tab stood between Latin words", () => {
    expect(oneLine("Open\n  source\tcode")).toBe("Open source code");
  });

  it("drops line breaks at either end", () => {
    expect(oneLine("\n正文\n")).toBe("正文");
  });
});
