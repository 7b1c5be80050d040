import type { Command } from "commander";
import { UserError } from "../../errors.js";

// Placeholder until the new command lands.
export function registerNew(program: Command): void {
  program
    .command("new")
    .description("(开发中)")
    .action(() => {
      throw new UserError("该命令尚在开发中。");
    });
}
