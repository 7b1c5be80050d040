// The only door to inquirer: the interview talks to this small interface, so inquirer's
// types never leak into ours and the flow can be driven by a fake in unit tests.
import { confirm, input, select } from "@inquirer/prompts";

export interface PromptChoice<T> {
  readonly value: T;
  readonly name: string;
  readonly description?: string;
}

export interface Prompter {
  select<T>(message: string, choices: readonly PromptChoice<T>[], defaultValue?: T): Promise<T>;
  /** `validate` returns a Chinese message for a bad value, or undefined when it is fine. */
  input(
    message: string,
    options?: { default?: string; help?: string; validate?: (value: string) => string | undefined },
  ): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}

/** Thrown when the clerk presses Ctrl-C: the answers so far are already saved. */
export class InterviewCancelled extends Error {
  override readonly name = "InterviewCancelled";
}

async function guard<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof Error && error.name === "ExitPromptError") throw new InterviewCancelled();
    throw error;
  }
}

const SELECT_KEYS = { navigation: "(用 ↑↓ 选择,回车确认)", pager: "(用 ↑↓ 查看更多选项)" };

export function terminalPrompter(): Prompter {
  return {
    select: (message, choices, defaultValue) =>
      guard(
        select({
          message,
          choices: choices.map((c) =>
            c.description === undefined
              ? { value: c.value, name: c.name }
              : { value: c.value, name: c.name, description: c.description },
          ),
          default: defaultValue,
          pageSize: 12,
          instructions: SELECT_KEYS,
        }),
      ),
    input: (message, options = {}) =>
      guard(
        input({
          message: options.help ? `${message}(${options.help})` : message,
          ...(options.default === undefined ? {} : { default: options.default }),
          validate: (value: string) => options.validate?.(value) ?? true,
        }),
      ),
    confirm: (message, defaultValue) => guard(confirm({ message, default: defaultValue })),
  };
}
