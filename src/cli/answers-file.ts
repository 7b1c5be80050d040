// Reading an answers file (JSON or YAML), shared by `jianggao new --answers` and `jianggao batch`.
import { readFileSync } from "node:fs";
import { parseYamlData as parseYaml, UserError } from "../index.js";

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
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(path) ? parseYaml(source) : JSON.parse(source);
  } catch (error) {
    throw new UserError(
      `答案文件不是合法的 ${/\.ya?ml$/i.test(path) ? "YAML" : "JSON"}:${(error as Error).message}`,
      {
        file: path,
      },
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new UserError('答案文件应为一个对象,例如 {"type": "经济工作会议", "unit": "西峰区"}', {
      file: path,
    });
  }
  return data as Record<string, unknown>;
}
