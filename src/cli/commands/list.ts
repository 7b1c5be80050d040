// jianggao list: the meeting types with their descriptions.
import type { Command } from "commander";
import { listMeetingTypes, loadCatalog } from "../../index.js";

export function registerList(program: Command): void {
  program
    .command("list")
    .description("列出可起草的会议类型及说明")
    .option("--json", "以 JSON 输出(含每种类型的问题)")
    .action((options: { json?: boolean }) => {
      const types = listMeetingTypes(loadCatalog());
      if (options.json) {
        process.stdout.write(`${JSON.stringify(types, null, 2)}\n`);
        return;
      }
      const width = Math.max(...types.map((t) => t.id.length));
      for (const t of types)
        process.stdout.write(`${t.id.padEnd(width + 2, "　")}${t.description}\n`);
      process.stdout.write(
        `\n共 ${types.length} 种。用 jianggao questions <类型> 查看某类会议要回答的问题。\n`,
      );
    });
}
