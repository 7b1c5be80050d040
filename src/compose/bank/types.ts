// The loaded bank: sub-topics with their points, topics, and frame sentences by category.
import type { SpeakerRole, UnitLevel } from "../../questions/index.js";
import type { Inline, Season } from "../../model/index.js";
import type { LocalKind, Shape } from "./schema.js";

export interface Tags {
  readonly types?: readonly string[];
  readonly quarters?: readonly number[];
  readonly months?: readonly number[];
  readonly seasons?: readonly Season[];
  readonly role?: SpeakerRole | readonly SpeakerRole[];
  readonly levels?: readonly UnitLevel[];
}

export type Fill = (slots: Readonly<Record<string, string>>) => string;
export type FillRuns = (values: Readonly<Record<string, readonly Inline[]>>) => Inline[];

/** One written sentence (or two) with its slots unfilled. */
export interface Phrase {
  readonly text: string;
  readonly tags: Tags;
  readonly fill: Fill;
  /** The text filled into runs, values placed as given (clerk text stays text). */
  readonly runs: FillRuns;
  /** 字数 with slots at a typical length. */
  readonly chars: number;
  /** 〔待补：…〕 fact slots it carries. */
  readonly factSlots: number;
  /** Local slots it names ({{enterprise}} …). */
  readonly local: readonly LocalKind[];
}

export interface Wording extends Phrase {
  /** Follows only these wordings of the (required) move before. */
  readonly after?: readonly number[];
}

export interface Move {
  readonly role: string;
  readonly optional: boolean;
  readonly wordings: readonly Wording[];
}

export interface Point {
  /** 危化品.重大危险源包保 */
  readonly id: string;
  readonly subtopic: string;
  readonly topic: string;
  readonly shape: Shape;
  /** The point's own tags, with the sub-topic's levels folded in. */
  readonly tags: Tags;
  readonly leads: readonly Phrase[];
  readonly moves: readonly Move[];
}

export interface Subtopic {
  readonly name: string;
  readonly topic: string;
  readonly aliases: readonly string[];
  readonly levels?: readonly UnitLevel[];
  /** Keywords a local value must contain to be named in this sub-topic ([] = any). */
  readonly local: Readonly<Partial<Record<LocalKind, readonly string[]>>>;
  readonly headings: readonly Phrase[];
  readonly points: readonly Point[];
  readonly file: string;
}

export interface Topic {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly headings: readonly Phrase[];
  readonly subtopics: readonly Subtopic[];
}

export interface FrameEntry extends Phrase {
  readonly category: string;
  readonly file: string;
}

export interface Bank {
  readonly topics: ReadonlyMap<string, Topic>;
  readonly subtopics: ReadonlyMap<string, Subtopic>;
  readonly points: ReadonlyMap<string, Point>;
  readonly frame: ReadonlyMap<string, readonly FrameEntry[]>;
  /** Rules broken by entries that were left out (file: problem), for a warning. */
  readonly problems: readonly string[];
}
