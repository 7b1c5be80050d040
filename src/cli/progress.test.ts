import { describe, expect, it } from "vitest";
import { progressBar } from "./progress.js";

function terminal(isTTY: boolean): {
  isTTY: boolean;
  written: string[];
  write: (t: string) => void;
} {
  const written: string[] = [];
  return { isTTY, written, write: (text) => written.push(text) };
}

describe("progressBar", () => {
  it("shows nothing when stderr is not a terminal", () => {
    expect(progressBar(terminal(false), {})).toBeUndefined();
  });

  it("draws the share, the file count and the file name on a terminal", () => {
    const stream = terminal(true);
    progressBar(stream, {}, () => 0)?.update({
      share: 0.5,
      done: 1,
      total: 2,
      label: "答案/a.json",
    });
    expect(stream.written.join("")).toContain("[############------------] 50%  1/2 个文件  a.json");
    expect(stream.written.join("")).toContain("\u001b[2K");
  });

  it("uses no escape codes when NO_COLOR is set", () => {
    const stream = terminal(true);
    const bar = progressBar(stream, { NO_COLOR: "1" }, () => 0);
    bar?.update({ share: 1, done: 2, total: 2, label: "b.yaml" });
    bar?.done();
    expect(stream.written.join("")).toContain("100%");
    expect(stream.written.join("")).not.toContain("\u001b");
  });

  it("redraws at most ten times a second but always draws the last file", () => {
    const stream = terminal(true);
    const bar = progressBar(stream, {}, () => 5);
    bar?.update({ share: 0.1, done: 1, total: 3, label: "a" });
    bar?.update({ share: 0.2, done: 2, total: 3, label: "b" });
    bar?.update({ share: 1, done: 3, total: 3, label: "c" });
    expect(stream.written).toHaveLength(2);
  });
});
