// Chinese numerals as they appear in heading and item markers (一 … 九十九).

const DIGIT_VALUE: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 九十九 → 99; anything else → undefined. */
export function numeralValue(numeral: string): number | undefined {
  const ten = numeral.indexOf("十");
  if (ten === -1) return numeral.length === 1 ? DIGIT_VALUE[numeral] : undefined;
  if (numeral.indexOf("十", ten + 1) !== -1) return undefined;
  const tensPart = numeral.slice(0, ten);
  const onesPart = numeral.slice(ten + 1);
  const tens = tensPart === "" ? 1 : tensPart.length === 1 ? DIGIT_VALUE[tensPart] : undefined;
  const ones = onesPart === "" ? 0 : onesPart.length === 1 ? DIGIT_VALUE[onesPart] : undefined;
  if (tens === undefined || ones === undefined) return undefined;
  return tens * 10 + ones;
}

/** The character class of numerals, for building marker patterns. */
export const NUMERAL = "[一二三四五六七八九十]";
