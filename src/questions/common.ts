// The questions every meeting type asks, in the order of the answers contract.
import { AGENDA_ITEMS, UNIT_LEVELS, type Question } from "./types.js";

/** Limits shared by every text answer (字). */
export const TEXT_MAX_CHARS = 200;
export const LIST_MAX_ITEMS = 20;

export const LENGTH_MIN_CHARS = 1500;
export const LENGTH_MAX_CHARS = 12000;
export const DEFAULT_LENGTH_CHARS = 5000;
/** A leader reads 120–240 字 a minute; 180 is a fair default (DESIGN.md). */
export const DEFAULT_RATE = 180;
export const RATE_MIN = 120;
export const RATE_MAX = 240;

export const COMMON_QUESTIONS: readonly Question[] = [
  {
    id: "type",
    label: "会议类型",
    kind: "choice",
    required: true,
    help: "用 jianggao list 查看全部会议类型",
  },
  {
    id: "unit",
    label: "单位",
    kind: "text",
    maxLength: 40,
    placeholder: "西峰区",
    help: "讲话所在的地方或单位全称;不填则在稿中留待补处",
  },
  {
    id: "unitLevel",
    label: "单位层级",
    kind: "choice",
    choices: UNIT_LEVELS,
    help: "决定“全区/全县/全市”“区委、区政府”等称谓;不填时按单位名称末字推断,推断不出按“区”",
  },
  {
    id: "speakerTitle",
    label: "讲话人职务",
    kind: "text",
    maxLength: 40,
    placeholder: "区委书记",
    help: "书记侧重党建和作风,区长、县长、市长侧重经济工作",
  },
  {
    id: "speakerName",
    label: "讲话人姓名",
    kind: "text",
    maxLength: 20,
    placeholder: "张三",
    help: "不填则在稿中留待补处",
  },
  {
    id: "meetingName",
    label: "会议名称",
    kind: "text",
    maxLength: 60,
    placeholder: "全区经济工作会议",
    help: "标题写作“在…上的讲话”;不填则由“全区”和会议类型组成",
  },
  {
    id: "date",
    label: "会议日期",
    kind: "date",
    placeholder: "2026-02-23",
    help: "格式 YYYY-MM-DD;决定年份、季度和时令提法",
  },
  {
    id: "priorities",
    label: "工作重点",
    kind: "list",
    maxItems: 12,
    maxLength: 40,
    placeholder: "项目建设, 招商引资, 乡村振兴",
    help: "按顺序成为部署部分的各项;不填则用该类会议的常见重点",
  },
  {
    id: "achievements",
    label: "主要成绩",
    kind: "list",
    items: "sentences",
    placeholder: "地区生产总值增长6.5%",
    help: "原样写入形势部分;不填则留待补处,绝不编造数字",
  },
  {
    id: "problems",
    label: "存在问题",
    kind: "list",
    items: "sentences",
    placeholder: "财政收支矛盾突出",
    help: "原样写入形势部分;不填则留待补处",
  },
  {
    id: "agenda",
    label: "讲话前会上有哪些议程",
    kind: "list",
    choices: [...AGENDA_ITEMS, "无"],
    maxItems: AGENDA_ITEMS.length,
    placeholder: "工作报告、典型发言",
    help: `可多选:${AGENDA_ITEMS.join("、")};填“无”表示没有,开场白只讲会议目的`,
  },
  {
    id: "superiorMeeting",
    label: "本次会议贯彻的上级会议",
    kind: "text",
    maxLength: 60,
    placeholder: "全市安全生产工作会议",
    help: "开场白会讲明本次会议是贯彻落实这次会议的部署;不填则不提",
  },
  {
    id: "otherTopics",
    label: "篇幅不够时补充其他议题",
    kind: "choice",
    choices: ["是", "否"],
    help: "选“否”则只写所填的工作重点,篇幅靠把重点写深;综合性会议默认“是”,专题会议默认“否”",
  },
  {
    id: "projects",
    label: "重点项目",
    kind: "list",
    maxLength: 40,
    placeholder: "城东污水处理厂、智能装备产业园",
    group: "local",
    help: "稿中有合适的地方就点出项目名,只写名字,不替您编进度",
  },
  {
    id: "enterprises",
    label: "重点企业",
    kind: "list",
    maxLength: 40,
    placeholder: "宏达化工、长庆机械",
    group: "local",
    help: "稿中有合适的地方就点出企业名",
  },
  {
    id: "places",
    label: "本地地名",
    kind: "list",
    maxLength: 30,
    placeholder: "城关镇、经济开发区、北石窟寺景区、小岔村",
    group: "local",
    help: "乡镇、园区、景区、村,按名字末尾的字区分",
  },
  {
    id: "slogan",
    label: "本地提法或口号",
    kind: "text",
    maxLength: 30,
    placeholder: "生态立县、工业强县",
    group: "local",
    help: "稿中会用引号原样引用",
  },
  {
    id: "rankings",
    label: "上期主要指标及位次",
    kind: "list",
    items: "sentences",
    maxLength: 60,
    placeholder: "规上工业增加值增速全市第三",
    group: "local",
    help: "原样写入形势部分",
  },
  {
    id: "length",
    label: "篇幅",
    kind: "length",
    default: { chars: DEFAULT_LENGTH_CHARS },
    min: LENGTH_MIN_CHARS,
    max: LENGTH_MAX_CHARS,
    placeholder: "5000 字,或 25 分钟",
    help: "字数 1500–12000,或讲话分钟数(按每分钟 180 字折算,可设语速 120–240)",
  },
  {
    id: "seed",
    label: "稿号",
    kind: "number",
    default: 1,
    min: 0,
    max: 2 ** 31 - 1,
    help: "同样的答案和稿号得到同一篇稿子;换一个稿号就是“换一稿”",
  },
];

/** The contract's keys, in order. */
export const COMMON_IDS: readonly string[] = COMMON_QUESTIONS.map((q) => q.id);
