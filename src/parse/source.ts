// The unit every parser pass works on: one non-empty line of the source with its number.

/** One paragraph of the source text (a non-empty line), with its 1-based line number. */
export interface SourceLine {
  readonly text: string;
  readonly line: number;
}

/** Splits text into non-empty, trimmed lines, keeping their line numbers. */
export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = text.split("\n");
  for (let i = 0; i < raw.length; i++) {
    const trimmed = (raw[i] ?? "").trim();
    if (trimmed !== "") out.push({ text: trimmed, line: i + 1 });
  }
  return out;
}
