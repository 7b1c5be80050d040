import type { Command } from "commander";
import { UserError } from "../../errors.js";

// Placeholder until the mine command lands.
export function registerMine(program: Command): void {
  program
    .command("mine")
    .description("(开发中)")
    .action(() => {
      throw new UserError("该命令尚在开发中。");
    });
}
