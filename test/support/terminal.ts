// A real terminal for CLI tests: tmux (from Debian) runs the command in a pseudo-terminal;
// send-keys types, capture-pane reads the screen.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";

export interface Terminal {
  /** Types text or named keys (Enter, Down, C-c …), as tmux send-keys understands them. */
  keys(...keys: string[]): void;
  /** Types literal text (no key-name interpretation). */
  type(text: string): void;
  /** The visible screen plus scrollback. */
  screen(): string;
  /** Waits until the screen matches; throws with the screen on timeout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  close(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `command` (a shell command line) in a fresh tmux server of its own. */
export function openTerminal(
  command: string,
  options: { cwd: string; env?: Record<string, string> },
): Terminal {
  const socket = `jianggao-test-${randomUUID()}`;
  const tmux = (...args: string[]) =>
    execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8", cwd: options.cwd });
  const env = Object.entries(options.env ?? {}).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  // Keep the pane after the command ends so the last screen can be read.
  tmux(
    "new-session",
    "-d",
    "-s",
    "t",
    "-x",
    "140",
    "-y",
    "50",
    `cd ${JSON.stringify(options.cwd)} && env ${env.join(" ")} LANG=C.UTF-8 ${command}; echo "[exit $?]"; sleep 600`,
  );
  tmux("set-option", "-t", "t", "history-limit", "5000");
  const screen = () => tmux("capture-pane", "-p", "-J", "-S", "-2000", "-t", "t");
  return {
    keys: (...keys) => void tmux("send-keys", "-t", "t", ...keys),
    type: (text) => void tmux("send-keys", "-t", "t", "-l", text),
    screen,
    async waitFor(pattern, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      let last = "";
      while (Date.now() < deadline) {
        last = screen();
        if (pattern.test(last)) return last;
        await sleep(100);
      }
      throw new Error(`timed out waiting for ${pattern}; the screen was:\n${last}`);
    },
    close: () => {
      try {
        tmux("kill-server");
      } catch {
        // already gone
      }
    },
  };
}
