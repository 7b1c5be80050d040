// Inline runs → Word runs. Slots show as 〔待补:…〕 on a yellow highlight so the clerk finds
// every fact still to fill; emphasis and lead sentences use the bold 主旨句 character style.
import { HighlightColor, TextRun } from "docx";
import { slotText, type Inline } from "../../model/index.js";
import { sanitizeText } from "./sanitize.js";
import { STYLE } from "./styles.js";

/** Whether the runs are a lead sentence (bold throughout) or ordinary text. */
export type RunWeight = "lead" | "regular";

export function inlineRuns(runs: readonly Inline[], weight: RunWeight = "regular"): TextRun[] {
  return runs.map((run) => inlineRun(run, weight));
}

/** A marker such as 一是 or （一）, written in the weight of the text it opens. */
export function markerRun(marker: string, weight: RunWeight): TextRun {
  return inlineRun({ kind: "text", text: marker }, weight);
}

function inlineRun(run: Inline, weight: RunWeight): TextRun {
  const lead = weight === "lead" ? { style: STYLE.leadSentence } : {};
  switch (run.kind) {
    case "text":
      return new TextRun({ text: sanitizeText(run.text), ...lead });
    case "emphasis":
      return new TextRun({ text: sanitizeText(run.text), style: STYLE.leadSentence });
    case "slot":
      return new TextRun({
        text: sanitizeText(slotText(run.label)),
        highlight: HighlightColor.YELLOW,
        ...lead,
      });
    default: {
      const never: never = run;
      throw new Error(`unknown inline ${JSON.stringify(never)}`);
    }
  }
}
