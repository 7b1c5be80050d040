import type { Command } from "commander";
import { UserError } from "../../errors.js";

// Placeholder until the parse command lands.
export function registerParse(program: Command): void {
  program
    .command("parse")
    .description("(开发中)")
    .action(() => {
      throw new UserError("该命令尚在开发中。");
    });
}
