import { describe, expect, it } from "vitest";
import { text, type Speech } from "../model/index.js";
import { classifyMeetingType, meetingTypeFromBody, meetingTypeFromTitle } from "./meeting-type.js";

const speech = (title: string, opening = ""): Speech => ({
  title: [text(title)],
  opening: opening === "" ? [] : [{ kind: "paragraph", content: [text(opening)] }],
  partNumbering: "一、",
  parts: [],
  closing: [],
  meta: {},
});

describe("classifyMeetingType", () => {
  it.each([
    ["2021全区经济工作会议讲话", "经济工作会议"],
    ["在县政府2021年第一次全体会议上的讲话", "政府全体会议"],
    ["市委书记在2022年全市三季度经济运行分析暨重大项目建设推进会上的讲话", "经济运行分析会"],
    ["在全区2021年经济运行分析会上的讲话", "经济运行分析会"],
    ["在X区2024年打擂台行动动员部署大会上的讲话", "专项行动动员部署大会"],
    ["在全县安全生产工作会议上的讲话", "安全生产工作会议"],
    ["在全市优化营商环境大会上的讲话", "优化营商环境大会"],
    ["在全镇防汛工作会议上的讲话", "防汛工作会议"],
  ])("reads 「%s」 as %s", (title, type) => {
    expect(classifyMeetingType(speech(title))).toBe(type);
  });

  it("names the type mentioned first when a title joins two meetings", () => {
    expect(meetingTypeFromTitle("重大项目建设推进会暨经济运行分析会")).toBe("重大项目建设推进会");
  });

  it("falls back to the body when there is no title", () => {
    const body =
      "上半年全区经济稳中有进。下半年任务更重。半年已过，全年目标能否完成，关键看下半年。";
    expect(classifyMeetingType(speech("", body))).toBe("半年工作会议");
  });

  it("names no type when neither title nor body is clear", () => {
    expect(classifyMeetingType(speech("讲话", "今天我们开个会。"))).toBeUndefined();
    expect(meetingTypeFromBody("防汛")).toBeUndefined();
  });
});
