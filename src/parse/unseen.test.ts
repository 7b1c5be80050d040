// The kinds of text the parser met on real pages it had never seen (issue: "the parser reads
// real speeches it has never seen"), each written anew in our own words: headings glued to
// their body, headings after an announce colon, a preview list in the announce line, points
// with no level-1 heading, page chunks of document sites and text flattened from a PDF.
import { describe, expect, it } from "vitest";
import { announceText, inlineText, type Speech } from "../model/index.js";
import { parseText } from "./index.js";
import { documentOutline } from "./score.js";

function only(text: string): Speech {
  const { speeches } = parseText(text);
  expect(speeches).toHaveLength(1);
  return speeches[0] as Speech;
}

const headings = (text: string): string[] =>
  documentOutline(only(text)).map((entry) => `${entry.level} ${entry.text}`);

describe("headings glued to their body", () => {
  it("ends a three-clause heading where a time word opens the body", () => {
    expect(
      headings(
        "同志们：\n今天开会，部署秋冬种工作。下面，我讲两点意见。\n一、压实责任，细化分工，全力抓好秋冬种生产今年以来，全镇农业生产总体平稳，秋粮收获已近尾声。\n二、强化保障，确保农资供应充足。",
      ),
    ).toEqual(["1 压实责任，细化分工，全力抓好秋冬种生产", "1 强化保障，确保农资供应充足"]);
  });

  it("ends a heading where 一年来 opens the body", () => {
    expect(
      headings(
        "同志们：\n下面，我讲两点意见。\n一、回顾工作，坚定做好河湖管护的信心和决心一年来，全县河湖面貌持续向好，群众满意度逐年提高。\n二、突出重点，抓好河湖长制各项任务。",
      )[0],
    ).toBe("1 回顾工作，坚定做好河湖管护的信心和决心");
  });

  it("keeps a quoted slogan inside the heading, and cuts before a quoted term opening the body", () => {
    expect(
      headings(
        "同志们：\n下面，我讲两点意见。\n一、深入实施“强县工程”，推动县域经济在新的起点上实现更高质量的跨越发展。各乡镇要对标任务。\n二、统筹推进，确保按期完成年度各项目标任务“百日攻坚”已经全面展开，各部门要拿出硬招实招，确保进度。",
      ),
    ).toEqual([
      "1 深入实施“强县工程”，推动县域经济在新的起点上实现更高质量的跨越发展",
      "1 统筹推进，确保按期完成年度各项目标任务",
    ]);
  });
});

describe("headings and points inside the announce paragraph", () => {
  it("finds 一、 right after an announce line's colon, glued to its body", () => {
    const text =
      "同志们：今天召开会议，分析三季度经济运行情况。刚才，几个部门作了汇报。下面，我再讲两点意见：一、正视差距，增强紧迫感今年以来，全区经济运行总体平稳，可以概括为两句话：一是稳中有进。主要指标保持增长。二是进中有忧。工业投资增速回落。\n二、盯紧目标，全力冲刺四季度。";
    const speech = only(text);
    expect(announceText(speech)).toBe("下面，我再讲两点意见：");
    expect(headings(text)).toEqual([
      "1 正视差距，增强紧迫感",
      "3 稳中有进。",
      "3 进中有忧。",
      "1 盯紧目标，全力冲刺四季度",
    ]);
  });

  it("finds 一、 and its glued （一） inside the announce paragraph", () => {
    expect(
      headings(
        "同志们：今天开会。下面，我着重讲两个问题：一、关于当前形势（一）成绩来之不易。今年全县经济增长较快。（二）困难不容低估。投资增速回落。\n二、关于下步工作\n要抓好项目。",
      ),
    ).toEqual(["1 关于当前形势", "2 成绩来之不易", "2 困难不容低估", "1 关于下步工作"]);
  });

  it("reads the announce line's own preview as the leads it promises", () => {
    const text =
      "同志们：\n刚才，两位同志作了发言，讲得很好。结合近期调研，我再讲三点意见，概括起来是三句话：一是稳住基本盘。二是打好主动仗。三是守住安全线。\n一、稳住基本盘，抓好粮食生产\n粮食生产是头等大事。";
    const speech = only(text);
    expect(announceText(speech)).toBe("结合近期调研，我再讲三点意见，概括起来是三句话：");
    expect(headings(text)).toEqual([
      "3 稳住基本盘。",
      "3 打好主动仗。",
      "3 守住安全线。",
      "1 稳住基本盘，抓好粮食生产",
    ]);
  });

  it("does not take 一是 inside an ordinary sentence for a preview", () => {
    const text =
      "同志们：\n今天开会，主要任务有两个：一是通报全年工作，说明各乡镇完成情况和下一步安排。二是部署冬季防火工作，明确责任。下面，我讲两点意见。\n一、认清形势\n今冬干旱少雨。\n二、压实责任\n层层签订责任书。";
    expect(headings(text)).toEqual(["1 认清形势", "1 压实责任"]);
  });
});

describe("points without any level-1 heading", () => {
  it("reads 一要… on the lines after the announce line as the points", () => {
    const text =
      "同志们：\n今天我们在这里现场观摩，目的是比一比、看一看。下面，我简要讲几点意见。\n一要以更实的举措抓招商。招商是项目的源头，要盯住龙头企业。\n二要以更快的节奏抓开工。签约项目要尽快落地。\n同志们，时间不等人，让我们抓紧行动起来！";
    const speech = only(text);
    expect(announceText(speech)).toBe("下面，我简要讲几点意见。");
    expect(headings(text)).toEqual(["3 以更实的举措抓招商。", "3 以更快的节奏抓开工。"]);
    expect(
      inlineText(speech.closing[0]?.kind === "paragraph" ? speech.closing[0].content : []),
    ).toMatch(/^同志们/);
  });

  it("reads a speech with no salutation and only 第一， leads, on one line with its title", () => {
    const text =
      "在全镇森林防火工作会议上的讲话今天召开这个会，就是部署今冬明春的森林防火工作。刚才，各村作了表态，我都同意。下面，我讲几点意见。第一，绷紧防火这根弦，切实增强做好森林防火工作的责任感。入冬以来降水偏少，火险等级居高不下。";
    const speech = only(text);
    expect(inlineText(speech.title)).toBe("在全镇森林防火工作会议上的讲话");
    expect(headings(text)).toEqual(["3 绷紧防火这根弦，切实增强做好森林防火工作的责任感。"]);
  });

  it("still refuses prose that merely says 第一 somewhere", () => {
    const { speeches } = parseText("今年全县粮食产量位列全市第一，各项工作走在前列。");
    expect(speeches).toHaveLength(0);
  });
});

describe("page chunks and flattened text", () => {
  it("joins a document site's numbered page chunks and finds the speech inside", () => {
    const opening =
      "县长在全县秋冬季大气污染防治工作会议上的讲话同志们：这次会议的主要任务是，部署今冬明春大气污染防治工作，确保完成全年空气质量目标。刚才，生态环境局通报了前三季度全县空气质量情况，几个乡镇作了表态发言，讲得都很好。下面，我讲两点意见：一、认清形势，增强做好秋冬季治理的紧迫感前三季度，全县优良天数比例比去年同期";
    const text = `资源描述\n1、${opening}\n2、有所下降，细颗粒物浓度不降反升，形势不容乐观。\n3、二、突出重点，打好秋冬季攻坚战。`;
    const speech = only(text);
    expect(inlineText(speech.title)).toBe("县长在全县秋冬季大气污染防治工作会议上的讲话");
    expect(headings(text)).toEqual([
      "1 认清形势，增强做好秋冬季治理的紧迫感",
      "1 突出重点，打好秋冬季攻坚战",
    ]);
  });

  it("keeps 1、2、 items that end their sentences as items", () => {
    const text =
      "同志们：\n下面，我讲一点意见。\n一、抓好冬季安全\n1、抓好道路交通安全，严查酒驾醉驾，确保节日期间道路交通安全形势平稳有序，不发生重特大事故。\n2、抓好消防安全，重点检查人员密集场所。";
    expect(headings(text)).toEqual([
      "1 抓好冬季安全",
      "3 抓好道路交通安全，严查酒驾醉驾，确保节日期间道路交通安全形势平稳有序，不发生重特大事故。",
      "3 抓好消防安全，重点检查人员密集场所。",
    ]);
  });

  it("cuts a PDF-flattened line back into its printed lines and joins each paragraph", () => {
    const printed = [
      "在全县防汛工作会议上的讲话",
      "同志们：",
      "今天召开全县防汛工作会议，主要任务是分析今年汛期形",
      "势，安排部署防汛备汛各项工作。刚才，水务局通报了汛",
      "前检查情况，我都同意。下面，我讲两点意见。",
      "一、克服麻痹思想，切实增强做好防汛工作的责任感",
      "和紧迫感",
      "5月以来，全县降雨量较常年同期偏多三成，部分河道水位",
      "持续偏高，防汛形势不容乐观，各乡镇要高度重视，不能有",
      "丝毫侥幸心理。",
      "二、突出重点，抓好防汛各项措施落实",
      "各乡镇要对辖区内的塘坝水库逐一排查，发现隐患立即整",
      "改，确保安全度汛。",
    ];
    const text = printed.join(" ");
    expect(headings(text)).toEqual([
      "1 克服麻痹思想，切实增强做好防汛工作的责任感和紧迫感",
      "1 突出重点，抓好防汛各项措施落实",
    ]);
  });
});
