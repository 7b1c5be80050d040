import { describe, expect, it } from "vitest";
import { text, type Speech } from "../model/index.js";
import { renderHtmlReport } from "./render-html.js";
import { renderTextReport } from "./render-text.js";
import { createMiningTally, finishReport, tallySkipped, tallySpeech } from "./report.js";

const hostile = "<script>alert('x')</script>&";

function reportWithHostileNames() {
  const speech: Speech = {
    title: [text(`在全区经济工作会议上的讲话${hostile}`)],
    salutation: "同志们：",
    opening: [],
    partNumbering: "一、",
    parts: [{ heading: [text("客观研判发展形势")], blocks: [], subParts: [] }],
    closing: [],
    meta: {},
  };
  const tally = createMiningTally();
  tallySpeech(tally, speech, `稿/${hostile}.txt`);
  tallySkipped(tally, `${hostile}.docx`, "空文件");
  return finishReport(tally);
}

describe("the HTML report", () => {
  it("is one standalone page with every archive string escaped", () => {
    const html = renderHtmlReport(reportWithHostileNames());
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;");
    expect(html).not.toMatch(/<(script|link|img)\b|https?:\/\//);
  });
});

describe("the terminal summary", () => {
  it("uses colour only when asked", () => {
    const report = reportWithHostileNames();
    expect(renderTextReport(report, { color: false })).not.toContain("\u001b[");
    expect(renderTextReport(report, { color: true })).toContain("\u001b[1m");
  });

  it("names the speech count, the skeleton and each skipped file with its reason", () => {
    const summary = renderTextReport(reportWithHostileNames(), { color: false });
    expect(summary).toContain("找到 1 篇讲话稿");
    expect(summary).toContain("经济工作会议:形势");
    expect(summary).toContain(`${hostile}.docx:空文件`);
  });
});
