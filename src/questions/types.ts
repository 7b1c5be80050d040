// Questions are declared once; prompts, flags, the answers schema, the web form and the
// validation messages are all derived from these declarations.

/** Administrative level of the unit the speech is for. */
export const UNIT_LEVELS = ["省", "市", "县", "区", "乡镇"] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** Whom the speaker speaks for: 书记 → 党委; 区长、县长、市长、主任 → 政府. */
export const SPEAKER_ROLES = ["党委", "政府"] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

/** What may happen at a meeting before the speech, for the opening to acknowledge. */
export const AGENDA_ITEMS = [
  "工作报告",
  "情况通报",
  "表彰",
  "典型发言",
  "签订责任书",
  "专题片",
  "现场观摩",
] as const;
export type AgendaItem = (typeof AGENDA_ITEMS)[number];

export type QuestionKind = "text" | "list" | "choice" | "date" | "number" | "length";

/** One question a clerk answers; `id` is the answers-file key. */
export interface Question {
  readonly id: string;
  /** Chinese label shown in prompts and forms. */
  readonly label: string;
  readonly kind: QuestionKind;
  /** Default value, in the answers-file shape of the kind. */
  readonly default?: unknown;
  /** One-line Chinese hint shown under the prompt. */
  readonly help?: string;
  readonly required?: boolean;
  /** Allowed values of a choice question. */
  readonly choices?: readonly string[];
  /** Bounds of a number question. */
  readonly min?: number;
  readonly max?: number;
  /** Longest text (字) of a text question or of each list item. */
  readonly maxLength?: number;
  /** Most items of a list question. */
  readonly maxItems?: number;
  /**
   * How a list typed as one text splits: short names (工作重点, 地名) on new lines, 、，；
   * and commas; sentences (成绩, 问题, which hold commas of their own) on new lines and ；
   * only. Default: names.
   */
  readonly items?: "names" | "sentences";
  /** Example shown in an empty input. */
  readonly placeholder?: string;
  /**
   * Questions of a group are asked in the interview only when the clerk says yes to the
   * group's question first (local material is optional and long to answer).
   */
  readonly group?: "local";
}

/** Requested length: 字数, or speaking minutes at a reading rate (字/分钟). */
export type LengthRequest =
  { readonly chars: number } | { readonly minutes: number; readonly rate?: number };

/**
 * Validated answers with every default filled. Files keep the contract flat
 * ({"type": …, "unit": …, <type-specific keys>}); here the type's own keys sit in `extra`.
 */
export interface Answers {
  readonly type: string;
  readonly unit: string;
  readonly unitLevel: UnitLevel;
  readonly speakerTitle: string;
  /** Empty when not given: the speaker line then shows a slot. */
  readonly speakerName: string;
  readonly meetingName: string;
  /** YYYY-MM-DD: the meeting date, or today when none was given (time phrases follow it). */
  readonly date: string;
  /** No date was given: the date line shows 〔待补：会议日期〕 instead of today's date. */
  readonly dateMissing?: true;
  readonly priorities: readonly string[];
  readonly achievements: readonly string[];
  readonly problems: readonly string[];
  readonly length: LengthRequest;
  readonly seed: number;
  /** What happened before the speech (工作报告, 表彰…); [] when nothing did. */
  readonly agenda: readonly AgendaItem[];
  /** The superior meeting this one carries out ("" when none was named). */
  readonly superiorMeeting: string;
  /** Whether topics the clerk did not ask for may fill the length (the type decides when unset). */
  readonly otherTopics?: boolean;
  /** What makes the speech local; every list may be empty. */
  readonly local: LocalMaterial;
  /** Answers to the type's own questions, by question id (text, list or number values). */
  readonly extra: Readonly<Record<string, string | number | readonly string[]>>;
}

/** The clerk's own things a draft may name. */
export interface LocalMaterial {
  readonly projects: readonly string[];
  readonly enterprises: readonly string[];
  /** 乡镇, 园区, 景区, 村: told apart by their names' endings. */
  readonly places: readonly string[];
  /** The unit's own 提法 (生态立县、工业强县). */
  readonly slogan: string;
  /** Last period's figures with their rank, as the clerk writes them. */
  readonly rankings: readonly string[];
}

/** A meeting type as the interfaces show it. */
export interface MeetingTypeInfo {
  /** The type's id, also its folder name under templates/ (经济工作会议). */
  readonly id: string;
  /** One-line Chinese description for `jianggao list` and the web form. */
  readonly description: string;
  /** Every question of the type: the common ones first, then the type's own. */
  readonly questions: readonly Question[];
  /** Who usually speaks at it, for the default speaker title. */
  readonly speakerRole: SpeakerRole;
  /** The meeting's name after 全区 (经济工作会议), for the default meeting name. */
  readonly meetingSuffix: string;
  /** What the opening acknowledges when the clerk does not say (表彰 at a commendation meeting). */
  readonly agenda: readonly AgendaItem[];
  /** Whether topics the clerk did not ask for may fill the length by default. */
  readonly otherTopics: boolean;
}
