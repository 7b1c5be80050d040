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
