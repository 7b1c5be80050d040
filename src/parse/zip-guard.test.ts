import { describe, expect, it } from "vitest";
import { buildZip, type ZipPart } from "../../test/mine-zip.js";
import { inspectDocxZip } from "./zip-guard.js";

const documentXml = (bytes: number): ZipPart => ({
  name: "word/document.xml",
  data: Buffer.alloc(bytes, "a"),
});

describe("inspectDocxZip", () => {
  it("accepts an ordinary document", () => {
    const zip = buildZip([
      { name: "word/document.xml", data: Buffer.from("<w:document>讲话</w:document>") },
    ]);
    expect(inspectDocxZip(zip)).toEqual({ ok: true });
  });

  it("refuses a zip bomb by its compression ratio", () => {
    const verdict = inspectDocxZip(buildZip([documentXml(20 * 1024 * 1024)]));
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringContaining("zip 炸弹") });
  });

  it("refuses a bomb whose headers lie about its size, by inflating against the budget", () => {
    const zip = buildZip([{ ...documentXml(8 * 1024 * 1024), declaredSize: 1000 }]);
    const verdict = inspectDocxZip(zip, {
      maxTotalBytes: 4 * 1024 * 1024,
      maxRatio: 1e9,
      maxEntries: 10,
      maxDocumentBytes: 4 * 1024 * 1024,
    });
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringContaining("zip 炸弹") });
  });

  it("refuses a document body larger than any speech, even at an ordinary ratio", () => {
    const zip = buildZip([documentXml(3 * 1024 * 1024)]);
    const limits = {
      maxTotalBytes: 64 * 1024 * 1024,
      maxRatio: 1e9,
      maxEntries: 10,
      maxDocumentBytes: 1024 * 1024,
    };
    expect(inspectDocxZip(zip, limits)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("解压后超过"),
    });
  });

  it("refuses a zip that is not a Word document, and bytes that are not a zip", () => {
    expect(inspectDocxZip(buildZip([{ name: "a.txt", data: Buffer.from("x") }]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("word/document.xml"),
    });
    expect(inspectDocxZip(Buffer.from("这不是压缩包"))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("不是有效的 .docx"),
    });
  });
});
