// The only place that calls process.exit: one error boundary for every command.
import { Command, CommanderError } from "commander";
import { EXIT_INTERNAL_ERROR, EXIT_OK, EXIT_USER_ERROR, isUserError } from "../errors.js";
import { COMMANDS } from "./commands/index.js";
import { VERSION } from "./version.js";

export function buildProgram(): Command {
  const program = new Command("jianggao")
    .description("讲稿:为领导讲话稿起草初稿,排成公文格式的 Word 文件(全程离线)")
    .version(VERSION, "-V, --version", "显示版本号")
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [命令]", "显示某个命令的帮助")
    .option("--debug", "出错时显示完整的调用栈(报告问题时使用)")
    .showHelpAfterError("(用 --help 查看用法)")
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });
  for (const register of COMMANDS) register(program);
  return program;
}

function reportError(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander already printed its message (or the help / version text).
    return error.exitCode === 0 ? EXIT_OK : EXIT_USER_ERROR;
  }
  if (isUserError(error)) {
    const where = [error.file, error.line].filter((x) => x !== undefined).join(":");
    process.stderr.write(`错误:${where ? `${where}:` : ""}${error.message}\n`);
    return EXIT_USER_ERROR;
  }
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `内部错误:${detail}\n这是 jianggao 的问题,不是您的输入有误。请用 --debug 重试,并把输出报告给维护者。\n`,
  );
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return EXIT_INTERNAL_ERROR;
}

export async function main(argv: readonly string[]): Promise<void> {
  const debug = argv.includes("--debug");
  let code = EXIT_OK;
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (error) {
    code = reportError(error, debug);
  }
  process.exitCode = code;
  // Let pending stdout writes drain before leaving: process.exit would cut piped output.
  if (code !== EXIT_OK) process.exitCode = code;
}
