import { describe, expect, it } from "vitest";
import { checkText } from "../index.js";

const findings = (body: string, rule: string) =>
  checkText(["在全区工作会议上的讲话", "同志们：", body, "一、抓好落实", "要抓紧。"].join("\n"))
    .flatMap((speech) => speech.findings)
    .filter((f) => f.rule === rule);

describe("slot.unfilled and placeholder", () => {
  it("reports every slot, old and new spelling, as an error with its label", () => {
    expect(findings("增长〔待补:GDP增速〕，投资【待填:投资额】。", "slot.unfilled")).toEqual([
      expect.objectContaining({ severity: "error", line: 3, excerpt: "〔待补：GDP增速〕" }),
      expect.objectContaining({ severity: "error", line: 3, excerpt: "〔待补：投资额〕" }),
    ]);
  });

  it.each(["X书记", "XX县", "××项目", "***企业", "“某某”同志"])(
    "reports the placeholder in %s",
    (body) => {
      expect(findings(`请${body}发言。`, "placeholder")).toEqual([
        expect.objectContaining({ severity: "warning", line: 3 }),
      ]);
    },
  );

  it("leaves Latin words and single × alone", () => {
    expect(findings("推进XBRL报表，面积3×4米。", "placeholder")).toEqual([]);
  });
});
