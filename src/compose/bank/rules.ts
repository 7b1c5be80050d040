// The rules every bank entry follows (phrasebank/README.md), as pure functions that list
// what an entry breaks. The loader leaves a breaking entry out and reports it, so one bad
// edit by a clerk costs a warning, not a draft; the tests hold our own bank to zero.
import { countWordChars } from "../../model/index.js";
import { AGENDA_ITEMS } from "../../questions/index.js";
import { FAMILIES } from "./schema.js";
import { PLAIN_SLOT } from "./fill.js";

/** Slots every entry may use. */
export const COMMON_SLOTS = [
  "unit",
  "scope",
  "level",
  "sub",
  "party",
  "gov",
  "partyGov",
  "year",
  "lastYear",
  "nextYear",
  "plan",
  "planYear",
  "quarterName",
  "period",
  "slogan",
] as const;

/** Local material a point may name (the clerk's projects, enterprises, places). */
export const LOCAL_SLOTS = ["project", "enterprise", "park", "town", "scenic", "village"] as const;

export type EntryKind = "lead" | "wording" | "heading" | "frame";

/** Slots an entry of this kind (and frame category) may use. */
export function allowedSlots(kind: EntryKind, category = ""): ReadonlySet<string> {
  const slots = new Set<string>(COMMON_SLOTS);
  if (kind === "wording") for (const s of LOCAL_SLOTS) slots.add(s);
  if (kind === "heading") slots.add("priority");
  if (kind === "frame") {
    slots.add("meetingName");
    slots.add("speakerTitle");
    if (category === "opening.superior") slots.add("superiorMeeting");
    if (category === "opening.agenda.表彰") slots.add("honorees");
    if (category === "announce") slots.add("count");
    if (category === "measures.unknown") slots.add("priority");
  }
  return slots;
}

const HALF_WIDTH_PUNCTUATION = /[,;:?!()"'<>[\]]/;
const NUMBERING_MARKER =
  /^(?:[一二三四五六七八九十]+[、是要]|第[一二三四五六七八九十]+[，、个]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;
const FACT_SLOT = /〔待补：[^〕]+〕/g;

/**
 * Words for things that exist only at some levels: an entry using one must say at which
 * (`levels` on the wording, the point or the sub-topic). A 镇 has no 融资平台; a 区 no 县城.
 */
export const LEVEL_BOUND_WORDS = [
  "融资平台",
  "科研院所",
  "高校",
  "高等院校",
  "地铁",
  "轨道交通",
  "下穿通道",
  "地下车库",
  "开发区",
  "高新区",
  "上市",
  "国有企业",
  "国企",
  "县区",
  "市直",
  "县直",
  "县城",
  "乡镇",
  "街道",
] as const;
const LEVEL_BOUND = new RegExp(LEVEL_BOUND_WORDS.join("|"));

/** Connectives that lean on the move before: that move must always be there. */
export const LOOKS_BACK =
  /^(?:为此|对此|针对这些|针对这个|针对上述|所以|因此|这固然|这些|这就|这是|这种|由此)/;

/** Roles that can close an item's body. */
export const CLOSING_ROLES = new Set([
  "标准",
  "责任",
  "警示",
  "要求",
  "叮嘱",
  "收尾",
  "期望",
  "督办",
  "转变",
  "点睛",
  "举措",
  "兑现",
]);

/** The level-bound word a text uses, if any. */
export function levelBoundWord(text: string): string | undefined {
  return LEVEL_BOUND.exec(text.replace(PLAIN_SLOT, ""))?.[0];
}

export function factSlotCount(text: string): number {
  return text.match(FACT_SLOT)?.length ?? 0;
}

/** 字数 with each slot counted at a typical length. */
export function estimatedChars(text: string): number {
  return countWordChars(text.replace(PLAIN_SLOT, "某某某").replace(FACT_SLOT, ""));
}

/** Problems every kind of entry shares: slots, punctuation, blanks. */
function commonProblems(kind: EntryKind, text: string, category?: string): string[] {
  const problems: string[] = [];
  const allowed = allowedSlots(kind, category);
  for (const m of text.matchAll(PLAIN_SLOT)) {
    if (!allowed.has(m[1]!)) problems.push(`槽位 {{${m[1]}}} 不能用在这里`);
  }
  const bare = text.replace(PLAIN_SLOT, "");
  if (/\{\{|\}\}/.test(bare)) problems.push("只能用 {{名字}} 形式的槽位");
  if (HALF_WIDTH_PUNCTUATION.test(bare.replace(FACT_SLOT, "")))
    problems.push("含半角标点,请改用全角(，。、；：“”！？（）)");
  if (/\s/.test(bare)) problems.push("含空格或换行");
  if (/〔待补[^：]/.test(bare)) problems.push("待补槽位写作〔待补：标签〕(全角冒号)");
  return problems;
}

/** Problems of one lead sentence. */
export function leadProblems(text: string): string[] {
  const problems = commonProblems("lead", text);
  const chars = estimatedChars(text);
  if (NUMBERING_MARKER.test(text)) problems.push("领句不带序号(一是、一要由程序加)");
  if (!/[。！]$/.test(text)) problems.push("领句以“。”结尾");
  if (/[。！？]/.test(text.slice(0, -1))) problems.push("领句只能是一句话");
  if (chars < 5 || chars > 28) problems.push(`领句应为 5–28 字,现为 ${chars} 字`);
  return problems;
}

/** Problems of one wording of a move. */
export function wordingProblems(text: string): string[] {
  const problems = commonProblems("wording", text);
  const chars = estimatedChars(text);
  if (!/[。！]”?$/.test(text)) problems.push("以“。”或“！”结尾");
  if (chars < 10 || chars > 160) problems.push(`措辞应为 10–160 字,现为 ${chars} 字`);
  if (factSlotCount(text) > 3) problems.push("一个措辞最多 3 个待补槽位");
  return problems;
}

/** Problems of one sub-part or topic heading (with the clerk's {{priority}}). */
export function headingProblems(text: string): string[] {
  const problems = commonProblems("heading", text);
  const chars = estimatedChars(text.replace(/\{\{priority\}\}/g, ""));
  if ((text.match(/\{\{priority\}\}/g) ?? []).length !== 1)
    problems.push("标题要含一次 {{priority}}");
  if (NUMBERING_MARKER.test(text)) problems.push("标题不带序号");
  if (/[。！；]$/.test(text)) problems.push("标题末尾不加句号");
  if (chars < 4 || chars > 26) problems.push(`标题(不计重点词)应为 4–26 字,现为 ${chars} 字`);
  return problems;
}

const FAMILY = `(?:${FAMILIES.join("|")})`;
const FRAME_CATEGORIES: readonly RegExp[] = [
  /^opening\.(?:purpose|superior|significance|timenode)$/,
  new RegExp(`^opening\\.agenda\\.(?:${AGENDA_ITEMS.join("|")})$`),
  /^announce$/,
  new RegExp(
    `^situation\\.${FAMILY}\\.(?:thesis|achievements|achievementsMissing|basis|problems|problemsMissing|outlook|risk|transition)$`,
  ),
  /^(?:measures|style|learn)\.intro$/,
  /^measures\.unknown$/,
  new RegExp(`^closing\\.(?:task|rally)\\.${FAMILY}$`),
  /^closing\.(?:season|greeting)$/,
];

/** Problems of one frame entry of a category. */
export function frameProblems(category: string, text: string): string[] {
  if (!FRAME_CATEGORIES.some((re) => re.test(category)))
    return [`未知类别 ${category}(见 phrasebank/README.md 的框架类别表)`];
  const problems = commonProblems("frame", text, category);
  const chars = estimatedChars(text);
  const leadsIn = /\.(?:achievements|achievementsMissing|problems|problemsMissing)$/.test(category);
  if (leadsIn) {
    if (!text.endsWith("：")) problems.push("引出成绩或问题的句子以“：”结尾");
  } else if (category === "announce") {
    if (!text.includes("{{count}}")) problems.push("announce 必须含 {{count}}");
    if (!/[。：]$/.test(text)) problems.push("以“。”或“：”结尾");
  } else if (!/[。！]”?$/.test(text)) problems.push("以“。”或“！”结尾");
  if (chars < 8 || chars > 200) problems.push(`应为 8–200 字,现为 ${chars} 字`);
  if (
    category.startsWith("closing.rally.") &&
    !(text.startsWith("同志们，") && text.endsWith("！"))
  )
    problems.push("结尾号召以“同志们，”开头、以“！”结尾");
  if (category.startsWith("opening.agenda.") && /^(?:刚才|会上|会议还)/.test(text))
    problems.push("议程句不以“刚才”开头(程序加在第一句前)");
  if (!category.startsWith("opening.agenda.") && /刚才|专题片/.test(text))
    problems.push("只有 opening.agenda.* 能说会上发生的事(刚才、专题片)");
  if (category === "measures.unknown") {
    for (const label of ["目标", "主要举措", "牵头单位", "完成时限"]) {
      if (!text.includes(`〔待补：${label}〕`)) problems.push(`要含〔待补：${label}〕`);
    }
  }
  return problems;
}
