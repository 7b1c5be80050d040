import type { Command } from "commander";
import { UserError, loadCatalog } from "../../index.js";
import { todayIso } from "../clock.js";
import { writeFileAtomic } from "../files.js";
import { Interview } from "../interview.js";
import {
  clearSession,
  emptySession,
  loadSession,
  sessionPath,
  type InterviewSession,
} from "../session.js";

interface InterviewOptions {
  readonly resume?: boolean;
  readonly saveAnswers?: string;
}

const print = (line: string) => process.stderr.write(`${line}\n`);

async function startingSession(resume: boolean, file: string): Promise<InterviewSession> {
  const saved = loadSession(file);
  if (resume) {
    if (!saved) {
      throw new UserError("没有可以继续的答题进度。直接运行 jianggao 开始新的起草。");
    }
    print(`继续上次的答题(保存于 ${file})。`);
    return saved;
  }
  if (saved && Object.keys(saved.answers).length > 0) {
    const { terminalPrompter } = await import("../prompt.js");
    const choice = await terminalPrompter().select("发现上次未答完的进度,要接着答吗?", [
      { value: "resume", name: "接着答", description: `进度保存在 ${file}` },
      { value: "restart", name: "重新开始", description: "上次的答案将被清除" },
    ]);
    if (choice === "resume") return saved;
  }
  return emptySession();
}

async function interview(options: InterviewOptions): Promise<void> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UserError(
      "当前不是在终端中运行,无法逐项提问。请用 jianggao new --answers <答案文件> 起草(示例见 examples/),或在终端中直接运行 jianggao。",
    );
  }
  // inquirer loads only for the interview, not for every other command (cold start).
  const { InterviewCancelled, terminalPrompter } = await import("../prompt.js");
  const file = sessionPath();
  const catalog = loadCatalog();
  const session = await startingSession(options.resume === true, file);
  const run = new Interview(
    { catalog, prompter: terminalPrompter(), today: todayIso(), sessionFile: file, print },
    session,
  );
  const saveAnswers = async () => {
    if (options.saveAnswers === undefined) return;
    const answers = loadSession(file)?.answers ?? session.answers;
    await writeFileAtomic(options.saveAnswers, `${JSON.stringify(answers, null, 2)}\n`, {
      force: true,
    });
    print(
      `答案已保存到 ${options.saveAnswers},可用 jianggao new --answers ${options.saveAnswers} 重新生成。`,
    );
  };
  try {
    await run.run();
  } catch (error) {
    if (error instanceof InterviewCancelled) {
      await saveAnswers();
      throw new UserError(`已中止。答案已随答随存,用 jianggao --resume 从中断处继续。`);
    }
    throw error;
  }
  await saveAnswers();
  await clearSession(file);
}

/** With no command, jianggao interviews the clerk (on a terminal). */
export function registerInterview(program: Command): void {
  program
    .option("--resume", "从上次中断处继续答题")
    .option("--save-answers <文件>", "把答案另存为 JSON,以后可用 jianggao new --answers 重放")
    .action(async (options: InterviewOptions) => interview(options));
}
