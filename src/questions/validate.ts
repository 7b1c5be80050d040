// Answers validation, derived from the question declarations: one rule per question kind,
// each failure a UserError naming the field in Chinese. Defaults are filled here, so the
// composer only ever sees complete answers.
import { UserError } from "../errors.js";
import {
  DEFAULT_LENGTH_CHARS,
  DEFAULT_RATE,
  LENGTH_MAX_CHARS,
  LENGTH_MIN_CHARS,
  LIST_MAX_ITEMS,
  RATE_MAX,
  RATE_MIN,
  TEXT_MAX_CHARS,
} from "./common.js";
import { DATE_YEARS, readClerkDate } from "../model/index.js";
import type {
  AgendaItem,
  Answers,
  LengthRequest,
  MeetingTypeInfo,
  Question,
  UnitLevel,
} from "./types.js";
import { UNIT_LEVELS } from "./types.js";
import { COMMON_QUESTIONS } from "./common.js";

const COMMON_COUNT = COMMON_QUESTIONS.length;
import { defaultSpeakerTitle, levelFromUnitName, unitWordsOf } from "./unit-words.js";

export interface ValidateOptions {
  /** Today's date (YYYY-MM-DD), the default meeting date; pure code never reads the clock. */
  readonly today: string;
}

/** A refusal naming the question as the clerk saw it (会议日期) and the field id beside it. */
function fail(field: string, message: string, label?: string): never {
  const named = label === undefined ? `字段 ${field}` : `${label}(${field})`;
  throw new UserError(`${named}:${message}`, { field });
}

function textValue(q: Question, raw: unknown): string {
  if (typeof raw === "number") raw = String(raw);
  if (typeof raw !== "string") fail(q.id, `应为文字,例如“${q.placeholder ?? "…"}”`, q.label);
  const value = raw.trim();
  const max = q.maxLength ?? TEXT_MAX_CHARS;
  if ([...value].length > max) fail(q.id, `不超过 ${max} 字,现为 ${[...value].length} 字`, q.label);
  return value;
}

const NAME_SEPARATORS = /[\n,，、;；]+/;
const SENTENCE_SEPARATORS = /[\n;；]+/;

/**
 * A list typed as one text (interview, --set, the web form, a string in a file), split by
 * the question's grammar: names on new lines, 、，；and commas; sentences on new lines and
 * ； only, so 完成投资312亿元，占年度计划的68% stays one item.
 */
export function splitListText(q: Pick<Question, "items">, text: string): string[] {
  const separators = q.items === "sentences" ? SENTENCE_SEPARATORS : NAME_SEPARATORS;
  return text
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** How a list question says it is separated, for prompts and form help. */
export function listSeparatorHelp(q: Pick<Question, "items">): string {
  return q.items === "sentences" ? "每行一项,或用“；”分开" : "每行一项,或用顿号、逗号分开";
}

/** Lists come as arrays in files; a string (from --set or a form) splits by the grammar above. */
function listValue(q: Question, raw: unknown): string[] {
  const items = typeof raw === "string" ? splitListText(q, raw) : raw;
  if (!Array.isArray(items)) fail(q.id, `应为列表,例如 ["${q.placeholder ?? "…"}"]`, q.label);
  const max = q.maxLength ?? TEXT_MAX_CHARS;
  const out: string[] = [];
  items.forEach((item: unknown, index) => {
    if (typeof item !== "string" && typeof item !== "number") {
      fail(`${q.id}[${index}]`, "每一项应为文字", `${q.label}第 ${index + 1} 项`);
    }
    const value = String(item).trim();
    if ([...value].length > max)
      fail(`${q.id}[${index}]`, `每项不超过 ${max} 字`, `${q.label}第 ${index + 1} 项`);
    if (value !== "") out.push(value);
  });
  if (q.choices) {
    const bad = out.find((item) => !q.choices!.includes(item));
    if (bad !== undefined) fail(q.id, `“${bad}”不是可选项;可选:${q.choices.join("、")}`, q.label);
    if (out.includes("无"))
      return out.length === 1 ? [] : fail(q.id, "“无”不能和其他项同选", q.label);
  }
  const maxItems = q.maxItems ?? LIST_MAX_ITEMS;
  if (out.length > maxItems) fail(q.id, `最多 ${maxItems} 项,现有 ${out.length} 项`, q.label);
  return [...new Set(out)];
}

function choiceValue(q: Question, raw: unknown): string {
  const choices = q.choices ?? [];
  if (typeof raw !== "string" || !choices.includes(raw.trim())) {
    fail(q.id, `应为 ${choices.join("、")} 之一`, q.label);
  }
  return raw.trim();
}

const DATE_HELP = "可写 2026-07-15、2026/7/15、2026.7.15、2026年7月15日,或只写 7月15日(今年)";

function dateValue(q: Question, raw: unknown, today: string): string {
  const read = typeof raw === "string" ? readClerkDate(raw, today) : undefined;
  if (read?.ok) return read.iso;
  const why =
    read?.why === "calendar"
      ? `“${String(raw)}”不是日历上的日期(例如没有 2 月 30 日)`
      : read?.why === "range"
        ? `年份应在 ${DATE_YEARS.min}–${DATE_YEARS.max} 年之间`
        : `看不懂“${String(raw)}”;${DATE_HELP}`;
  return fail(q.id, why, q.label);
}

function numberValue(q: Question, raw: unknown): number {
  const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isFinite(value)) fail(q.id, "应为数字", q.label);
  if (q.id === "seed" && !Number.isInteger(value)) fail(q.id, "应为整数", q.label);
  if (q.min !== undefined && value < q.min) fail(q.id, `不小于 ${q.min}`, q.label);
  if (q.max !== undefined && value > q.max) fail(q.id, `不大于 ${q.max}`, q.label);
  return value;
}

const LENGTH_HELP = `篇幅写作 {"chars": 5000} 或 {"minutes": 25}(可加 "rate": 180),字数 ${LENGTH_MIN_CHARS}–${LENGTH_MAX_CHARS}`;

/** {chars}, {minutes, rate?}, a number of 字, or text such as "5000字" / "25分钟". */
export function lengthValue(raw: unknown, field = "length", label?: string): LengthRequest {
  let request: unknown = raw;
  if (typeof raw === "number") request = { chars: raw };
  if (typeof raw === "string") {
    const chars = /^\s*(\d+)\s*字?\s*$/.exec(raw);
    const minutes = /^\s*(\d+(?:\.\d+)?)\s*分钟\s*$/.exec(raw);
    if (chars) request = { chars: Number(chars[1]) };
    else if (minutes) request = { minutes: Number(minutes[1]) };
    else {
      try {
        request = JSON.parse(raw);
      } catch {
        fail(field, LENGTH_HELP, label);
      }
    }
  }
  if (typeof request !== "object" || request === null || Array.isArray(request)) {
    fail(field, LENGTH_HELP, label);
  }
  const record = request as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!["chars", "minutes", "rate"].includes(key))
      fail(`${field}.${key}`, `未知字段;${LENGTH_HELP}`, label);
  }
  const positive = (key: string): number | undefined => {
    const v = record[key];
    if (v === undefined) return undefined;
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0)
      fail(`${field}.${key}`, "应为正数", label);
    return v;
  };
  const chars = positive("chars");
  const minutes = positive("minutes");
  const rate = positive("rate");
  if ((chars === undefined) === (minutes === undefined))
    fail(field, `chars 和 minutes 二选一;${LENGTH_HELP}`, label);
  if (rate !== undefined) {
    if (minutes === undefined) fail(`${field}.rate`, "语速只和 minutes 一起用", label);
    if (rate < RATE_MIN || rate > RATE_MAX)
      fail(`${field}.rate`, `语速应在每分钟 ${RATE_MIN}–${RATE_MAX} 字之间`, label);
  }
  const total = chars ?? Math.round(minutes! * (rate ?? DEFAULT_RATE));
  if (total < LENGTH_MIN_CHARS || total > LENGTH_MAX_CHARS) {
    const asked = chars === undefined ? `${minutes} 分钟约合 ${total} 字` : `${total} 字`;
    fail(field, `篇幅应在 ${LENGTH_MIN_CHARS}–${LENGTH_MAX_CHARS} 字之间(${asked})`, label);
  }
  if (chars !== undefined) return { chars };
  return rate === undefined ? { minutes: minutes! } : { minutes: minutes!, rate };
}

/** The 字数 a length request asks for. */
export function targetChars(length: LengthRequest): number {
  return "chars" in length
    ? length.chars
    : Math.round(length.minutes * (length.rate ?? DEFAULT_RATE));
}

/** One answer checked against its question; undefined when left empty. */
export function answerValue(q: Question, raw: unknown, today: string): unknown {
  if (raw === undefined || raw === null || raw === "") return undefined;
  switch (q.kind) {
    case "text": {
      const v = textValue(q, raw);
      return v === "" ? undefined : v;
    }
    case "list":
      return listValue(q, raw);
    case "choice":
      return choiceValue(q, raw);
    case "date":
      return dateValue(q, raw, today);
    case "number":
      return numberValue(q, raw);
    case "length":
      return lengthValue(raw, q.id, q.label);
    default: {
      const never: never = q.kind;
      throw new Error(`unknown question kind ${String(never)}`);
    }
  }
}

/**
 * Checks raw answers (from a file, flags or a form) against a meeting type's questions and
 * fills every default. Throws a UserError naming the field for an unknown type, an unknown
 * key or a bad value.
 */
export function validateAnswersFor(
  raw: unknown,
  findType: (id: string) => MeetingTypeInfo | undefined,
  typeIds: readonly string[],
  options: ValidateOptions,
): Answers {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new UserError('答案应为一个对象,例如 {"type": "经济工作会议", "unit": "西峰区"}');
  }
  const record = raw as Record<string, unknown>;
  const typeId = typeof record["type"] === "string" ? record["type"].trim() : undefined;
  if (!typeId) fail("type", `会议类型必填,应为会议类型之一:${typeIds.join("、")}`);
  const meetingType = findType(typeId);
  if (!meetingType) fail("type", `没有“${typeId}”这种会议类型;可用:${typeIds.join("、")}`);

  const byId = new Map(meetingType.questions.map((q) => [q.id, q]));
  for (const key of Object.keys(record)) {
    if (!byId.has(key)) {
      fail(key, `未知字段(${meetingType.id}可用的字段:${[...byId.keys()].join("、")})`);
    }
  }
  const values = new Map<string, unknown>();
  for (const q of meetingType.questions) {
    if (q.id === "type") continue; // checked above, against the catalog
    const value = answerValue(q, record[q.id], options.today);
    if (value !== undefined) values.set(q.id, value);
  }
  const str = (id: string): string | undefined => values.get(id) as string | undefined;
  const list = (id: string): string[] => (values.get(id) as string[] | undefined) ?? [];

  const unit = str("unit") ?? "";
  const unitLevel = (str("unitLevel") as UnitLevel | undefined) ?? levelFromUnitName(unit) ?? "区";
  if (!UNIT_LEVELS.includes(unitLevel)) fail("unitLevel", `应为 ${UNIT_LEVELS.join("、")} 之一`);
  const words = unitWordsOf(unitLevel);
  const extra: Record<string, string | number | readonly string[]> = {};
  for (const q of meetingType.questions.slice(COMMON_COUNT)) {
    const value = values.get(q.id) ?? q.default;
    if (typeof value === "string" || typeof value === "number" || Array.isArray(value)) {
      extra[q.id] = value as string | number | readonly string[];
    }
  }
  return {
    type: meetingType.id,
    unit,
    unitLevel,
    speakerTitle: str("speakerTitle") ?? defaultSpeakerTitle(unitLevel, meetingType.speakerRole),
    speakerName: str("speakerName") ?? "",
    meetingName: str("meetingName") ?? `${words.scope}${meetingType.meetingSuffix}`,
    date: str("date") ?? options.today,
    ...(values.has("date") ? {} : { dateMissing: true as const }),
    priorities: list("priorities"),
    achievements: list("achievements"),
    problems: list("problems"),
    length: (values.get("length") as LengthRequest | undefined) ?? { chars: DEFAULT_LENGTH_CHARS },
    seed: (values.get("seed") as number | undefined) ?? 1,
    agenda: (values.get("agenda") as AgendaItem[] | undefined) ?? meetingType.agenda,
    superiorMeeting: str("superiorMeeting") ?? "",
    ...(values.has("otherTopics") ? { otherTopics: str("otherTopics") === "是" } : {}),
    local: {
      projects: list("projects"),
      enterprises: list("enterprises"),
      places: list("places"),
      slogan: str("slogan") ?? "",
      rankings: list("rankings"),
    },
    extra,
  };
}
