import type { Command } from "commander";
import { UserError } from "../../errors.js";

// Placeholder until the serve command lands.
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("(开发中)")
    .action(() => {
      throw new UserError("该命令尚在开发中。");
    });
}
