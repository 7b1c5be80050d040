import { describe, expect, it } from "vitest";
import { unwrapLines } from "./unwrap.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe("unwrapLines", () => {
  it("joins lines broken at a fixed width back into paragraphs", () => {
    const wrapped = lines(
      "一、抓好春耕备耕",
      "今年春耕要早安排、早部署，各村要在本月",
      "底前完成种子和化肥的采购发放，确保不误",
      "农时。",
      "二、抓好农田水利",
      "要对全镇的渠系进行一次全面排查，发现问",
      "题及时整改，确保灌溉用水及时送到田间，",
      "各村要明确一名管水员，负责日常巡查和维",
      "护。",
    );
    expect(unwrapLines(wrapped).map((l) => l.text)).toEqual([
      "一、抓好春耕备耕",
      "今年春耕要早安排、早部署，各村要在本月底前完成种子和化肥的采购发放，确保不误农时。",
      "二、抓好农田水利",
      "要对全镇的渠系进行一次全面排查，发现问题及时整改，确保灌溉用水及时送到田间，各村要明确一名管水员，负责日常巡查和维护。",
    ]);
  });

  it("leaves ordinary paragraph lines alone", () => {
    const text = lines(
      "同志们：",
      "今天召开会议，部署春耕生产工作，请大家认真抓好落实。",
      "一、抓好春耕备耕",
      "春耕要早安排，种子化肥要早采购，确保不误农时，请各村抓紧行动起来",
      "农田水利要早检修。",
    );
    expect(unwrapLines(text)).toEqual(text);
  });
});
