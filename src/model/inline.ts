import type { Inline } from "./speech.js";

export const text = (value: string): Inline => ({ kind: "text", text: value });
export const emphasis = (value: string): Inline => ({ kind: "emphasis", text: value });
export const slot = (label: string): Inline => ({ kind: "slot", label });

/** Slot markers as printed in text formats. The parser also reads 〔待补:…〕 and 【待填:…】 (older drafts). */
export const SLOT_OPEN = "〔待补：";
export const SLOT_CLOSE = "〕";

export function slotText(label: string): string {
  return `${SLOT_OPEN}${label}${SLOT_CLOSE}`;
}

/** The runs as plain text, slots shown with their markers. */
export function inlineText(runs: readonly Inline[]): string {
  let out = "";
  for (const run of runs) {
    switch (run.kind) {
      case "text":
      case "emphasis":
        out += run.text;
        break;
      case "slot":
        out += slotText(run.label);
        break;
      default: {
        const never: never = run;
        throw new Error(`unknown inline ${JSON.stringify(never)}`);
      }
    }
  }
  return out;
}

const SLOT_MARK = /〔待补[:：]([^〕\n]{0,200})〕|【待填[:：]([^】\n]{0,200})】/g;
/** Only the marker jianggao prints (full-width colon), so it reads back exactly as typed. */
const OWN_SLOT_MARK = /〔待补：([^〕\n]{0,200})〕()/g;

/**
 * Plain text with its slot markers turned into slot runs: parsed text reads every spelling
 * (〔待补:…〕, 【待填：…】 of older drafts); `own` reads only the one jianggao prints, for
 * header lines such as 区委书记 〔待补：姓名〕 that also hold the clerk's typed words.
 */
export function textWithSlots(value: string, markers: "any" | "own" = "any"): Inline[] {
  const pattern = markers === "any" ? SLOT_MARK : OWN_SLOT_MARK;
  const runs: Inline[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    runs.push(text(value.slice(last, match.index)));
    runs.push(slot((match[1] || match[2] || "").trim()));
    last = match.index + match[0].length;
  }
  runs.push(text(value.slice(last)));
  return normalizeInlines(runs);
}

/** Merge adjacent runs of the same kind so equal content has one representation. */
export function normalizeInlines(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    if (run.kind !== "slot" && run.text === "") continue;
    const last = out[out.length - 1];
    if (last && last.kind === run.kind && run.kind !== "slot" && last.kind !== "slot") {
      out[out.length - 1] = { kind: run.kind, text: last.text + run.text };
    } else {
      out.push(run);
    }
  }
  return out;
}
