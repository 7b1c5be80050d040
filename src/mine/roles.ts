// Which role a part plays in the speech's argument: 形势 (why: the situation, review,
// understanding), 措施 (what: tasks and measures) or 作风 (how: style, discipline,
// organisation). The heading decides first, its own structure (sub-headings, lead
// sentences) next, the body text last; position breaks ties because speeches almost
// always run 形势 → 措施 → 作风.
import { inlineText, type Block, type Part, type PartRole } from "../model/index.js";

/** Roles a part can play, in the order speeches usually take them. */
export const PART_ROLES: readonly PartRole[] = ["形势", "措施", "作风", "其他"];

type ArguedRole = Exclude<PartRole, "其他">;

// Words that signal each role. Kept to words a heading or a lead sentence uses for that
// role in the corpus (客观研判…形势, 认清形势, 怎么理解, 以什么样的状态和作风, 狠抓落实).
const ROLE_WORDS: Readonly<Record<ArguedRole, readonly string[]>> = {
  形势: [
    "形势",
    "成绩",
    "成效",
    "回顾",
    "总结",
    "认清",
    "研判",
    "清醒",
    "看到",
    "为什么",
    "理解",
    "认识",
    "意义",
    "紧迫感",
    "责任感",
    "使命感",
    "机遇",
    "挑战",
    "差距",
    "问题",
    "不足",
    "看清",
    "短板",
    "走势",
    "方位",
  ],
  措施: [
    "重点",
    "任务",
    "举措",
    "措施",
    "施策",
    "抓好",
    "推进",
    "推动",
    "怎么干",
    "怎样推进",
    "目标",
    "项目",
    "产业",
    "工业",
    "农业",
    "招商",
    "民生",
    "改革",
    "创新",
    "建设",
    "发展",
  ],
  作风: [
    "作风",
    "落实",
    "担当",
    "保障",
    "纪律",
    "干部",
    "组织领导",
    "以什么样的",
    "状态",
    "精气神",
    "督查",
    "考核",
    "问责",
    "廉洁",
    "实干",
    "从严",
    "压实",
    "落地",
    "落到实处",
    "劲头",
    "比学赶超",
  ],
};

const ARGUED_ROLES: readonly ArguedRole[] = ["形势", "措施", "作风"];

// A heading word counts for far more than a word in the body: bodies of 措施 parts talk
// about 干部 and 落实 all the time.
const HEADING_WEIGHT = 4;
const OUTLINE_WEIGHT = 1;
const BODY_WEIGHT = 0.25;
/** Hits per role are capped so a long part cannot outvote its own heading. */
const OUTLINE_HITS_CAP = 6;
const BODY_HITS_CAP = 4;
/**
 * Only the start of the body is read: a part states its business early, and scanning
 * every word list over whole parts was a third of the time spent on a speech's facts.
 */
const BODY_SAMPLE_CHARS = 2000;
/** Position only decides between roles that are otherwise level. */
const POSITION_WEIGHT = 0.01;

function countWords(value: string, words: readonly string[]): number {
  let n = 0;
  for (const word of words) {
    let at = value.indexOf(word);
    while (at !== -1) {
      n++;
      at = value.indexOf(word, at + word.length);
    }
  }
  return n;
}

/** Lead sentences of the items in these blocks, and the plain paragraphs' text. */
function splitBlocks(blocks: readonly Block[]): { leads: string[]; body: string[] } {
  const leads: string[] = [];
  const body: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "paragraph":
        body.push(inlineText(block.content));
        break;
      case "items":
        body.push(inlineText(block.intro));
        for (const item of block.items) {
          leads.push(inlineText(item.lead));
          body.push(inlineText(item.body));
        }
        break;
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  }
  return { leads, body };
}

/** The role the part's position suggests: first 形势, last 作风, the rest 措施. */
function positionalRole(index: number, partsCount: number): ArguedRole {
  if (partsCount >= 3 && index === 0) return "形势";
  if (partsCount >= 3 && index === partsCount - 1) return "作风";
  return "措施";
}

/** Scores each role from the part's words; exported for the report's explanations. */
export function roleScores(part: Part): Record<ArguedRole, number> {
  const heading = inlineText(part.heading);
  const own = splitBlocks(part.blocks);
  const outline = [...own.leads];
  const body = [...own.body];
  for (const sub of part.subParts) {
    outline.push(inlineText(sub.heading));
    const inner = splitBlocks(sub.blocks);
    outline.push(...inner.leads);
    body.push(...inner.body);
  }
  const outlineText = outline.join("\n");
  const bodyText = body.join("\n").slice(0, BODY_SAMPLE_CHARS);
  const scores = { 形势: 0, 措施: 0, 作风: 0 };
  for (const role of ARGUED_ROLES) {
    const words = ROLE_WORDS[role];
    scores[role] =
      HEADING_WEIGHT * countWords(heading, words) +
      OUTLINE_WEIGHT * Math.min(OUTLINE_HITS_CAP, countWords(outlineText, words)) +
      BODY_WEIGHT * Math.min(BODY_HITS_CAP, countWords(bodyText, words));
  }
  // The shape speaks too: tasks are laid out as several (一)(二) sub-parts, while a 形势
  // part argues in prose, with no sub-parts and no enumerated leads.
  if (part.subParts.length >= 2) scores.措施 += HEADING_WEIGHT;
  if (part.subParts.length === 0 && outline.length === 0 && body.length >= 3)
    scores.形势 += HEADING_WEIGHT / 2;
  return scores;
}

/**
 * The role of the part at `index` among `partsCount` parts. "其他" when nothing in the
 * part speaks for any role.
 */
export function classifyPartRole(part: Part, index: number, partsCount: number): PartRole {
  const scores = roleScores(part);
  const prior = positionalRole(index, partsCount);
  let best: PartRole = "其他";
  let bestScore = 0;
  for (const role of ARGUED_ROLES) {
    if (scores[role] === 0) continue;
    const score = scores[role] + (role === prior ? POSITION_WEIGHT : 0);
    if (score > bestScore) {
      best = role;
      bestScore = score;
    }
  }
  return best;
}

/** The roles of all parts of a speech, in order (the speech's skeleton). */
export function classifyPartRoles(parts: readonly Part[]): PartRole[] {
  return parts.map((part, index) => part.role ?? classifyPartRole(part, index, parts.length));
}
