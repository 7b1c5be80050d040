// A one-line progress bar on stderr, redrawn in place. Only on a terminal: in a pipe or a
// log file a bar is noise. With NO_COLOR set it uses no escape codes at all (it clears the
// line with spaces), for terminals and screen readers that show them raw.

export interface Progress {
  /** Share of the work done, 0–1 (bytes or files, as the caller counts). */
  readonly share: number;
  readonly done: number;
  readonly total: number;
  /** What is being worked on (a file name). */
  readonly label: string;
}

export interface ProgressBar {
  readonly update: (progress: Progress) => void;
  /** Clears the bar's line so the next output starts clean. */
  readonly done: () => void;
  /** Prints a finished line above the bar (the bar is redrawn at the next update). */
  readonly log: (line: string) => void;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;
const LABEL_MAX = 30;
/** Wide enough to blank a previous bar without escape codes. */
const LINE_WIDTH = BAR_WIDTH + LABEL_MAX * 2 + 30;

export interface ProgressTarget {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** A bar on `stream`, or undefined when `stream` is not a terminal. */
export function progressBar(
  stream: ProgressTarget,
  env: Readonly<Record<string, string | undefined>> = process.env,
  now: () => number = Date.now,
): ProgressBar | undefined {
  if (stream.isTTY !== true) return undefined;
  const plain = env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "";
  const clear = plain ? `\r${" ".repeat(LINE_WIDTH)}\r` : "\r\u001b[2K";
  let last = -Infinity;
  return {
    update({ share, done, total, label }) {
      const at = now();
      if (at - last < REDRAW_MS && done < total) return; // at most ten redraws a second
      last = at;
      const part = Math.min(1, Math.max(0, share));
      const filled = Math.round(part * BAR_WIDTH);
      const name = (label.split(/[\\/]/).at(-1) ?? "").slice(0, LABEL_MAX);
      stream.write(
        `${clear}[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${Math.round(part * 100)}%  ${done}/${total} 个文件  ${name}`,
      );
    },
    done() {
      if (last !== -Infinity) stream.write(clear);
    },
    log(line) {
      stream.write(`${last === -Infinity ? "" : clear}${line}\n`);
      last = -Infinity;
    },
  };
}
