import { describe, expect, it } from "vitest";
import { calendarOf } from "./calendar.js";
import { createDrawer, entryFits, type DrawContext } from "./draw.js";
import { readPhraseFile } from "./phrasebank.js";
import { seededRandom } from "./random.js";

const ctx = (date: string, role: "党委" | "政府" = "党委"): DrawContext => ({
  type: "经济工作会议",
  calendar: calendarOf(date),
  role,
  level: "区",
});

const bank = readPhraseFile(
  "t.yaml",
  `categories:
  timenode:
    - text: 一季度是全年的开局，各项工作都要抢在前面，确保实现开门红，为全年打下好基础。
      tags: { quarters: [1] }
    - text: 上半年即将过去，各项指标都要对照序时进度查漏补缺，确保实现双过半的目标。
      tags: { quarters: [2] }
  closing.task:
    - text: 会后各单位要把今天部署的任务分解到岗到人，明确时间节点，一项一项抓好落实。
    - text: 各乡镇各部门要把会议精神原原本本传达下去，结合实际制定具体措施，尽快行动起来。
      tags: { role: 政府 }
`,
);
const entries = bank.entries;
const byCategory = new Map<string, typeof entries>();
for (const e of entries) byCategory.set(e.category, [...(byCategory.get(e.category) ?? []), e]);

describe("drawing from the phrase bank", () => {
  it("only draws entries whose tags fit the meeting date and speaker", () => {
    expect(bank.problems).toEqual([]);
    const [q1, q2] = entries;
    expect(entryFits(q1!, ctx("2026-02-23"))).toBe(true);
    expect(entryFits(q2!, ctx("2026-02-23"))).toBe(false);
    expect(entryFits(q2!, ctx("2026-05-20"))).toBe(true);
    expect(entryFits(entries[3]!, ctx("2026-05-20", "党委"))).toBe(false);
    expect(entryFits(entries[3]!, ctx("2026-05-20", "政府"))).toBe(true);
  });

  it("never draws an entry twice in one draft", () => {
    const drawer = createDrawer(
      { entries, problems: [], byCategory, topics: [] },
      ctx("2026-05-20", "政府"),
      seededRandom(1),
      {},
    );
    const drawn = [drawer.draw("closing.task")?.text, drawer.draw("closing.task")?.text];
    expect(new Set(drawn).size).toBe(2);
    expect(drawer.draw("closing.task")).toBeUndefined();
  });
});
