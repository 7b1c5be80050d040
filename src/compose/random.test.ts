import { describe, expect, it } from "vitest";
import { seededRandom, shuffled } from "./random.js";

describe("seeded randomness", () => {
  it("gives the same sequence for the same seed", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
  });

  it("gives another sequence for another seed or purpose", () => {
    expect(seededRandom(7).next()).not.toBe(seededRandom(8).next());
    expect(seededRandom(7).next()).not.toBe(seededRandom(7, "fill").next());
  });

  it("shuffles without losing or adding anything", () => {
    expect(shuffled([1, 2, 3, 4, 5], seededRandom(1)).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
