import { describe, expect, it } from "vitest";
import { dateLine } from "./blocks.js";

describe("dateLine", () => {
  it.each([
    ["2026年2月23日", "（2026年2月23日）"],
    ["（2026年2月23日）", "（2026年2月23日）"],
    ["(2026年2月23日)", "（2026年2月23日）"],
    [" 2026年2月23日 ", "（2026年2月23日）"],
  ])("prints %j under the speaker as %j", (date, printed) => {
    expect(dateLine(date)).toBe(printed);
  });
});
