// unit.foreign: place and unit names that are not the speaker's — the leftovers of a
// speech borrowed from another unit (西峰区 in a 庆城县 speech). Chinese has no spaces, so
// a name is read backwards from its 区/县/市/镇/乡 and must start after a clear boundary;
// common nouns (全区, 园区, 市场 …) and words that cannot be part of a name are left out.
import type { Finding, RuleContext } from "../finding.js";
import { excerptAt, lineOf } from "../text.js";

/** Administrative levels, higher first; a name of the unit's own level is the telling leftover. */
const LEVEL: Readonly<Record<string, number>> = { 市: 1, 区: 2, 县: 2, 镇: 3, 乡: 3 };
const SUFFIXES = Object.keys(LEVEL).join("");

/** Words ending in a suffix that name no place. */
const COMMON_BEFORE = new Set(
  (
    "城区 园区 社区 景区 片区 辖区 开发区 新区 老区 市区 郊区 山区 主城区 示范区 集聚区 功能区 " +
    "保护区 试验区 先行区 核心区 自贸区 保税区 综保区 高新区 经开区 街区 矿区 库区 灾区 牧区 " +
    "林区 湾区 校区 厂区 小区 特区 行政区 服务区 生活区 商业区 工业区 居住区 城市 都市 超市 " +
    "生产区 项目区 禁养区 限养区 责任区 作业区 施工区 罐区 装置区 办公区 防区 汛区 行洪区 蓄滞洪区 " +
    "上市 城乡 乡镇 城镇 集镇 小城镇 重点镇 特色镇 中心镇 古镇 名镇 村镇 县市 市县 区县 县区 " +
    "盲区 误区 禁区 雷区 深水区 危险区 风险区 险区 警戒区 缓冲区 高发区 易发区 重灾区 空白区 " +
    "棚户区 安置区 试点区 生态区 风景区 旅游区 度假区 商务区 物流区 合作区 规划区 建成区 " +
    "省市 地市 州市 市辖区 农区 边区 苏区 藏区 地区 自治区 强区 强县 强市 强镇 大县 大区 名县 名区"
  ).split(" "),
);
/** Words starting with a suffix: the suffix is not the end of a name (市场, 县域, 乡村). */
const COMMON_AFTER =
  /^(?:市场|市民|市值|市容|市面|市井|区域|区位|区间|区块|区分|区别|县域|县城|乡村|乡土|乡亲|乡愁|乡贤|乡风|镇村)/;
/**
 * 区委、县政府、市本级, and 区、乡、村 listed as levels: the speech's own unit named by its
 * level alone, read after a verb (推动区委…) that would otherwise look like a name.
 */
const ORGAN_AFTER = /^.(?:委|政府|人大|政协|直|级|属|本级|、[乡镇村区县市])/;
/** Characters that never sit inside a place name here: particles, pronouns, numerals, organs. */
const NOT_IN_NAME =
  /[的了在和与及同对向从到赴于是为全各本我该这那每其此省市县区镇乡州等个一二三四五六七八九十两委府政党局厅部办会院处署队所站人年请即占月日多几要把被让将使以按由并且也都还又再就而或但才更很最“”]/;
/**
 * Characters a name may follow besides a non-Han one: particles, the province or city it
 * lies in, and the last character of words of comparing and going (占, 第10名, 对标, 走访).
 */
const BEFORE_NAME =
  /[在和与及同对向从到赴于是为的省市州县区、占名比较如像去往至来即请标访察鉴好超过跟]/;
const HAN = /\p{Script=Han}/u;

/** The place name ending at the suffix at `p`, when it starts after a clear boundary. */
export function placeNameAt(text: string, p: number): string | undefined {
  const suffix = text[p] ?? "";
  const after = text.slice(p);
  if (!SUFFIXES.includes(suffix) || COMMON_AFTER.test(after) || ORGAN_AFTER.test(after))
    return undefined;
  for (const k of [3, 2, 1])
    if (p - k >= 0 && COMMON_BEFORE.has(text.slice(p - k, p + 1))) return undefined;
  // Most county and district names have two characters (庆城县, 蔡甸区); three-character
  // readings took in the word before too often (对标庆城县 → 标庆城县), so only two are read,
  // after a clear boundary or a word that often stands before a place (占博罗县, 对标庆城县).
  const name = text.slice(Math.max(0, p - 2), p);
  if (name.length < 2 || [...name].some((ch) => !HAN.test(ch) || NOT_IN_NAME.test(ch)))
    return undefined;
  const before = text[p - 3];
  if (before === undefined || !HAN.test(before) || BEFORE_NAME.test(before))
    return `${name}${suffix}`;
  return undefined;
}

interface NameSeen {
  readonly name: string;
  readonly line?: number;
  readonly excerpt: string;
  count: number;
}

function namesIn(context: RuleContext): Map<string, NameSeen> {
  const seen = new Map<string, NameSeen>();
  for (const unit of context.units) {
    for (let p = 0; p < unit.text.length; p++) {
      const name = placeNameAt(unit.text, p);
      if (name === undefined) continue;
      const known = seen.get(name);
      if (known) known.count++;
      else
        seen.set(name, {
          name,
          ...lineOf(unit),
          excerpt: excerptAt(unit.text, p - name.length + 1, name.length),
          count: 1,
        });
    }
  }
  return seen;
}

/** A name must come up this often before it is taken for the speaker's unit. */
const INFER_MIN_COUNT = 3;

/**
 * The speaker's unit when none was given: the place in the title (在西峰区…会议上的讲话),
 * else the one named most often. Comparisons with other places (第10名蔡甸区) come up
 * once or twice, so a guess needs a few mentions.
 */
export function inferUnit(context: RuleContext): string | undefined {
  const title = context.units[0]?.line === undefined ? context.units[0]?.text : undefined;
  for (let p = 0; title !== undefined && p < title.length; p++) {
    const name = placeNameAt(title, p);
    if (name !== undefined) return name;
  }
  let best: NameSeen | undefined;
  for (const seen of namesIn(context).values())
    if (seen.count >= INFER_MIN_COUNT && (!best || seen.count > best.count)) best = seen;
  return best?.name;
}

/** The same unit written fully or shortly: 西峰区 and 西峰, 庆城县 and 庆城. */
function isOwn(name: string, unit: string): boolean {
  const bare = (value: string): string => value.replace(new RegExp(`[${SUFFIXES}]$`), "");
  return name === unit || bare(name) === bare(unit) || unit.endsWith(name) || name.endsWith(unit);
}

export function checkForeignUnits(context: RuleContext): Finding[] {
  const unit = context.unit;
  if (unit === undefined) return [];
  // A unit given without its level (--unit 西峰) is taken for a district or county, the
  // level most speeches are written at.
  const ownLevel = LEVEL[unit.slice(-1)] ?? LEVEL["县"] ?? 2;
  const out: Finding[] = [];
  for (const seen of namesIn(context).values()) {
    const level = LEVEL[seen.name.slice(-1)];
    if (level === undefined || level > ownLevel || isOwn(seen.name, unit)) continue;
    const times = seen.count > 1 ? `(共 ${seen.count} 处)` : "";
    const guessed = context.unitInferred ? "(讲话单位是按文中名称推断的,不对请用 --unit 指定)" : "";
    out.push({
      rule: "unit.foreign",
      severity: level === ownLevel ? "warning" : "info",
      message:
        level === ownLevel
          ? `出现了“${seen.name}”${times},不是讲话单位“${unit}”:如果是从别处稿子改来的,请换成本单位的名称。${guessed}`
          : `提到上级或外地“${seen.name}”${times}:请确认是有意提及(如上级部署),而不是别处稿子的遗留。`,
      ...(seen.line === undefined ? {} : { line: seen.line }),
      excerpt: seen.excerpt,
    });
  }
  return out;
}
