import type { Command } from "commander";
import { UserError } from "../../errors.js";

// Placeholder until the batch command lands.
export function registerBatch(program: Command): void {
  program
    .command("batch")
    .description("(开发中)")
    .action(() => {
      throw new UserError("该命令尚在开发中。");
    });
}
