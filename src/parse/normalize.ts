// One spelling for punctuation and spaces, so every later rule has one form to match:
// web copies mix ASCII and full-width marks ("同志们:" / "同志们：", "(一)" / "（一）"), and
// the clean document a clerk gets back should use the full-width marks offices print.

const HAN = /\p{Script=Han}/u;
/** Full-width marks that make a neighbouring ASCII mark part of Chinese text. */
const CJK_PUNCT = "，。、：；！？“”‘’（）《》【】〔〕…—";
const ASCII_TO_FULL: Readonly<Record<string, string>> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
};
const SPACE = /[ \t\u00a0\u2002\u2003\u2009\u3000]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCT.includes(ch));
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Full-width letters and digits (０-９, Ａ-Ｚ, ａ-ｚ) as ASCII, as offices type numbers. */
function foldWideAlnum(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Pairs ASCII parentheses (linear scan) and makes a pair full-width when it holds Chinese. */
function widenParentheses(chars: string[]): void {
  let open = -1;
  let hasHan = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === "(" || ch === "（") {
      open = ch === "(" ? i : -1;
      hasHan = false;
    } else if (ch === ")" && open !== -1) {
      if (hasHan) {
        chars[open] = "（";
        chars[i] = "）";
      }
      open = -1;
    } else if (open !== -1 && HAN.test(ch ?? "")) {
      hasHan = true;
    }
  }
  // A lone "(" or ")" right beside Chinese text is a marker's half, e.g. "一)" or "(一".
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === "(" && isChinese(chars[i + 1])) chars[i] = "（";
    if (chars[i] === ")" && isChinese(chars[i - 1])) chars[i] = "）";
  }
}

/** ASCII double quotes in Chinese text become “…” pairs, alternating within the line. */
function widenQuotes(chars: string[]): void {
  if (!chars.some((ch) => HAN.test(ch))) return;
  let opening = true;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '"') continue;
    chars[i] = opening ? "“" : "”";
    opening = !opening;
  }
}

/** For each position, the first non-space character after it (one pass, so runs of spaces stay linear). */
function nextNonSpaceTable(chars: readonly string[]): (string | undefined)[] {
  const table = new Array<string | undefined>(chars.length);
  let next: string | undefined;
  for (let i = chars.length - 1; i >= 0; i--) {
    table[i] = next;
    const ch = chars[i] ?? "";
    if (!SPACE.test(ch)) next = ch;
  }
  return table;
}

function widenMarks(chars: string[]): void {
  const nextNonSpace = nextNonSpaceTable(chars);
  let before: string | undefined;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    const wide = ASCII_TO_FULL[ch];
    if (wide === undefined) {
      if (!SPACE.test(ch)) before = ch;
      continue;
    }
    const after = nextNonSpace[i];
    // 1,000 and 00:32 stay as they are.
    if (isDigit(chars[i - 1]) && isDigit(chars[i + 1])) continue;
    if (isChinese(before) || isChinese(after)) chars[i] = wide;
    before = chars[i];
  }
}

/**
 * Spaces next to full-width marks are layout debris; spaces between Han characters are
 * debris in prose (a line with sentence marks) but meaningful in a short line such as the
 * speaker line "区委书记 张三".
 */
function dropDebrisSpaces(chars: readonly string[]): string {
  const prose = chars.includes("。") || chars.includes("，");
  const nextNonSpace = nextNonSpaceTable(chars);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    if (!SPACE.test(ch)) {
      out.push(ch);
      continue;
    }
    const before = out[out.length - 1];
    const after = nextNonSpace[i];
    if (before === undefined || after === undefined) continue;
    if (before === " ") continue;
    const nextToPunct = CJK_PUNCT.includes(before) || CJK_PUNCT.includes(after);
    const betweenHan = HAN.test(before) && HAN.test(after);
    if (nextToPunct || (prose && betweenHan)) continue;
    out.push(" ");
  }
  return out.join("");
}

/**
 * Slot markers keep the ASCII colon they are printed with (〔待补:…〕), so that no rule
 * looking for a full-width ： mistakes the inside of a slot for a sentence mark.
 */
const SLOT_OPENING = /([〔【])(待补|待填)：/g;

/**
 * Anything the steps below would change: ASCII marks, spaces, wide letters and digits,
 * invisible characters. A line without any is already normal, as most lines of a clean
 * draft are, so it skips the per-character passes (they dominate mining time).
 */
const NEEDS_WORK =
  /[,;:?!()"\s\u00a0\u2002\u2003\u2009\u3000\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u200b-\u200d\u2060\ufeff\u00ad]/;

/** Normalises one line: full-width Chinese punctuation, ASCII digits, no debris spaces. */
export function normalizeLine(line: string): string {
  if (!NEEDS_WORK.test(line)) return line.replace(SLOT_OPENING, "$1$2:");
  const chars = Array.from(foldWideAlnum(line.replace(INVISIBLE, "")));
  widenParentheses(chars);
  widenQuotes(chars);
  widenMarks(chars);
  return dropDebrisSpaces(chars).trim().replace(SLOT_OPENING, "$1$2:");
}

/** Normalises line ends and every line of a text. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, "\n").split("\n").map(normalizeLine).join("\n");
}
