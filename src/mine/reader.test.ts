import { describe, expect, it } from "vitest";
import { outlineOf, text, type Speech } from "../model/index.js";
import { writeMarkdown, writeTxt } from "../write/index.js";
import { defaultSpeechReader } from "./reader.js";

const speech: Speech = {
  title: [text("在全镇防汛工作会议上的讲话")],
  salutation: "同志们：",
  opening: [{ kind: "paragraph", content: [text("今天召开会议，专题部署今年的防汛工作。")] }],
  announceLine: { kind: "paragraph", content: [text("下面，我讲两点意见。")] },
  partNumbering: "一、",
  parts: [
    {
      heading: [text("认清防汛形势，绷紧安全这根弦")],
      blocks: [{ kind: "paragraph", content: [text("汛期将至，各村要把隐患排查放在前头。")] }],
      subParts: [],
    },
    {
      heading: [text("压实防汛责任，确保安全度汛")],
      blocks: [{ kind: "paragraph", content: [text("各级各部门要把责任落实到每一处险点。")] }],
      subParts: [],
    },
  ],
  closing: [
    { kind: "paragraph", content: [text("同志们，防汛无小事，让我们齐心协力守护好群众平安！")] },
  ],
  meta: {},
};

describe("defaultSpeechReader", () => {
  it("reads a Markdown draft to the same outline as its plain-text twin", () => {
    const fromMarkdown = defaultSpeechReader.text(writeMarkdown(speech), "稿.md", "md");
    const fromText = defaultSpeechReader.text(writeTxt(speech), "稿.txt", "txt");
    expect(fromMarkdown).toHaveLength(1);
    expect(outlineOf(fromMarkdown[0]!)).toEqual(outlineOf(fromText[0]!));
    expect(outlineOf(fromMarkdown[0]!).map((e) => e.text)).toEqual([
      "认清防汛形势，绷紧安全这根弦",
      "压实防汛责任，确保安全度汛",
    ]);
  });
});
