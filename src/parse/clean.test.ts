import { describe, expect, it } from "vitest";
import { dropBoilerplate, isBoilerplate, stripUrls } from "./clean.js";

describe("stripUrls", () => {
  it("removes an inline site address with its parentheses and keeps the sentence", () => {
    expect(stripUrls("要把好事办实。(www.example.com)").text).toBe("要把好事办实。");
    expect(stripUrls("要把好事办实。（https://example.cn/a/1.html）下一句。").text).toBe(
      "要把好事办实。下一句。",
    );
  });

  it("does not take decimals or indicator names for addresses", () => {
    expect(stripUrls("PM2.5浓度下降3.2个百分点。").text).toBe("PM2.5浓度下降3.2个百分点。");
  });
});

describe("isBoilerplate", () => {
  it.each([
    ["navigation", "您的位置：首页 ＞ 范文大全 ＞ 讲话稿"],
    ["a download offer", "点击下载本文的Word文档，方便打印"],
    ["a file name", "《在全镇春耕生产会上的讲话.docx》"],
    ["view counts and dates", "发布时间：2025-04-01 阅读：1234"],
    ["a disclaimer", "免责声明：本站内容来自网友投稿，如有侵权请联系删除。"],
    ["a page abstract", "【摘要】：本文围绕春耕生产谈了三点意见……"],
    ["a bare number", "884312"],
    ["a share button", "微信扫一扫"],
    ["a call to follow", "更多精彩范文，请关注本站公众号。"],
    ["related links", "猜你喜欢"],
  ])("drops %s", (_what, line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    ["a body sentence that mentions reading", "要在全镇开展全民阅读活动，营造书香氛围。"],
    ["a title that holds a page word", "在全民阅读推进会上的讲话"],
    ["the salutation", "同志们："],
    ["a short heading", "一、抓好春耕备耕"],
    ["a sentence that mentions attention", "要高度关注汛期安全，做好值班值守。"],
    [
      "a sentence with two page words (举报, 反馈)",
      "要畅通群众举报渠道，认真对待每一条线索，做到件件有处置、有反馈。",
    ],
  ])("keeps %s", (_what, line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("dropBoilerplate", () => {
  it("keeps line numbers of the lines it keeps and reports the ones it drops", () => {
    const { lines, dropped } = dropBoilerplate([
      { text: "首页 > 讲话稿", line: 1 },
      { text: "同志们：", line: 3 },
    ]);
    expect(lines).toEqual([{ text: "同志们：", line: 3 }]);
    expect(dropped.map((l) => l.line)).toEqual([1]);
  });
});
