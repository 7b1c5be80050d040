// Reading an answers file (JSON or YAML), shared by `jianggao new --answers` and `jianggao batch`.
import { readFileSync } from "node:fs";
import { parseYamlData as parseYaml, UserError } from "../index.js";
import { STDIN_NAME } from "./stdin.js";

/** The extensions an answers file may have; batch picks files by them. */
export const ANSWERS_EXTENSIONS: readonly string[] = [".json", ".yaml", ".yml"];

/** An answers file: JSON or YAML, chosen by its extension (JSON when unsure). */
export function readAnswersFile(path: string): Record<string, unknown> {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    throw new UserError(
      `读不到答案文件(${(error as NodeJS.ErrnoException).code ?? "未知原因"}):请检查路径。`,
      {
        file: path,
      },
    );
  }
  return parseAnswersText(source, path, /\.ya?ml$/i.test(path) ? "yaml" : "json");
}

/**
 * Answers given as text: JSON or YAML as named, or (piped in with --answers -) JSON when
 * it reads as JSON and YAML otherwise. `file` names the source in messages.
 */
export function parseAnswersText(
  source: string,
  file: string,
  format: "json" | "yaml" | "either",
): Record<string, unknown> {
  const yaml = format === "yaml" || (format === "either" && !/^\s*[{[]/.test(source));
  let data: unknown;
  try {
    data = yaml ? parseYaml(source) : JSON.parse(source);
  } catch (error) {
    throw new UserError(
      `答案${file === STDIN_NAME ? "" : "文件"}不是合法的 ${yaml ? "YAML" : "JSON"}:${(error as Error).message}`,
      {
        file,
      },
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new UserError('答案应为一个对象,例如 {"type": "经济工作会议", "unit": "西峰区"}', {
      file,
    });
  }
  return data as Record<string, unknown>;
}
