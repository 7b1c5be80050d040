// Numbering is computed from the tree when writing, never stored in headings.
import type { ItemStyle, PartNumbering } from "./speech.js";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (speeches never need more). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`numeral out of range: ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]!}十${ones === 0 ? "" : DIGITS[ones]!}`;
}

/** Level-1 marker: 一、 or 第一个问题, (full-width punctuation, as offices print it). */
export function partMarker(index: number, style: PartNumbering): string {
  const n = chineseNumeral(index + 1);
  return style === "第一个问题" ? `第${n}个问题，` : `${n}、`;
}

/** Level-2 marker: （一） */
export function subPartMarker(index: number): string {
  return `（${chineseNumeral(index + 1)}）`;
}

/** Level-3 marker for one list style: 一是 / 一要 / 第一， / 1. / （1） */
export function itemMarker(index: number, style: ItemStyle): string {
  const n = chineseNumeral(index + 1);
  switch (style) {
    case "一是":
      return `${n}是`;
    case "一要":
      return `${n}要`;
    case "第一":
      return `第${n}，`;
    case "1.":
      return `${index + 1}.`;
    case "(1)":
      return `（${index + 1}）`;
    default: {
      const never: never = style;
      throw new Error(`unknown item style ${String(never)}`);
    }
  }
}

/** 三 in 下面,我讲三点意见: the count a speech's announce line must state. */
export function countWord(n: number): string {
  return n === 2 ? "两" : chineseNumeral(n);
}
