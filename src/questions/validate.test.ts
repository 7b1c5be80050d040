import { describe, expect, it } from "vitest";
import { UserError } from "../errors.js";
import { COMMON_QUESTIONS } from "./common.js";
import type { MeetingTypeInfo } from "./types.js";
import { targetChars, validateAnswersFor } from "./validate.js";

const TYPE: MeetingTypeInfo = {
  id: "经济工作会议",
  description: "",
  questions: COMMON_QUESTIONS,
  speakerRole: "党委",
  meetingSuffix: "经济工作会议",
  agenda: [],
  otherTopics: true,
};
const validate = (raw: unknown) =>
  validateAnswersFor(raw, (id) => (id === TYPE.id ? TYPE : undefined), [TYPE.id], {
    today: "2026-03-01",
  });

function fieldOf(raw: unknown): string | undefined {
  try {
    validate(raw);
  } catch (error) {
    if (error instanceof UserError) return error.field;
    throw error;
  }
  return undefined;
}

describe("answers validation", () => {
  it("fills every default when only the type is given", () => {
    expect(validate({ type: "经济工作会议" })).toEqual({
      type: "经济工作会议",
      unit: "",
      unitLevel: "区",
      speakerTitle: "区委书记",
      speakerName: "",
      meetingName: "全区经济工作会议",
      date: "2026-03-01",
      dateMissing: true,
      priorities: [],
      achievements: [],
      problems: [],
      length: { chars: 5000 },
      seed: 1,
      agenda: [],
      superiorMeeting: "",
      local: { projects: [], enterprises: [], places: [], slogan: "", rankings: [] },
      extra: {},
    });
  });

  it("reads the level from the unit and names the meeting after it", () => {
    expect(validate({ type: "经济工作会议", unit: "庆城县" })).toMatchObject({
      unitLevel: "县",
      speakerTitle: "县委书记",
      meetingName: "全县经济工作会议",
    });
  });

  it("rejects unknown keys, unknown types and bad values, naming the field", () => {
    expect(fieldOf({ type: "经济工作会议", colour: "红" })).toBe("colour");
    expect(fieldOf({ type: "茶话会" })).toBe("type");
    expect(fieldOf({})).toBe("type");
    expect(fieldOf({ type: "经济工作会议", date: "2026-02-30" })).toBe("date");
    expect(fieldOf({ type: "经济工作会议", unitLevel: "村" })).toBe("unitLevel");
    expect(fieldOf({ type: "经济工作会议", length: { chars: 800 } })).toBe("length");
    expect(fieldOf({ type: "经济工作会议", length: { minutes: 25, rate: 300 } })).toBe(
      "length.rate",
    );
    expect(fieldOf({ type: "经济工作会议", unit: "区".repeat(41) })).toBe("unit");
    expect(fieldOf({ type: "经济工作会议", achievements: ["好".repeat(201)] })).toBe(
      "achievements[0]",
    );
    expect(fieldOf({ type: "经济工作会议", seed: 1.5 })).toBe("seed");
  });

  it("says what is wrong in Chinese, naming the question as the clerk saw it", () => {
    expect(() => validate({ type: "经济工作会议", date: "23/02/2026" })).toThrow(
      /^会议日期\(date\):看不懂“23\/02\/2026”;可写 2026-07-15/,
    );
    expect(() => validate({ type: "经济工作会议", date: "2026-02-30" })).toThrow(
      "会议日期(date):“2026-02-30”不是日历上的日期",
    );
    expect(() => validate({ type: "经济工作会议", date: "2500-01-01" })).toThrow(
      "会议日期(date):年份应在 2000–2099 年之间",
    );
  });

  it.each([
    ["2026-07-15", "2026-07-15"],
    ["2026-7-15", "2026-07-15"],
    ["2026/7/15", "2026-07-15"],
    ["2026.7.15", "2026-07-15"],
    ["2026年7月15日", "2026-07-15"],
    ["２０２６年７月１５日", "2026-07-15"],
    ["7月15日", "2026-07-15"],
  ])("reads the date %s as clerks write it", (typed, iso) => {
    const answers = validate({ type: "经济工作会议", date: typed });
    expect(answers.date).toBe(iso);
    expect(answers.dateMissing).toBeUndefined();
  });

  it("turns speaking minutes into 字 at the reading rate", () => {
    expect(targetChars(validate({ type: "经济工作会议", length: { minutes: 25 } }).length)).toBe(
      4500,
    );
    expect(targetChars(validate({ type: "经济工作会议", length: "30分钟" }).length)).toBe(5400);
    expect(
      targetChars(validate({ type: "经济工作会议", length: { minutes: 20, rate: 150 } }).length),
    ).toBe(3000);
  });

  it("keeps a typed achievement with its own commas whole, splitting sentences on ； only", () => {
    const answers = validate({
      type: "经济工作会议",
      achievements: "完成投资312亿元，占年度计划的68%；新开工项目46个",
      problems: "财政收支矛盾突出\n民间投资意愿不强，增速回落",
    });
    expect(answers.achievements).toEqual(["完成投资312亿元，占年度计划的68%", "新开工项目46个"]);
    expect(answers.problems).toEqual(["财政收支矛盾突出", "民间投资意愿不强，增速回落"]);
  });

  it("splits a list typed as one line", () => {
    expect(
      validate({ type: "经济工作会议", priorities: "项目建设, 招商引资、乡村振兴" }).priorities,
    ).toEqual(["项目建设", "招商引资", "乡村振兴"]);
  });
});
