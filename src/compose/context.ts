// Everything a draft's words depend on, worked out once from the answers: the calendar,
// the unit's words, the speaker's role, the slot values, and the clerk's local material.
import { calendarOf, inlineText, slot, text, type Calendar, type Inline } from "../model/index.js";
import type { Answers, SpeakerRole, UnitWords } from "../questions/index.js";
import { speakerRoleOf, targetChars, unitWordsOf } from "../questions/index.js";
import type { Bank, FitContext } from "./bank/index.js";
import type { Catalog, MeetingType } from "./catalog.js";
import { getMeetingType } from "./catalog.js";
import { localValuesOf, type LocalValues } from "./local.js";

export interface DraftContext extends FitContext {
  readonly answers: Answers;
  readonly meetingType: MeetingType;
  readonly words: UnitWords;
  readonly target: number;
  /** Values of the bank's common slots ({{scope}} …) as text, for headings and leads. */
  readonly slots: Readonly<Record<string, string>>;
  /** The same values as runs for the full text: clerk text a text run, a missing answer a slot. */
  readonly values: Readonly<Record<string, readonly Inline[]>>;
  readonly local: LocalValues;
  readonly bank: Bank;
}

/** The period a meeting looks back on: a meeting in April reviews the first quarter. */
export function periodOf(month: number): string {
  if (month <= 3) return "去年";
  if (month <= 6) return "一季度";
  if (month <= 9) return "上半年";
  return "前三季度";
}

/** A clerk's answer as a text run, or a slot where it was left empty: never a made-up value. */
const answer = (value: string, label: string): Inline => (value ? text(value) : slot(label));

/** Every common slot's value as one run. */
export function slotRuns(
  answers: Answers,
  calendar: Calendar,
  words: UnitWords,
): Record<string, Inline> {
  const ours = (value: string): Inline => text(value);
  return {
    unit: answer(answers.unit, "单位名称"),
    scope: ours(words.scope),
    level: ours(words.level === "乡镇" ? "镇" : words.level),
    sub: ours(words.sub),
    party: ours(words.party),
    gov: ours(words.gov),
    partyGov: ours(words.partyGov),
    year: ours(String(calendar.year)),
    lastYear: ours(String(calendar.lastYear)),
    nextYear: ours(String(calendar.nextYear)),
    plan: ours(calendar.plan),
    planYear: ours(calendar.planYear),
    quarterName: ours(calendar.quarterName),
    period: ours(periodOf(calendar.month)),
    meetingName: answer(answers.meetingName, "会议名称"),
    speakerTitle: answer(answers.speakerTitle, "讲话人职务"),
    slogan: answer(answers.local.slogan, "本地提法"),
    superiorMeeting: answer(answers.superiorMeeting, "上级会议名称"),
  };
}

export function draftContext(answers: Answers, catalog: Catalog): DraftContext {
  const meetingType = getMeetingType(catalog, answers.type);
  const calendar = calendarOf(answers.date);
  const words = unitWordsOf(answers.unitLevel);
  const runs = slotRuns(answers, calendar, words);
  return {
    answers,
    meetingType,
    type: meetingType.id,
    calendar,
    role: speakerRoleOf(answers.speakerTitle) satisfies SpeakerRole,
    level: answers.unitLevel,
    words,
    target: targetChars(answers.length),
    slots: Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, inlineText([r])])),
    values: Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, [r]])),
    local: localValuesOf(answers),
    bank: catalog.bank,
  };
}
