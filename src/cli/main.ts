// The only place that calls process.exit: one error boundary for every command.
import { Command, CommanderError } from "commander";
import { EXIT_INTERNAL_ERROR, EXIT_OK, EXIT_USER_ERROR, isUserError } from "../errors.js";
import { COMMANDS } from "./commands/index.js";
import { VERSION } from "./version.js";
import { placed } from "./location.js";

export function buildProgram(): Command {
  const program = new Command("jianggao")
    .description("讲稿:为领导讲话稿起草初稿,排成公文格式的 Word 文件(全程离线)")
    .version(VERSION, "-V, --version", "显示版本号")
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [命令]", "显示某个命令的帮助")
    .option("--debug", "出错时显示完整的调用栈(报告问题时使用)")
    .exitOverride()
    // commander's own error lines are English: reportError prints them in Chinese instead.
    .configureOutput({ outputError: () => undefined });
  for (const register of COMMANDS) register(program);
  return program;
}

/** commander's usage errors, said in Chinese; the quoted name comes from its message. */
export function usageMessage(error: CommanderError, args: readonly string[] = []): string {
  const name = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  // `jianggao nonsense` reaches the interview, which takes no arguments.
  const stray = args.find((arg) => !arg.startsWith("-"));
  switch (error.code) {
    case "commander.unknownCommand":
      return `没有“${name}”这个命令。用 jianggao --help 查看全部命令。`;
    case "commander.unknownOption":
      return `没有“${name}”这个选项。用 --help 查看该命令的选项。`;
    case "commander.missingArgument":
      return `缺少参数“${name}”。用 --help 查看用法。`;
    case "commander.optionMissingArgument":
      return `选项“${name}”需要一个取值。用 --help 查看用法。`;
    case "commander.missingMandatoryOptionValue":
      return `缺少必填的选项“${name}”。用 --help 查看用法。`;
    case "commander.excessArguments":
      return args[0] === stray && stray !== undefined
        ? `没有“${stray}”这个命令。用 jianggao --help 查看全部命令。`
        : `参数太多。用 --help 查看用法。`;
    default:
      return `${error.message.replace(/^error: /, "")}(用 --help 查看用法)`;
  }
}

function reportError(error: unknown, debug: boolean, args: readonly string[]): number {
  if (error instanceof CommanderError) {
    // Help and version have been printed; only a usage error still needs saying.
    if (error.exitCode === 0) return EXIT_OK;
    process.stderr.write(`错误:${usageMessage(error, args)}\n`);
    return EXIT_USER_ERROR;
  }
  if (isUserError(error)) {
    process.stderr.write(`错误:${placed(error.message, error.file, error.line)}\n`);
    return EXIT_USER_ERROR;
  }
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `内部错误:${detail}\n这是 jianggao 的问题,不是您的输入有误。请用 --debug 重试,并把输出报告给维护者。\n`,
  );
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return EXIT_INTERNAL_ERROR;
}

/** A reader that stops early (jianggao check … | head) closes the pipe: that is not an error. */
function quietOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
}

export async function main(argv: readonly string[]): Promise<void> {
  quietOnClosedPipe();
  const debug = argv.includes("--debug");
  let code = EXIT_OK;
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (error) {
    code = reportError(error, debug, argv.slice(2));
  }
  // exitCode, not exit(): pending stdout writes must drain, or piped output is cut short.
  process.exitCode = code;
}
