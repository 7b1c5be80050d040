// Pure edits a clerk makes to the proposed outline before the full text is written.
import type { Outline, OutlinePart } from "../index.js";

/** A heading the clerk can rename: a part, or a sub-part inside a part. */
export interface HeadingRef {
  readonly part: number;
  readonly subPart?: number;
}

export function headingAt(outline: Outline, ref: HeadingRef): string {
  const part = outline.parts[ref.part];
  if (!part) throw new RangeError(`no part ${ref.part}`);
  if (ref.subPart === undefined) return part.heading;
  const sub = part.subParts[ref.subPart];
  if (!sub) throw new RangeError(`no sub-part ${ref.subPart}`);
  return sub.heading;
}

/** Every renamable heading, in document order. */
export function headingRefs(outline: Outline): HeadingRef[] {
  return outline.parts.flatMap((part, i) => [
    { part: i },
    ...part.subParts.map((_, j) => ({ part: i, subPart: j })),
  ]);
}

export function renameHeading(outline: Outline, ref: HeadingRef, heading: string): Outline {
  const parts = outline.parts.map((part, i): OutlinePart => {
    if (i !== ref.part) return part;
    if (ref.subPart === undefined) return { ...part, heading };
    return {
      ...part,
      subParts: part.subParts.map((sub, j) => (j === ref.subPart ? { ...sub, heading } : sub)),
    };
  });
  return { ...outline, parts };
}

/** Moves part `from` to position `to` (both 0-based). */
export function movePart(outline: Outline, from: number, to: number): Outline {
  const parts = [...outline.parts];
  const [moved] = parts.splice(from, 1);
  if (!moved) throw new RangeError(`no part ${from}`);
  parts.splice(Math.max(0, Math.min(to, parts.length)), 0, moved);
  return { ...outline, parts };
}

/** Drops part `index`; a speech keeps at least one part. */
export function dropPart(outline: Outline, index: number): Outline {
  if (outline.parts.length <= 1) return outline;
  return { ...outline, parts: outline.parts.filter((_, i) => i !== index) };
}
