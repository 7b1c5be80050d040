// The interview's answers are saved after every question, so Ctrl-C, a closed terminal or
// a crash loses nothing: `jianggao --resume` picks up where it stopped.
import { existsSync, readFileSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { UserError } from "../index.js";
import { writeFileAtomic } from "./files.js";

/** Raw answers in the answers-file shape, as typed so far. */
export type RawAnswers = Record<string, unknown>;

export interface InterviewSession {
  readonly version: 1;
  readonly answers: RawAnswers;
  /** Question ids already asked (an empty answer counts: the default applies). */
  readonly asked: readonly string[];
  /** The outline the clerk approved or edited, when the interview got that far. */
  readonly outline?: unknown;
  readonly savedAt: string;
}

/** $JIANGGAO_HOME, else $XDG_CONFIG_HOME/jianggao, else ~/.config/jianggao. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env["JIANGGAO_HOME"]) return env["JIANGGAO_HOME"];
  const base = env["XDG_CONFIG_HOME"] || join(homedir(), ".config");
  return join(base, "jianggao");
}

export function sessionPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), "interview.json");
}

export function emptySession(): InterviewSession {
  return { version: 1, answers: {}, asked: [], savedAt: new Date().toISOString() };
}

export async function saveSession(path: string, session: InterviewSession): Promise<void> {
  const data = { ...session, savedAt: new Date().toISOString() };
  await writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`, { force: true });
}

/** The largest progress file read: answers are a few KB; anything bigger is not ours. */
const MAX_SESSION_BYTES = 1024 * 1024;

export function loadSession(path: string): InterviewSession | undefined {
  if (!existsSync(path)) return undefined;
  // A FIFO or a device here would block the read for ever; a folder cannot be read.
  const stats = statSync(path);
  if (!stats.isFile() || stats.size > MAX_SESSION_BYTES) {
    throw new UserError(
      `答题进度的位置被${stats.isDirectory() ? "一个文件夹" : stats.isFile() ? "一个过大的文件" : "一个设备或管道"}占用,无法继续:${path}。请移走它后重新开始,或用 jianggao new --answers 指定答案文件。`,
      { file: path },
    );
  }
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as Partial<InterviewSession>;
    if (data.version !== 1 || typeof data.answers !== "object" || data.answers === null) {
      throw new Error("shape");
    }
    return {
      version: 1,
      answers: data.answers,
      asked: Array.isArray(data.asked) ? data.asked : [],
      ...(data.outline === undefined ? {} : { outline: data.outline }),
      savedAt: String(data.savedAt ?? ""),
    };
  } catch {
    throw new UserError(
      `保存的答题进度已损坏,无法继续:${path}。可删除该文件后重新开始,或用 jianggao new --answers 指定答案文件。`,
      { file: path },
    );
  }
}

export async function clearSession(path: string): Promise<void> {
  await rm(path, { force: true });
}
