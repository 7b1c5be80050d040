// Seeded randomness: the same answers and seed give the same draft (mulberry32, pure).

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
}

/** FNV-1a, to turn a seed plus a purpose ("fill") into an independent stream. */
export function hash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function seededRandom(seed: number, purpose = ""): Random {
  let state = (hash(`${purpose}#${seed}`) ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, below: (n) => Math.floor(next() * n) };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The item of a list a draft takes at this place, turning one step with each seed: the
 * next seed (换一稿) always takes another one where the list has more than one.
 */
export function inTurn<T>(items: readonly T[], place: string, seed: number): T | undefined {
  if (items.length === 0) return undefined;
  return items[(hash(place) + (seed >>> 0)) % items.length];
}
