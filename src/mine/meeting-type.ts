// Which kind of meeting a speech was given at, as one of the meeting type ids of
// phrasebank/README.md. The title says it best (在全区经济工作会议上的讲话); when there is
// no title, or it names no meeting, the body's recurring words decide.
import { inlineText, type Speech } from "../model/index.js";

/** The meeting type ids of phrasebank/README.md, with the words that name each. */
const MEETING_TYPES: readonly {
  readonly id: string;
  readonly title: RegExp;
  readonly body: RegExp;
}[] = [
  { id: "经济工作会议", title: /经济工作会/, body: /经济工作会/g },
  { id: "政府全体会议", title: /全体(扩大)?会议?/, body: /全体(扩大)?会议/g },
  { id: "经济运行分析会", title: /经济运行(分析|调度|形势)/, body: /经济运行|运行分析|双过半/g },
  { id: "半年工作会议", title: /半年|年中工作|年中总结/, body: /上半年|下半年|半年/g },
  {
    id: "专项行动动员部署大会",
    title: /动员(部署)?(大会|会)|部署(大会|会)|誓师/,
    body: /动员部署|专项行动|誓师/g,
  },
  {
    id: "重大项目建设推进会",
    title: /项目.{0,6}(推进|观摩|调度|拉练)|重大项目/,
    body: /重大项目|项目建设|开工|投产/g,
  },
  { id: "招商引资工作会议", title: /招商/, body: /招商|签约|落地项目/g },
  { id: "安全生产工作会议", title: /安全生产|安全工作|安全防范/, body: /安全生产|隐患|事故/g },
  {
    id: "党风廉政建设工作会议",
    title: /党风廉政|廉政|纪检监察|反腐/,
    body: /廉政|廉洁|腐败|纪律/g,
  },
  { id: "乡村振兴工作会议", title: /乡村振兴|三农|农村工作/, body: /乡村振兴|农村|农业|农民/g },
  { id: "优化营商环境大会", title: /营商环境/, body: /营商环境|市场主体|办事/g },
  {
    id: "年终工作总结暨表彰大会",
    title: /表彰|年终|总结(大)?会/,
    body: /表彰|先进|受表彰/g,
  },
  { id: "防汛工作会议", title: /防汛|抗旱|度汛/, body: /防汛|汛期|洪水|抢险/g },
  {
    id: "生态环境保护工作会议",
    title: /生态环境|环境保护|环保|污染防治/,
    body: /生态|污染|环保|减排/g,
  },
  { id: "作风建设大会", title: /作风(建设|整顿|纪律)/, body: /作风|形式主义|官僚主义/g },
];

/** Meeting type ids, in the order phrasebank/README.md lists them. */
export const MEETING_TYPE_IDS: readonly string[] = MEETING_TYPES.map((type) => type.id);

// A type must be named this often in the opening and closing before they alone decide.
const BODY_MIN_HITS = 2;

/** The meeting type named earliest in a title (经济运行分析暨重大项目建设推进会 → 经济运行分析会). */
export function meetingTypeFromTitle(title: string): string | undefined {
  let best: string | undefined;
  let bestAt = Infinity;
  for (const type of MEETING_TYPES) {
    const at = title.search(type.title);
    if (at !== -1 && at < bestAt) {
      best = type.id;
      bestAt = at;
    }
  }
  return best;
}

/** The meeting type whose words recur most in the body, if any recurs enough. */
export function meetingTypeFromBody(body: string): string | undefined {
  let best: string | undefined;
  let bestHits = BODY_MIN_HITS - 1;
  for (const type of MEETING_TYPES) {
    const hits = body.match(type.body)?.length ?? 0;
    if (hits > bestHits) {
      best = type.id;
      bestHits = hits;
    }
  }
  return best;
}

/**
 * The opening and closing: where a speech says what meeting this is (全面总结了上半年的
 * 工作). Headings and parts are left out: they name work topics (项目建设, 乡村振兴), not
 * the meeting.
 */
function framingText(speech: Speech): string {
  const out: string[] = [];
  for (const block of [...speech.opening, ...speech.closing]) {
    if (block.kind === "paragraph") out.push(inlineText(block.content));
  }
  return out.join("\n");
}

/** The meeting type id of a speech: from its title first, then from its opening and closing. */
export function classifyMeetingType(speech: Speech): string | undefined {
  return (
    meetingTypeFromTitle(inlineText(speech.title)) ??
    (speech.meta.meetingType !== undefined && MEETING_TYPE_IDS.includes(speech.meta.meetingType)
      ? speech.meta.meetingType
      : undefined) ??
    meetingTypeFromBody(framingText(speech))
  );
}
