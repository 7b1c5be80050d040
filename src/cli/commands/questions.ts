// jianggao questions <type>: the questions a meeting type asks, which are also the keys of
// its answers file.
import type { Command } from "commander";
import { loadCatalog, questionsFor, type Question } from "../../index.js";

function describe(q: Question): string {
  const extra = [
    q.required ? "必填" : "可不填",
    q.choices ? `可选:${q.choices.join("、")}` : "",
    q.default !== undefined ? `默认:${JSON.stringify(q.default)}` : "",
  ].filter(Boolean);
  return `${q.id}(${q.label},${extra.join(";")})${q.help ? `\n    ${q.help}` : ""}`;
}

export function registerQuestions(program: Command): void {
  program
    .command("questions")
    .description("列出某类会议要回答的问题(即答案文件的字段)")
    .argument("<类型>", "会议类型,如 经济工作会议(用 jianggao list 查看)")
    .option("--json", "以 JSON 输出")
    .action((type: string, options: { json?: boolean }) => {
      const questions = questionsFor(loadCatalog(), type);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(questions, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${type}的问题(答案文件中的字段):\n`);
      for (const q of questions) process.stdout.write(`  ${describe(q)}\n`);
    });
}
