// Lays a draft out as speech text with the meeting type's nunjucks template (which extends
// templates/base.njk). The only place nunjucks lives; autoescape is off because the output
// is text, and every value that came from a clerk is a token, never template source.
import nunjucks from "nunjucks";
import type { PartNumbering } from "../model/index.js";
import { itemMarker, partMarker, subPartMarker } from "../write/index.js";
import type { Catalog, MeetingType } from "./catalog.js";
import type { Draft, DraftItem } from "./draft.js";
import { itemStyleOf } from "./outline.js";

const environments = new Map<string, nunjucks.Environment>();

function environment(templatesDir: string): nunjucks.Environment {
  let env = environments.get(templatesDir);
  if (!env) {
    env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), {
      autoescape: false,
      throwOnUndefined: true,
      trimBlocks: false,
    });
    environments.set(templatesDir, env);
  }
  return env;
}

/** What a template sees. */
export interface SpeechView {
  readonly title: string;
  readonly speakerLine: string;
  readonly dateLine: string;
  readonly opening: readonly string[];
  readonly announce: string;
  readonly parts: readonly PartView[];
  readonly closing: readonly string[];
  /** The type's own answers as tokens, by question id (absent when not given). */
  readonly extra: Readonly<Record<string, string>>;
  /** 区委、区政府 and the like, for sentences a type's template writes itself. */
  readonly words: Readonly<Record<string, string>>;
}

interface ItemView {
  readonly marker: string;
  readonly lead: string;
  readonly body: string;
}

interface PartView {
  readonly marker: string;
  readonly heading: string;
  readonly role: string;
  readonly paragraphs: readonly string[];
  readonly items: readonly ItemView[];
  readonly subParts: readonly { marker: string; heading: string; items: readonly ItemView[] }[];
}

/** 一是<lead>。<supports>: the lead's own 。 is written outside its token, so the parser finds it. */
function itemView(item: DraftItem, index: number, style: "一是" | "一要"): ItemView {
  return { marker: itemMarker(index, style), lead: `${item.lead}。`, body: item.supports.join("") };
}

export interface ViewHead {
  readonly title: string;
  readonly speakerLine: string;
  readonly dateLine: string;
  readonly extra: Readonly<Record<string, string>>;
  readonly words: Readonly<Record<string, string>>;
}

export function speechView(draft: Draft, head: ViewHead, numbering: PartNumbering): SpeechView {
  return {
    ...head,
    opening: draft.opening,
    announce: draft.announce,
    closing: draft.closing,
    parts: draft.parts.map((part, i) => ({
      marker: partMarker(i, numbering),
      heading: part.heading,
      role: part.outline.role,
      paragraphs: part.paragraphs,
      items: part.items.map((item, k) => itemView(item, k, itemStyleOf(part.outline))),
      subParts: part.subParts.map((sub, j) => ({
        marker: subPartMarker(j),
        heading: sub.heading,
        items: sub.items.map((item, k) => itemView(item, k, "一是")),
      })),
    })),
  };
}

/** The speech text of a view, through the type's template. */
export function renderSpeechText(
  catalog: Catalog,
  meetingType: MeetingType,
  view: SpeechView,
): string {
  return environment(catalog.templatesDir).render(meetingType.template, { ...view });
}
