// Seeded weighted choice: every choice of the composer goes through here, so the same
// answers and seed give the same draft.
import type { Random } from "./random.js";

/** One of the items, each as likely as its weight; undefined when none weighs anything. */
export function pickWeighted<T>(
  items: readonly T[],
  weight: (item: T) => number,
  random: Random,
): T | undefined {
  const weights = items.map(weight);
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return undefined;
  let at = random.next() * total;
  for (let i = 0; i < items.length; i++) {
    at -= weights[i]!;
    if (at < 0 && weights[i]! > 0) return items[i];
  }
  return items.findLast((_, i) => weights[i]! > 0);
}
