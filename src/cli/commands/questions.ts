import type { Command } from "commander";
import { UserError } from "../../errors.js";

// Placeholder until the questions command lands.
export function registerQuestions(program: Command): void {
  program
    .command("questions")
    .description("(开发中)")
    .action(() => {
      throw new UserError("该命令尚在开发中。");
    });
}
