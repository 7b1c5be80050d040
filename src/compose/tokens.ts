// Answers are data: clerk text reaches the template only as opaque tokens (private-use
// characters), and is put back into the parsed Speech as literal runs. Whatever a clerk
// types — {{x}}, {% raw %}, 二、, 〔待补:…〕, a newline — can neither run nor change structure.
import {
  normalizeInlines,
  slot,
  SLOT_CLOSE,
  SLOT_OPEN,
  text,
  type Inline,
  type Speech,
} from "../model/index.js";
import type { Block, Item, Part } from "../model/index.js";

const OPEN = "\uE000";
const CLOSE = "\uE001";
/** Token numbers are spelled in private-use characters too, so no cleaning step touches them. */
const DIGIT_BASE = 0xe100;
const TOKEN = /\uE000([\uE100-\uF8FF])\uE001/g;

export class TokenTable {
  private readonly values: Inline[][] = [];

  /** A token standing for these runs. */
  token(runs: readonly Inline[]): string {
    this.values.push([...runs]);
    return `${OPEN}${String.fromCharCode(DIGIT_BASE + this.values.length - 1)}${CLOSE}`;
  }

  /** Clerk text, literal; a slot labelled `missing` when the clerk left it empty. */
  clerk(value: string, missing: string): string {
    return this.token(value === "" ? [slot(missing)] : [text(value)]);
  }

  /** Outline text (ours, or edited by the clerk): literal, but 〔待补:…〕 in it stays a slot. */
  outline(value: string): string {
    return this.token(slotRuns(value));
  }

  /** The runs a token stands for. */
  runsOf(token: string): readonly Inline[] {
    const found = this.values[(token.codePointAt(1) ?? 0) - DIGIT_BASE];
    if (!found) throw new Error(`unknown token ${JSON.stringify(token)}`);
    return found;
  }

  /** Plain text of a string with tokens, slots shown as nothing (as 字数 counts them). */
  plain(value: string): string {
    return value.replace(TOKEN, (token) =>
      this.runsOf(token)
        .map((r) => (r.kind === "slot" ? "" : r.text))
        .join(""),
    );
  }

  /** Runs with every token replaced by what it stands for. */
  expand(runs: readonly Inline[]): Inline[] {
    const out: Inline[] = [];
    for (const run of runs) {
      if (run.kind === "slot") {
        out.push(run);
        continue;
      }
      let last = 0;
      for (const m of run.text.matchAll(TOKEN)) {
        out.push({ kind: run.kind, text: run.text.slice(last, m.index) });
        for (const inner of this.runsOf(m[0])) {
          out.push(inner.kind === "slot" ? inner : { kind: run.kind, text: inner.text });
        }
        last = m.index + m[0].length;
      }
      out.push({ kind: run.kind, text: run.text.slice(last) });
    }
    return normalizeInlines(out);
  }

  /** The speech with every token expanded. */
  expandSpeech(speech: Speech): Speech {
    const x = (runs: readonly Inline[]): Inline[] => this.expand(runs);
    const blocks = (list: readonly Block[]): Block[] =>
      list.map((b) =>
        b.kind === "paragraph"
          ? { ...b, content: x(b.content) }
          : { ...b, intro: x(b.intro), items: b.items.map(item) },
      );
    const item = (i: Item): Item => ({
      ...i,
      lead: x(i.lead),
      body: x(i.body),
      paragraphs: i.paragraphs.map((p) => ({ ...p, content: x(p.content) })),
    });
    const part = (p: Part): Part => ({
      ...p,
      heading: x(p.heading),
      blocks: blocks(p.blocks),
      subParts: p.subParts.map((s) => ({ ...s, heading: x(s.heading), blocks: blocks(s.blocks) })),
    });
    return {
      ...speech,
      title: x(speech.title),
      opening: blocks(speech.opening),
      ...(speech.announceLine
        ? { announceLine: { ...speech.announceLine, content: x(speech.announceLine.content) } }
        : {}),
      parts: speech.parts.map(part),
      closing: blocks(speech.closing),
    };
  }
}

/** Text with 〔待补:…〕 markers as text and slot runs. */
export function slotRuns(value: string): Inline[] {
  const out: Inline[] = [];
  let rest = value;
  for (;;) {
    const start = rest.indexOf(SLOT_OPEN);
    const end = start === -1 ? -1 : rest.indexOf(SLOT_CLOSE, start);
    if (start === -1 || end === -1) break;
    out.push(text(rest.slice(0, start)), slot(rest.slice(start + SLOT_OPEN.length, end)));
    rest = rest.slice(end + SLOT_CLOSE.length);
  }
  out.push(text(rest));
  return normalizeInlines(out);
}
