// Site boilerplate removal: web copies of speeches carry navigation, download buttons,
// view counts, disclaimers and inline URLs such as "（www.example.com）" that are no
// part of the speech. The rules describe web pages in general, not any one site.
import type { SourceLine } from "./source.js";

/** URLs start with a scheme or www., or are a bare domain; bounded so a long line stays linear. */
const URL_PATTERN =
  /[（(]?\s*(?:(?:https?:\/\/|www\.)[A-Za-z0-9.\-/_%?=&#~:+]+|\b[A-Za-z0-9-]{1,63}\.(?:com|cn|net|org|gov|edu|cc|top|info)\b(?:\/[A-Za-z0-9.\-/_%?=&#~]*)?)\s*[）)]?/gi;

/** Disclaimers and copyright notices, wherever they stand and however long they are. */
const DISCLAIMER =
  /免责声明|版权归原作者|版权归作者|如有侵权|侵犯.{0,12}版权|侵权.{0,10}删除|联系.{0,10}删除|仅供学习|仅限学习|转载请注明|版权所有|来源：\s*网络/;

/** Calls to follow, read more or see related pages, on lines of their own. */
const PAGE_CALL =
  /更多.{0,10}(?:范文|内容|资料|文章)|请关注|关注.{0,6}公众号|点击.{0,6}(?:查看|阅读|下载|进入)|猜你喜欢|相关文章|相关推荐|热门文章|精品推荐|展开全文|原文地址|原标题：/;
const PAGE_CALL_MAX = 80;

/** A page's abstract or teaser repeats the text out of order. */
const ABSTRACT = /^(?:【摘要】|【导读】|【内容提要】|摘要：|导读：|内容摘要|内容提要)/;

/** A file name or download offer: "…讲话.doc", "下载本文的Word文档". */
const DOWNLOAD_OFFER =
  /\.(?:docx?|pdf|wps|txt)(?![A-Za-z])|下载.{0,12}(?:文档|Word|WORD|doc|本文|全文|附件)|(?:文档|Word|WORD|本文|全文).{0,12}下载/;

/** Words of a web page's furniture: buttons, counters, breadcrumbs, meta data. */
const PAGE_FURNITURE =
  /收藏|分享|扫码|扫一扫|反馈|浏览|阅读|推荐度|热搜|登录|举报|点赞|评论|上一篇|下一篇|上一页|下一页|首页|当前位置|您的位置|VIP|会员|领取|二维码|微信|公众号|客服|字数|\d+个字|文档|标签|关键词|责任编辑|编辑：|作者：|发布时间|发布于|来源：|时间：|日期：|点击|版权|下载|＞|>|»/g;

const NUMERIC_DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;
const NO_WORDS = /^[\d\sA-Za-z\p{P}\p{S}]*$/u;
const TITLE_WORD = /讲话|发言|致辞|讲稿|报告/;
const SENTENCE_END = /[。！？]$/;

const SHORT_LINE = 40;
const MEDIUM_LINE = 160;

/** A sentence of running text: clauses joined by ，/、/； and closed by 。！？. */
function isProse(text: string): boolean {
  return SENTENCE_END.test(text) && (text.match(/[，、；]/g)?.length ?? 0) >= 2;
}

function furnitureWordCount(text: string): number {
  const words = new Set<string>();
  for (const match of text.matchAll(PAGE_FURNITURE)) words.add(match[0]);
  return words.size;
}

/** Whether a line (URLs already removed) is page furniture rather than speech text. */
export function isBoilerplate(text: string, hadUrl = false): boolean {
  if (text === "" || NO_WORDS.test(text)) return true;
  if (DISCLAIMER.test(text) || ABSTRACT.test(text) || DOWNLOAD_OFFER.test(text)) return true;
  if (text.length <= PAGE_CALL_MAX && PAGE_CALL.test(text)) return true;
  if (text.length > MEDIUM_LINE) return false;
  const furniture = furnitureWordCount(text);
  // Several furniture words at once ("分享 时间: 加入收藏 共计…字") — unless the line is
  // prose: a speech sentence may well say 畅通举报渠道…有反馈 and must be kept whole.
  if (furniture >= 2 && !isProse(text)) return true;
  if (text.length > SHORT_LINE || SENTENCE_END.test(text)) return false;
  if (hadUrl || NUMERIC_DATE.test(text)) return true;
  // A title may legitimately hold such a word (全民阅读推进会上的讲话).
  return furniture === 1 && !(TITLE_WORD.test(text) && !text.includes("："));
}

/** Removes inline URLs and the empty parentheses they leave behind. */
export function stripUrls(text: string): { text: string; hadUrl: boolean } {
  let hadUrl = false;
  const stripped = text.replace(URL_PATTERN, (match) => {
    hadUrl = true;
    // Keep a parenthesis that only one side of the match owned.
    const open = /^[（(]/.test(match) && !/[）)]$/.test(match) ? match[0] : "";
    const close = /[）)]$/.test(match) && !/^[（(]/.test(match) ? match[match.length - 1] : "";
    return `${open ?? ""}${close ?? ""}`;
  });
  return { text: stripped.trim(), hadUrl };
}

export interface CleanResult {
  readonly lines: SourceLine[];
  /** Lines dropped as boilerplate, for diagnostics. */
  readonly dropped: SourceLine[];
}

/** Drops boilerplate lines and strips inline URLs from the others. */
export function dropBoilerplate(lines: readonly SourceLine[]): CleanResult {
  const kept: SourceLine[] = [];
  const dropped: SourceLine[] = [];
  for (const line of lines) {
    const { text, hadUrl } = stripUrls(line.text);
    if (isBoilerplate(text, hadUrl)) dropped.push(line);
    else kept.push({ text, line: line.line });
  }
  return { lines: kept, dropped };
}
