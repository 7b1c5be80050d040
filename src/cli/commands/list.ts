import type { Command } from "commander";
import { UserError } from "../../errors.js";

// Placeholder until the list command lands.
export function registerList(program: Command): void {
  program
    .command("list")
    .description("(开发中)")
    .action(() => {
      throw new UserError("该命令尚在开发中。");
    });
}
