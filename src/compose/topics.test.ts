import { describe, expect, it } from "vitest";
import type { TopicInfo } from "./phrasebank.js";
import { matchTopic } from "./topics.js";

const topics: TopicInfo[] = [
  { name: "项目建设", aliases: ["重大项目", "项目", "投资"], file: "a" },
  { name: "招商引资", aliases: ["招商", "引资"], file: "b" },
  { name: "乡村振兴", aliases: ["乡村", "三农"], file: "c" },
];

describe("matching a priority to a work topic", () => {
  it("finds a topic by its name, an alias, or a phrase that contains one", () => {
    expect(matchTopic("项目建设", topics)).toMatchObject({
      kind: "topic",
      topic: { name: "项目建设" },
    });
    expect(matchTopic("招商", topics)).toMatchObject({
      kind: "topic",
      topic: { name: "招商引资" },
    });
    expect(matchTopic("抓好重大项目落地", topics)).toMatchObject({
      kind: "topic",
      topic: { name: "项目建设" },
    });
  });

  it("prefers the longest word that matches", () => {
    expect(matchTopic("乡村振兴和招商引资", topics)).toMatchObject({ kind: "topic" });
    expect(matchTopic("三农工作", topics)).toMatchObject({ topic: { name: "乡村振兴" } });
  });

  it("leaves a priority that matches nothing to the generic measures, keeping its text", () => {
    expect(matchTopic("低空经济", topics)).toEqual({ kind: "generic", priority: "低空经济" });
  });
});
