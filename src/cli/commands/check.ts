import type { Command } from "commander";
import { UserError } from "../../errors.js";

// Placeholder until the check command lands.
export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("(开发中)")
    .action(() => {
      throw new UserError("该命令尚在开发中。");
    });
}
