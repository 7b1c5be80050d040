// The interactive interview: type → questions → outline approval → layout and path →
// the Word file and a summary. Every answer is saved as soon as it is given.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import {
  UserError,
  composeOutline,
  composeSpeech,
  defaultFileName,
  isUserError,
  listMeetingTypes,
  outlineToText,
  splitListText,
  validateAnswers,
  writeSpeech,
  type Answers,
  type Catalog,
  type LayoutProfile,
  type MeetingTypeInfo,
  type Outline,
  type Question,
} from "../index.js";
import { writeFileAtomic } from "./files.js";
import { dropPart, headingAt, headingRefs, movePart, renameHeading } from "./outline-edit.js";
import type { Prompter } from "./prompt.js";
import { saveSession, type InterviewSession, type RawAnswers } from "./session.js";
import { summarizeDraft, summaryLines } from "./summary.js";

export interface InterviewDeps {
  readonly catalog: Catalog;
  readonly prompter: Prompter;
  readonly today: string;
  readonly sessionFile: string;
  /** Where progress lines and the summary go (stderr in the CLI). */
  readonly print: (line: string) => void;
}

/** Questions asked in the interview: the seed is chosen through 换一稿, not typed. */
const NOT_ASKED = new Set(["type", "seed"]);
/** The asked-list key that records the clerk's yes or no to the local material. */
const LOCAL_GATE = "@local";

/** 5000 / 5000字 → {chars}; 25分钟 / 25min → {minutes}. */
export function parseLengthInput(value: string): unknown {
  const match = /^(\d+)\s*(字|分钟|分|min|minutes?)?$/i.exec(value.trim());
  if (!match) return value.trim();
  const n = Number(match[1]);
  return match[2] && match[2] !== "字" ? { minutes: n } : { chars: n };
}

/** The typed text as an answers-file value for this question ("" means: use the default). */
export function answerFromInput(question: Question, value: string): unknown {
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  switch (question.kind) {
    case "list":
      return splitListText(question, trimmed);
    case "number":
      return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
    case "length":
      return parseLengthInput(trimmed);
    case "text":
    case "choice":
    case "date":
      return trimmed;
    default: {
      const never: never = question.kind;
      throw new Error(`unknown question kind ${String(never)}`);
    }
  }
}

function inputDefault(question: Question, raw: unknown): string | undefined {
  if (raw === undefined) return undefined;
  // Joined so that splitting it again by the question's grammar gives the same items.
  if (Array.isArray(raw)) return raw.join(question.items === "sentences" ? "；" : "、");
  if (question.kind === "length" && typeof raw === "object" && raw !== null) {
    const length = raw as { chars?: number; minutes?: number };
    return length.minutes !== undefined ? `${length.minutes}分钟` : String(length.chars ?? "");
  }
  return String(raw);
}

export class Interview {
  private session: InterviewSession;

  constructor(
    private readonly deps: InterviewDeps,
    session: InterviewSession,
  ) {
    this.session = session;
  }

  private async save(change: Partial<InterviewSession>): Promise<void> {
    this.session = { ...this.session, ...change };
    await saveSession(this.deps.sessionFile, this.session);
  }

  private async record(id: string, value: unknown): Promise<void> {
    const answers: RawAnswers = { ...this.session.answers };
    if (value === undefined) delete answers[id];
    else answers[id] = value;
    await this.save({ answers, asked: [...new Set([...this.session.asked, id])] });
  }

  /** Checks one answer in the context of the others; a Chinese message when it is bad. */
  private problemWith(id: string, value: unknown): string | undefined {
    const answers = { ...this.session.answers, [id]: value };
    if (value === undefined) delete answers[id];
    try {
      validateAnswers(answers, this.deps.catalog, { today: this.deps.today });
      return undefined;
    } catch (error) {
      if (isUserError(error) && (error.field === id || error.field?.startsWith(`${id}.`))) {
        return error.message;
      }
      return undefined;
    }
  }

  private async chooseType(): Promise<MeetingTypeInfo> {
    const types = listMeetingTypes(this.deps.catalog);
    const current = this.session.answers["type"];
    let id = typeof current === "string" ? current : undefined;
    if (!types.some((t) => t.id === id)) {
      id = await this.deps.prompter.select(
        "这是什么会议上的讲话?",
        types.map((t) => ({ value: t.id, name: t.id, description: t.description })),
      );
      await this.record("type", id);
    }
    return types.find((t) => t.id === id)!;
  }

  /** What pressing Enter at a choice gives, as the draft would take it: (默认:县). */
  private defaultLabel(question: Question): string {
    try {
      const answers = this.answers();
      const type = listMeetingTypes(this.deps.catalog).find((t) => t.id === answers.type);
      const value =
        question.id === "unitLevel"
          ? answers.unitLevel
          : question.id === "otherTopics"
            ? (answers.otherTopics ?? type?.otherTopics)
              ? "是"
              : "否"
            : undefined;
      return value === undefined ? "(默认)" : `(默认:${value})`;
    } catch {
      return "(默认)";
    }
  }

  private async askQuestion(question: Question): Promise<void> {
    const saved = this.session.answers[question.id];
    if (question.kind === "choice") {
      const keep = "\u0000default";
      const choice = await this.deps.prompter.select<string>(
        question.label,
        [
          { value: keep, name: this.defaultLabel(question), description: question.help ?? "" },
          ...(question.choices ?? []).map((c) => ({ value: c, name: c })),
        ],
        typeof saved === "string" ? saved : keep,
      );
      await this.record(question.id, choice === keep ? undefined : choice);
      return;
    }
    const help = question.choices
      ? `可选:${question.choices.join("、")};多项用顿号分开;直接回车用默认`
      : question.kind === "list"
        ? `${question.items === "sentences" ? "多项用“；”分开" : "多项用顿号或逗号分开"};直接回车跳过`
        : "直接回车跳过";
    const fallback = inputDefault(question, saved);
    const typed = await this.deps.prompter.input(question.label, {
      help: question.placeholder ? `例如 ${question.placeholder};${help}` : help,
      ...(fallback === undefined ? {} : { default: fallback }),
      validate: (value) => this.problemWith(question.id, answerFromInput(question, value)),
    });
    await this.record(question.id, answerFromInput(question, typed));
  }

  private answers(): Answers {
    return validateAnswers(this.session.answers, this.deps.catalog, { today: this.deps.today });
  }

  private showOutline(outline: Outline): void {
    this.deps.print("");
    this.deps.print("提纲:");
    for (const line of outlineToText(outline)) this.deps.print(`  ${line}`);
    this.deps.print("");
  }

  private async reviewOutline(): Promise<{ answers: Answers; outline: Outline }> {
    let answers = this.answers();
    let outline =
      (this.session.outline as Outline | undefined) ?? composeOutline(answers, this.deps.catalog);
    const { prompter } = this.deps;
    for (;;) {
      await this.save({ outline });
      this.showOutline(outline);
      const action = await prompter.select("这个提纲可以吗?", [
        { value: "accept", name: "可以,写全文" },
        { value: "reroll", name: "换一稿", description: "换一组标题和要点" },
        { value: "rename", name: "改一个标题" },
        { value: "move", name: "调整部分顺序" },
        { value: "drop", name: "删掉一个部分" },
      ] as const);
      switch (action) {
        case "accept":
          return { answers, outline };
        case "reroll":
          await this.record("seed", answers.seed + 1);
          answers = this.answers();
          outline = composeOutline(answers, this.deps.catalog);
          break;
        case "rename": {
          const refs = headingRefs(outline);
          const index = await prompter.select(
            "改哪个标题?",
            refs.map((ref, i) => ({
              value: i,
              name: `${ref.subPart === undefined ? "" : "  "}${headingAt(outline, ref)}`,
            })),
          );
          const ref = refs[index]!;
          const heading = await prompter.input("新标题", {
            default: headingAt(outline, ref),
            validate: (value) => (value.trim() === "" ? "标题不能为空。" : undefined),
          });
          outline = renameHeading(outline, ref, heading.trim());
          break;
        }
        case "move": {
          const names = outline.parts.map((part, i) => ({ value: i, name: part.heading }));
          const from = await prompter.select("移动哪个部分?", names);
          const to = await prompter.select(
            "移到第几部分的位置?",
            names.map((n) => ({
              value: n.value,
              name: `第${n.value + 1}部分的位置(现为:${n.name})`,
            })),
          );
          outline = movePart(outline, from, to);
          break;
        }
        case "drop": {
          if (outline.parts.length <= 1) {
            this.deps.print("只剩一个部分,不能再删。");
            break;
          }
          const index = await prompter.select(
            "删掉哪个部分?",
            outline.parts.map((part, i) => ({ value: i, name: part.heading })),
          );
          outline = dropPart(outline, index);
          break;
        }
        default: {
          const never: never = action;
          throw new Error(`unknown action ${String(never)}`);
        }
      }
    }
  }

  private async chooseOutput(answers: Answers): Promise<{ path: string; profile: LayoutProfile }> {
    const profile = await this.deps.prompter.select<LayoutProfile>("Word 版式", [
      {
        value: "gongwen",
        name: "公文版式",
        description: "三号仿宋,每页 22 行、每行 28 字(GB/T 9704)",
      },
      { value: "reading", name: "念稿版式", description: "大字号、大行距,便于领导念读" },
    ]);
    const suggested = defaultFileName(answers, "docx");
    for (;;) {
      const typed = await this.deps.prompter.input("保存为", {
        default: suggested,
        validate: (value) =>
          /\.docx$/i.test(value.trim()) ? undefined : "文件名请以 .docx 结尾。",
      });
      const path = resolve(typed.trim());
      if (!existsSync(path)) return { path, profile };
      const replace = await this.deps.prompter.confirm(`${path} 已存在,要覆盖吗?`, false);
      if (replace) return { path, profile };
    }
  }

  /**
   * Whether to ask the optional local material (projects, enterprises, places…): one
   * question first, so a clerk in a hurry presses Enter once instead of five times.
   */
  private async wantsLocal(): Promise<boolean> {
    const asked = this.session.asked.includes(LOCAL_GATE);
    const given = Object.keys(this.session.answers).some((id) =>
      ["projects", "enterprises", "places", "slogan", "rankings"].includes(id),
    );
    if (asked) return given || this.session.asked.includes(`${LOCAL_GATE}:yes`);
    const yes = await this.deps.prompter.confirm(
      "要补充本地素材吗?(重点项目、重点企业、地名、本地提法、指标位次;填了稿子会点出本地的名字)",
      false,
    );
    await this.save({
      asked: [...this.session.asked, LOCAL_GATE, ...(yes ? [`${LOCAL_GATE}:yes`] : [])],
    });
    return yes;
  }

  /** Runs the interview to the end; resolves to the path of the written file. */
  async run(): Promise<string> {
    const type = await this.chooseType();
    let local: boolean | undefined;
    for (const question of type.questions) {
      if (NOT_ASKED.has(question.id) || this.session.asked.includes(question.id)) continue;
      if (question.group === "local" && !(local ??= await this.wantsLocal())) continue;
      await this.askQuestion(question);
    }
    const { answers, outline } = await this.reviewOutline();
    const { path, profile } = await this.chooseOutput(answers);
    const speech = composeSpeech(answers, this.deps.catalog, { outline });
    const bytes = await writeSpeech(speech, "docx", { profile });
    await writeFileAtomic(path, bytes, { force: true });
    for (const line of summaryLines(path, summarizeDraft(speech, answers))) this.deps.print(line);
    return path;
  }
}

/** Thrown when a resumed session names a type the catalog no longer has. */
export function staleSessionError(file: string): UserError {
  return new UserError(`保存的答题进度无法继续:${file}。请删除该文件后重新开始。`, { file });
}
