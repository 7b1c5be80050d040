// The frame of a draft in words: the opening (purpose, the superior meeting, what happened
// before the speech), the 形势 argument, the part intros and the closing. Each paragraph
// knows the categories it came from; optional ones are switched on or off to fit the length.
import { countWord, slot, text, type Inline } from "../model/index.js";
import type { Family } from "./bank/index.js";
import type { DraftContext } from "./context.js";
import type { FrameDrawer } from "./frame.js";
import type { OutlinePart } from "./outline.js";

export interface FrameParagraph {
  readonly runs: readonly Inline[];
  readonly categories: readonly string[];
  readonly optional: boolean;
  on: boolean;
}

/** A paragraph of one drawn entry, or nothing when the category has none left. */
function drawn(
  drawer: FrameDrawer,
  category: string,
  optional = false,
  extra?: Readonly<Record<string, string>>,
): FrameParagraph[] {
  const d = drawer.draw(category, extra);
  return d ? [{ runs: d.runs, categories: [category], optional, on: !optional }] : [];
}

/** The opening: why we meet, the superior meeting, 刚才… only for what the clerk said happened. */
export function openingParagraphs(ctx: DraftContext, drawer: FrameDrawer): FrameParagraph[] {
  const out = [...drawn(drawer, "opening.purpose")];
  if (ctx.answers.superiorMeeting) out.push(...drawn(drawer, "opening.superior"));
  const honorees = ctx.answers.extra["honorees"];
  const acknowledged = ctx.answers.agenda.flatMap((item) => {
    const extra: Record<string, string> =
      item === "表彰" && Array.isArray(honorees) && honorees.length > 0
        ? { honorees: honorees.join("、") }
        : {};
    const d = drawer.draw(`opening.agenda.${item}`, extra);
    return d ? [d] : [];
  });
  if (acknowledged.length > 0) {
    out.push({
      runs: [text("刚才，"), ...acknowledged.flatMap((d) => d.runs)],
      categories: acknowledged.map((d) => d.category),
      optional: false,
      on: true,
    });
  }
  if (ctx.meetingType.timeNodes) out.push(...drawn(drawer, "opening.timenode"));
  out.push(...drawn(drawer, "opening.significance", true));
  return out;
}

export function announceParagraph(drawer: FrameDrawer, parts: number): FrameParagraph {
  const count = countWord(parts);
  const d = drawer.draw("announce", { count });
  return {
    runs: d?.runs ?? [text(`下面，我讲${count}点意见。`)],
    categories: ["announce"],
    optional: false,
    on: true,
  };
}

/** What a fact slot asks for when the clerk gave no achievements, by family. */
const ACHIEVEMENTS_LABEL: Readonly<Record<Family, string>> = {
  经济: "主要指标完成情况，附同比或位次",
  专项: "前期工作的主要成效",
  乡村: "粮食产量、农民收入等主要指标及同比",
  表彰: "全年主要指标完成情况和标志性成绩",
  安全: "事故起数、死亡人数及同比变化",
  防汛: "去年汛期以来防汛备汛的主要成效",
  廉政: "查处案件、纠治四风的主要数据",
  作风: "作风建设的主要成效",
  环保: "空气和水环境质量主要指标及同比变化",
};

/** A fact that already says how it compares needs no comparison slot. */
const COMPARED =
  /同比|比上年|较上年|增长|下降|减少|提高|位次|排名|排第|第[一二三四五六七八九十\d]+|居全|列全|%|％|翻番|倍/;
/** A problem that already gives its cause needs no cause slot. */
const CAUSED = /原因|由于|因为|根子|导致/;
const CAUSE_LINKS = ["，主要原因是", "，根子在于", "，症结在于"] as const;

/** A fact the clerk closed with punctuation of their own is kept as typed, no slot after it. */
const CLOSED = /[。；！？，、,;.!?]$/;

/** Facts as one sentence, each verbatim and followed by what it lacks, separated by ；. */
function factsRuns(
  facts: readonly string[],
  lacking: (fact: string, i: number) => Inline[],
): Inline[] {
  return facts.flatMap((fact, i) => {
    const f = fact.trim();
    const closed = CLOSED.test(f);
    const last = i === facts.length - 1;
    const stop = closed ? "" : last ? "。" : "；";
    return [text(f), ...(closed ? [] : lacking(f, i)), ...(stop ? [text(stop)] : [])];
  });
}

/** The clerk's achievements as facts, each with a slot for its comparison when it has none. */
export function achievementsRuns(facts: readonly string[]): Inline[] {
  return factsRuns(facts, (f) => (COMPARED.test(f) ? [] : [text("，"), slot("同比或位次")]));
}

/** The clerk's problems, each with a slot for its cause when it gives none. */
export function problemsRuns(facts: readonly string[]): Inline[] {
  return factsRuns(facts, (f, i) =>
    CAUSED.test(f) ? [] : [text(CAUSE_LINKS[i % CAUSE_LINKS.length]!), slot("原因")],
  );
}

/** Words of a frame that announces more than one fact. */
const MANY = /几|以下|这些|一组|几组|方面|主要有|一批|多项|几个/;

/** Families whose 形势 weighs the road ahead; the others weigh the risks of the period. */
const LOOKS_AHEAD = new Set<Family>(["经济", "乡村", "专项", "表彰"]);

function factsParagraph(
  ctx: DraftContext,
  drawer: FrameDrawer,
  kind: "achievements" | "problems",
): FrameParagraph[] {
  const family = ctx.meetingType.family;
  const facts = kind === "achievements" ? ctx.answers.achievements : ctx.answers.problems;
  const given = facts.length > 0;
  const category = `situation.${family}.${kind}${given ? "" : "Missing"}`;
  // A frame that announces several facts (以下几方面…) reads wrong before a single one.
  const single = facts.length === 1 ? (t: string) => !MANY.test(t) : undefined;
  const frame = drawer.draw(category, {}, single);
  const body = given
    ? kind === "achievements"
      ? achievementsRuns(facts)
      : problemsRuns(facts)
    : [slot(kind === "achievements" ? ACHIEVEMENTS_LABEL[family] : "突出问题及其原因"), text("。")];
  return [
    { runs: [...(frame?.runs ?? []), ...body], categories: [category], optional: false, on: true },
  ];
}

/** The clerk's ranks, verbatim: only they know what is ranked and whether it is good. */
function rankingsParagraph(ctx: DraftContext): FrameParagraph[] {
  const ranks = ctx.answers.local.rankings;
  if (ranks.length === 0) return [];
  return [
    {
      runs: [text("从位次看，"), ...factsRuns(ranks, () => [])],
      categories: ["answers.rankings"],
      optional: false,
      on: true,
    },
  ];
}

/** The 形势 part: thesis → achievements → problems → outlook or risk → the turn to the work. */
export function situationParagraphs(
  ctx: DraftContext,
  drawer: FrameDrawer,
  focus: NonNullable<OutlinePart["focus"]>,
): FrameParagraph[] {
  const f = ctx.meetingType.family;
  const ahead = LOOKS_AHEAD.has(f) ? "outlook" : "risk";
  const out: FrameParagraph[] = [];
  if (focus !== "problems") {
    out.push(...drawn(drawer, `situation.${f}.thesis`));
    out.push(...factsParagraph(ctx, drawer, "achievements"));
    out.push(...rankingsParagraph(ctx));
    out.push(...drawn(drawer, `situation.${f}.basis`, true));
    out.push(...drawn(drawer, `situation.${f}.basis`, true));
  }
  // A part on achievements speaks of the problems too, unless a part of their own follows.
  const problemsElsewhere = ctx.meetingType.parts.some(
    (p) => p.kind === "situation" && p.focus === "problems",
  );
  if (focus !== "achievements" || (ctx.answers.problems.length > 0 && !problemsElsewhere)) {
    out.push(...factsParagraph(ctx, drawer, "problems"));
  }
  if (focus !== "achievements") {
    // The outlook weighs 从外部看…从自身看 once; risks of the period may take two paragraphs.
    out.push(...drawn(drawer, `situation.${f}.${ahead}`));
    if (ahead === "risk") out.push(...drawn(drawer, `situation.${f}.${ahead}`, true));
    out.push(...drawn(drawer, `situation.${f}.transition`));
  }
  return out;
}

export function introParagraphs(drawer: FrameDrawer, category: string): FrameParagraph[] {
  return drawn(drawer, category);
}

/** The paragraph standing for a priority the bank has no points for: its facts as slots. */
export function unknownPriorityParagraph(drawer: FrameDrawer, priority: string): FrameParagraph {
  const d = drawer.draw("measures.unknown", { priority });
  return {
    runs: d?.runs ?? [
      text(`关于${priority}，今年的目标是`),
      slot("目标"),
      text("。重点抓好"),
      slot("主要举措"),
      text("，由"),
      slot("牵头单位"),
      text("牵头，"),
      slot("完成时限"),
      text("前见到实效。"),
    ],
    categories: ["measures.unknown"],
    optional: false,
    on: true,
  };
}

/** The closing: the meeting's follow-up, its season's chore, wishes, and the rallying call. */
export function closingParagraphs(ctx: DraftContext, drawer: FrameDrawer): FrameParagraph[] {
  const f = ctx.meetingType.family;
  return [
    ...drawn(drawer, `closing.task.${f}`),
    ...drawn(drawer, "closing.season"),
    ...drawn(drawer, "closing.greeting"),
    ...drawn(drawer, `closing.rally.${f}`),
  ];
}
