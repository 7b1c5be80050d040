// Turns one office's sentence into a formula others can reuse: numbers, counts, years and
// the unit's level words become placeholders, and ASCII punctuation (common in text
// scraped from the web) becomes the full-width punctuation of a 公文.
//   下面,我就今年经济工作讲三方面意见。 → 下面，我就今年经济工作讲…方面意见。

/** What stands for a number, a count or a name in a generalised formula. */
export const GAP = "…";

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ",": "，",
  ":": "：",
  ";": "；",
  "!": "！",
  "?": "？",
  "(": "（",
  ")": "）",
};

/** Full-width punctuation for the ASCII marks a 公文 never uses. */
export function fullWidthPunctuation(value: string): string {
  return value.replace(/[,:;!?()]/g, (mark) => FULL_WIDTH[mark] ?? mark);
}

// Placeholder conventions of archives (X县长, ××局, *亿元) stand for a name or number too.
const NUMBER = /[0-9０-９.．%％]+|[XＸ×＊*○]+/g;
// 三点意见, 五个方面, 两项任务: a count of what the speaker is about to list.
const COUNT = /[一二两三四五六七八九十几]+(?=(点|个|项|条|方面|句话|件事|方面的))/g;
// 全区 / 区委 / 区政府: the level of the unit changes from office to office.
const LEVEL = /(全|本)[省市县区镇乡](?=[^长委])|[省市县区镇乡](?=(委|政府|人大|政协))/g;
const SPACE = /[\s\u3000]+/g;

export function generalize(value: string): string {
  return fullWidthPunctuation(value.replace(SPACE, ""))
    .replace(NUMBER, GAP)
    .replace(COUNT, GAP)
    .replace(LEVEL, (word) => (word.length === 2 ? `${word[0] ?? ""}${GAP}` : GAP))
    .replace(/…+/g, GAP);
}

/**
 * Splits text into sentences, keeping each one's end mark (。！？, and ； unless
 * `semicolons` is false: a closing line such as 同志们，…先；…头。 is one formula).
 */
export function sentencesOf(value: string, options: { semicolons?: boolean } = {}): string[] {
  const pattern =
    options.semicolons === false ? /[^。！？!?]+[。！？!?]?/g : /[^。！？!?；;]+[。！？!?；;]?/g;
  return (
    value
      .match(pattern)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  );
}
