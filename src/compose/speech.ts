// Composing a speech: answers + meeting type + phrase bank → outline → full text → the
// type's template → speech text → parseText → Speech, with clerk text put back literally.
import type { Inline, Speech } from "../model/index.js";
import { text } from "../model/index.js";
import { countWord } from "../write/index.js";
import { parseText } from "../parse/index.js";
import type { Answers } from "../questions/index.js";
import type { Catalog } from "./catalog.js";
import { draftContext, slotValues } from "./context.js";
import { createDrawer } from "./draw.js";
import { writeDraft, type Draft } from "./draft.js";
import { composeOutline, type Outline } from "./outline.js";
import { seededRandom } from "./random.js";
import { renderSpeechText, speechView } from "./render.js";
import { TokenTable } from "./tokens.js";

/** Announce lines tried before giving up on one the parser reads as such. */
const ANNOUNCE_TRIES = 8;

/**
 * The draft's text read back by the project's parser, which every other tool (check, mine,
 * the txt round trip) reads drafts with. An announce line it does not recognise is swapped
 * for another, so a draft always announces its parts in a way the parser understands. The
 * speaker line is a stand-in of the right shape: the real one (clerk text) is set after.
 */
function readBack(
  draft: Draft,
  nextAnnounce: () => string | undefined,
  render: (d: Draft) => string,
): Speech {
  for (let attempt = 0; ; attempt++) {
    const { speeches } = parseText(render(draft));
    const parsed = speeches[0];
    if (speeches.length !== 1 || !parsed)
      throw new Error(`template output read back as ${speeches.length} speeches`);
    if (parsed.announceLine || attempt >= ANNOUNCE_TRIES) return parsed;
    const next = nextAnnounce();
    if (next === undefined) return parsed;
    draft.announce = next;
  }
}

export interface ComposeOptions {
  /** The outline the clerk approved (maybe reordered or edited); composed afresh when absent. */
  readonly outline?: Outline;
}

/** The speaker line as printed: 区委书记 张三, with a marker where the name is missing. */
export function speakerLineOf(answers: Answers): string {
  return `${answers.speakerTitle} ${answers.speakerName || "〔待补:姓名〕"}`;
}

/**
 * The full draft as a Speech. Same answers, seed and outline → the same Speech; the seed
 * changes the sentences (换一稿). Pure: no clock, no files beyond the loaded catalog.
 */
export function composeSpeech(
  answers: Answers,
  catalog: Catalog,
  options: ComposeOptions = {},
): Speech {
  const ctx = draftContext(answers, catalog);
  const outline = options.outline ?? composeOutline(answers, catalog);
  const tokens = new TokenTable();
  const random = seededRandom(answers.seed, `${ctx.type}/text`);
  const drawer = createDrawer(
    catalog.bank,
    ctx,
    random,
    slotValues(ctx, (v, label) => tokens.clerk(v, label)),
  );
  // Nothing in the outline is drawn again for the text.
  for (const part of outline.parts) {
    drawer.reserve(part.heading);
    for (const sub of part.subParts) drawer.reserve(sub.heading);
  }
  const draft = writeDraft(ctx, outline, drawer, tokens);
  const title = `在${tokens.clerk(answers.meetingName, "会议名称")}上的讲话`;
  const dateLine = `（${ctx.calendar.dateText}）`;
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers.extra)) {
    extra[key] = tokens.clerk(Array.isArray(value) ? value.join("、") : String(value), key);
  }
  const head = { title, speakerLine: "领导同志", dateLine, extra, words: { ...ctx.words } };
  const parsed = readBack(
    draft,
    () => drawer.draw("announce", { slots: { count: countWord(outline.parts.length) } })?.text,
    (d) => renderSpeechText(catalog, ctx.meetingType, speechView(d, head, outline.partNumbering)),
  );
  if (parsed.parts.length !== outline.parts.length) {
    throw new Error(
      `template ${ctx.meetingType.template} gave ${parsed.parts.length} parts, expected ${outline.parts.length}`,
    );
  }
  const speech = tokens.expandSpeech(parsed);
  const titleRuns: Inline[] = tokens.expand([text(title)]);
  return {
    ...speech,
    title: titleRuns,
    speaker: speakerLineOf(answers),
    date: ctx.calendar.dateText,
    salutation: "同志们：",
    partNumbering: outline.partNumbering,
    parts: speech.parts.map((part, i) => ({ ...part, role: outline.parts[i]!.role })),
    meta: {
      ...(answers.unit ? { unit: answers.unit } : {}),
      meetingType: ctx.meetingType.id,
      description: `${answers.meetingName}讲话稿(初稿,由 jianggao 起草)`,
    },
  };
}
