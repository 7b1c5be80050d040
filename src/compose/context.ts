// Everything a draft's words depend on, worked out once from the answers: the calendar,
// the unit's words, the speaker's role, and the slot values phrases are filled with.
import type { Answers, SpeakerRole, UnitWords } from "../questions/index.js";
import { speakerRoleOf, targetChars, unitWordsOf } from "../questions/index.js";
import { calendarOf, type Calendar } from "./calendar.js";
import type { Catalog, MeetingType } from "./catalog.js";
import { getMeetingType } from "./catalog.js";
import type { DrawContext } from "./draw.js";

export interface DraftContext extends DrawContext {
  readonly answers: Answers;
  readonly meetingType: MeetingType;
  readonly words: UnitWords;
  readonly target: number;
}

export function draftContext(answers: Answers, catalog: Catalog): DraftContext {
  const meetingType = getMeetingType(catalog, answers.type);
  const calendar: Calendar = calendarOf(answers.date);
  return {
    answers,
    meetingType,
    type: meetingType.id,
    calendar,
    role: speakerRoleOf(answers.speakerTitle) satisfies SpeakerRole,
    level: answers.unitLevel,
    words: unitWordsOf(answers.unitLevel),
    target: targetChars(answers.length),
  };
}

/**
 * Slot values for filling phrases. Clerk text (unit, meeting name, title, the type's own
 * answers) comes through `clerk`, which the outline maps to the text itself and the full
 * draft to opaque tokens, so it is never read as structure.
 */
export function slotValues(
  ctx: DraftContext,
  clerk: (value: string, missingLabel: string) => string,
): Record<string, string> {
  const { answers, calendar, words } = ctx;
  const slots: Record<string, string> = {
    unit: clerk(answers.unit, "单位名称"),
    scope: words.scope,
    level: words.level === "乡镇" ? "镇" : words.level,
    party: words.party,
    gov: words.gov,
    partyGov: words.partyGov,
    year: String(calendar.year),
    lastYear: String(calendar.lastYear),
    nextYear: String(calendar.nextYear),
    plan: calendar.plan,
    planYear: calendar.planYear,
    quarterName: calendar.quarterName,
    meetingName: clerk(answers.meetingName, "会议名称"),
    speakerTitle: clerk(answers.speakerTitle, "讲话人职务"),
  };
  for (const [key, value] of Object.entries(answers.extra)) {
    slots[key] = clerk(Array.isArray(value) ? value.join("、") : String(value), key);
  }
  return slots;
}
