import { describe, expect, it } from "vitest";
import { announceText, inlineText, outlineOf, slotsOf, type Speech } from "../model/index.js";
import { parseText } from "./index.js";

// A short speech in our own words, typed with ASCII punctuation as web copies often are.
const ASCII_SPEECH = `首页 > 讲话稿 > 农业农村
在全镇春耕生产动员会上的讲话
镇党委书记 王五
(2026年3月2日)
同志们:
今天召开这次会议,主要是部署今年的春耕生产。刚才,几位同志作了发言,我都同意。下面,我讲两点意见。
一、认清形势,把春耕摆在突出位置
去年全镇粮食总产稳中有增,主要体现在三个方面:一是面积稳。播种面积没有减少。二是单产高。良种覆盖率继续提升。三是效益好。种粮收入有所增加。
二、突出重点,抓好春耕各项工作
(一)抓好农资供应
一要保证种子供应。农资站要提前备货。
二要保证化肥供应。严禁囤积居奇。
(二)抓好农田水利,加快补齐灌溉短板目前,全镇还有部分旱地缺少配套渠系,要在四月前完成整修。(三)抓好技术服务。农技人员要包村到户。
同志们,春耕不等人。让我们撸起袖子加油干,确保夺取全年丰收!
免责声明:本文来自网络,如有侵权请联系删除。
(www.example.com)`;

function only(text: string): Speech {
  const { speeches } = parseText(text);
  expect(speeches).toHaveLength(1);
  return speeches[0] as Speech;
}

const outlineTexts = (speech: Speech) => outlineOf(speech).map((e) => `${e.level} ${e.text}`);

describe("parseText", () => {
  it("reads title, speaker, date, salutation, announce line and closing", () => {
    const speech = only(ASCII_SPEECH);
    expect(inlineText(speech.title)).toBe("在全镇春耕生产动员会上的讲话");
    expect(speech.speaker).toBe("镇党委书记 王五");
    expect(speech.date).toBe("2026年3月2日");
    expect(speech.salutation).toBe("同志们：");
    expect(announceText(speech) ?? "").toBe("下面，我讲两点意见。");
    expect(
      speech.opening.map((b) => (b.kind === "paragraph" ? inlineText(b.content) : "")),
    ).toEqual(["今天召开这次会议，主要是部署今年的春耕生产。刚才，几位同志作了发言，我都同意。"]);
    const closing = speech.closing.map((b) =>
      b.kind === "paragraph" ? inlineText(b.content) : "",
    );
    expect(closing).toEqual(["同志们，春耕不等人。让我们撸起袖子加油干，确保夺取全年丰收！"]);
  });

  it("reads every heading level, including run-on and mid-line headings", () => {
    expect(outlineTexts(only(ASCII_SPEECH))).toEqual([
      "1 认清形势，把春耕摆在突出位置",
      "3 面积稳。",
      "3 单产高。",
      "3 效益好。",
      "1 突出重点，抓好春耕各项工作",
      "2 抓好农资供应",
      "3 保证种子供应。",
      "3 保证化肥供应。",
      "2 抓好农田水利，加快补齐灌溉短板",
      "2 抓好技术服务",
    ]);
  });

  it("gives the same speech for ASCII and full-width punctuation", () => {
    const wide = ASCII_SPEECH.replace(/,/g, "，")
      .replace(/:/g, "：")
      .replace(/\(/g, "（")
      .replace(/\)/g, "）")
      .replace(/!/g, "！");
    expect(outlineTexts(only(wide))).toEqual(outlineTexts(only(ASCII_SPEECH)));
  });

  it("drops navigation, disclaimers and inline addresses", () => {
    const all = JSON.stringify(only(ASCII_SPEECH));
    expect(all).not.toContain("首页");
    expect(all).not.toContain("免责声明");
    expect(all).not.toContain("example");
  });

  it("records the source line of headings and paragraphs", () => {
    const speech = only(ASCII_SPEECH);
    expect(speech.parts[0]?.source?.line).toBe(7);
    expect(speech.parts[1]?.subParts[1]?.source?.line).toBe(13);
    expect(speech.parts[1]?.subParts[2]?.source?.line).toBe(13);
  });

  it("cuts a part heading that runs straight into its first sub-heading", () => {
    const speech = only(
      "同志们：\n一、看形势\n形势总体平稳。\n二、抓重点，确保完成二季度任务（一）紧盯项目建设今年以来，项目开工偏慢，要倒排工期。（二）盯招商。\n要跟进在谈项目。",
    );
    expect(outlineTexts(speech)).toEqual([
      "1 看形势",
      "1 抓重点，确保完成二季度任务",
      "2 紧盯项目建设",
      "2 盯招商",
    ]);
  });

  it("starts the closing after the last item, not at an address between items", () => {
    const speech = only(
      "同志们：\n一、抓落实\n一要明确责任。责任到人。\n同志们，落实要靠大家。\n二要加强督查。每月一查。\n同志们，让我们一起努力！",
    );
    expect(outlineTexts(speech)).toEqual(["1 抓落实", "3 明确责任。", "3 加强督查。"]);
    expect(speech.closing).toHaveLength(1);
  });

  it.each([
    [
      "我从三个方面提一些要求，大家回去后要认真研究落实。",
      "我从三个方面提一些要求，大家回去后要认真研究落实。",
    ],
    [
      "借此机会，就下一步怎么干，我和大家交流两点想法。",
      "借此机会，就下一步怎么干，我和大家交流两点想法。",
    ],
    ["就做好下一阶段工作，我提两点希望和要求：", "就做好下一阶段工作，我提两点希望和要求："],
    ["会前我听取了一些同志的意见。下面，我讲两点。", "下面，我讲两点。"],
  ])("reads the announce line in its other spellings: %s", (text, announce) => {
    const speech = only(
      `同志们：\n今天开会部署工作。${text}\n一、查隐患\n要排查。\n二、强值守\n要值班。`,
    );
    expect(announceText(speech) ?? "").toBe(announce);
  });

  it("does not take a closing remark of the opening for the announce line", () => {
    const speech = only(
      "同志们：\n今天开会部署工作。现在距离汛期只有一个月了。\n一、查隐患\n要排查。\n二、强值守\n要值班。",
    );
    expect(speech.announceLine).toBeUndefined();
  });

  it("reads 第一个问题 parts", () => {
    const speech = only(
      "同志们：\n下面讲两个问题。\n第一个问题，为什么要开展这项行动？\n因为群众有期盼。\n第二个问题，怎样开展这项行动？\n（一）要抓统筹\n统筹好各方力量。",
    );
    expect(speech.partNumbering).toBe("第一个问题");
    expect(outlineTexts(speech)).toEqual([
      "1 为什么要开展这项行动？",
      "1 怎样开展这项行动？",
      "2 要抓统筹",
    ]);
  });

  it("reads several speeches from one file", () => {
    const one =
      "在春耕会上的讲话\n同志们：\n一、抓早\n要早安排。\n二、抓实\n要抓落实。\n同志们，让我们加油干！";
    const two = "在防汛会上的讲话\n同志们：\n一、查隐患\n要逐一排查。\n二、强值守\n要全天值班。";
    const { speeches } = parseText(`${one}\n${two}`);
    expect(speeches.map((s) => inlineText(s.title))).toEqual([
      "在春耕会上的讲话",
      "在防汛会上的讲话",
    ]);
    expect(speeches.map((s) => s.parts.length)).toEqual([2, 2]);
  });

  it("still reads the outline of a fragment that starts mid-speech", () => {
    const { speeches, diagnostics } = parseText(
      "第四，这是发展的需要。发展要靠项目。\n三、怎样抓项目\n（一）盯住签约\n签约项目要尽快落地。",
    );
    const speech = speeches[0] as Speech;
    expect(outlineTexts(speech)).toEqual(["3 这是发展的需要。", "1 怎样抓项目", "2 盯住签约"]);
    expect(diagnostics.some((d) => d.severity === "warning")).toBe(true);
  });

  it("warns about headings numbered out of sequence", () => {
    const { diagnostics } = parseText("同志们：\n一、抓早\n要早。\n三、抓实\n要实。");
    expect(diagnostics.filter((d) => d.severity === "warning").map((d) => d.line)).toEqual([4]);
  });

  it("reads a short address without headings when its title says it is a speech", () => {
    const { speeches } = parseText(
      "在新春团拜会上的致辞\n新春将至，向大家致以问候。\n祝大家新年快乐！",
    );
    expect(speeches).toHaveLength(1);
  });

  it("turns slot markers into slots", () => {
    const speech = only(
      "同志们：\n一、看成绩\n全年增长〔待补:增速〕，好于预期。\n二、讲措施\n要完成【待填：目标】任务。",
    );
    expect(slotsOf(speech)).toEqual(["增速", "目标"]);
  });

  it("finds no speech in text that has none", () => {
    const { speeches, diagnostics } = parseText("这是一张购物清单。苹果三斤，白菜两棵。");
    expect(speeches).toEqual([]);
    expect(diagnostics[0]?.severity).toBe("error");
  });
});
