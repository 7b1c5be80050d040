import { describe, expect, it } from "vitest";
import { flattenedSegments } from "./flattened.js";

describe("flattenedSegments", () => {
  it("cuts a line flattened from a PDF at the spaces between its printed lines", () => {
    const printed = [
      "今天召开全镇秋收工作会议，主要任务是安排部署秋",
      "收秋种各项工作。刚才，农办通报了全镇秋粮长势，",
      "我都同意。下面，我讲两点意见。",
      "一、抢抓农时，确保颗粒归仓",
      "10月以来，全镇秋粮陆续成熟，各村要组织好机收",
      "割机械的调度，确保应收尽收、颗粒归仓。",
    ];
    expect(flattenedSegments(printed.join(" "))).toEqual(printed);
  });

  it("keeps an ordinary paragraph with a stray space or two as one line", () => {
    const line =
      "今年以来，全镇上下坚持稳中求进，经济运行总体平稳 ，主要指标好于预期。规上工业增加值增长 8.2%，固定资产投资增长 6.5%，社会消费品零售总额稳步回升，为完成全年目标任务打下了坚实基础，下一步要继续鼓足干劲。";
    expect(flattenedSegments(line)).toEqual([line]);
  });

  it("does not cut a number off the words it counts", () => {
    const line = Array.from(
      { length: 6 },
      (_, i) => `第${i + 1}季度优良天数为 ${300 + i} 天，全年目标已经完成大半`,
    ).join(" ");
    const segments = flattenedSegments(line);
    expect(segments).toHaveLength(6);
    expect(segments[0]).toBe("第1季度优良天数为 300 天，全年目标已经完成大半");
  });
});
