import type { Command } from "commander";

// Placeholder until the interactive interview lands: with no command, show the help.
export function registerInterview(program: Command): void {
  program.action(() => {
    program.help();
  });
}
