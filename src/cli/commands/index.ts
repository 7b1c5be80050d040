import type { Command } from "commander";
import { registerBatch } from "./batch.js";
import { registerCheck } from "./check.js";
import { registerInterview } from "./interview.js";
import { registerList } from "./list.js";
import { registerMine } from "./mine.js";
import { registerNew } from "./new.js";
import { registerParse } from "./parse.js";
import { registerQuestions } from "./questions.js";
import { registerServe } from "./serve.js";

/** Every command, in the order `--help` lists them. Each module owns one command. */
export const COMMANDS: readonly ((program: Command) => void)[] = [
  registerInterview,
  registerNew,
  registerList,
  registerQuestions,
  registerParse,
  registerCheck,
  registerBatch,
  registerMine,
  registerServe,
];
