// What a clerk is told after a draft is written: where it is, how long it runs, and which
// facts are still to fill in.
import {
  blockInlines,
  countChars,
  DEFAULT_RATE,
  targetChars,
  type Answers,
  inlineText,
  partInlines,
  partMarker,
  type Inline,
  type Speech,
} from "../index.js";

export interface SlotLocation {
  /** 开头, 结尾, or the part's numbered heading (一、认清形势). */
  readonly where: string;
  readonly labels: readonly string[];
}

const slotLabels = (runs: readonly Inline[]): string[] =>
  runs.flatMap((run) => (run.kind === "slot" ? [run.label] : []));

function slotsIn(sequences: Iterable<readonly Inline[]>): string[] {
  const labels: string[] = [];
  for (const runs of sequences) labels.push(...slotLabels(runs));
  return labels;
}

/** Slots grouped by where they sit, in reading order; places without slots are left out. */
export function slotLocations(speech: Speech): SlotLocation[] {
  const places: SlotLocation[] = [];
  const add = (where: string, labels: readonly string[]) => {
    if (labels.length > 0) places.push({ where, labels });
  };
  add("标题和署名", slotLabels(speech.title));
  const header = [speech.speaker ?? "", speech.date ?? ""].join("");
  if (header.includes("〔待补")) add("署名", ["讲话人或日期"]);
  add("开头", [
    ...slotsIn(blockInlines(speech.opening)),
    ...(speech.announceLine ? slotsIn(blockInlines([speech.announceLine])) : []),
  ]);
  speech.parts.forEach((part, i) => {
    const heading = `${partMarker(i, speech.partNumbering)}${inlineText(part.heading)}`;
    add(heading, slotsIn(partInlines(part)));
  });
  add("结尾", slotsIn(blockInlines(speech.closing)));
  return places;
}

export interface DraftSummary {
  readonly chars: number;
  /** The 字数 the clerk asked for. */
  readonly target: number;
  /** Reading rate (字 a minute) the minutes are counted at. */
  readonly rate: number;
  readonly minutes: number;
  readonly slots: number;
  readonly places: readonly SlotLocation[];
  /** No meeting date was given: the time phrases were written for this date (today). */
  readonly assumedDate?: string;
}

export function summarizeDraft(speech: Speech, answers: Answers): DraftSummary {
  const chars = countChars(speech);
  const places = slotLocations(speech);
  const rate = ("rate" in answers.length ? answers.length.rate : undefined) ?? DEFAULT_RATE;
  return {
    chars,
    target: targetChars(answers.length),
    rate,
    minutes: Math.max(1, Math.round(chars / rate)),
    slots: places.reduce((n, place) => n + place.labels.length, 0),
    places,
    ...(answers.dateMissing ? { assumedDate: answers.date } : {}),
  };
}

/** Shorter than this share of the request, the clerk is told why and what to do. */
const SHORT = 0.9;

/** The Chinese lines printed after writing a draft. */
export function summaryLines(path: string, summary: DraftSummary): string[] {
  const lines = [
    `已写入:${path}`,
    `篇幅:${summary.chars} 字(按 Word 的字数统计),按每分钟 ${summary.rate} 字约讲 ${summary.minutes} 分钟`,
  ];
  if (summary.chars < summary.target * SHORT) {
    lines.push(
      `比要求的 ${summary.target} 字短:所填工作重点的素材已经写尽。可以多填几项工作重点,` +
        '或把“篇幅不够时补充其他议题”选“是”(答案文件里写 "otherTopics": "是")。',
    );
  }
  if (summary.assumedDate !== undefined) {
    lines.push(
      `会议日期没有填:日期行留作〔待补：会议日期〕,年份、季度和时令说法按今天(${summary.assumedDate})写;` +
        "日期确定后请重新起草,或核对这些说法。",
    );
  }
  if (summary.slots === 0) {
    lines.push("待补:无");
  } else {
    lines.push(`待补:${summary.slots} 处(在 Word 中以黄色底纹标出),分布在:`);
    for (const place of summary.places) {
      lines.push(
        `  ${place.where}:${place.labels.length} 处(${[...new Set(place.labels)].join("、")})`,
      );
    }
  }
  return lines;
}
