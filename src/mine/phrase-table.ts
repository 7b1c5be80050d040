// Counts phrases (clauses, clause heads and tails, sentences) of a whole archive. A
// Map<string, …> would cut and hash a string per lookup; this table keys each phrase by
// two 32-bit hashes computed over the source text in place (a 64-bit key: collisions are
// negligible at archive sizes), keeps counters in typed arrays (open addressing, linear
// probing), and only cuts the phrase's string when it is first seen.

/** Sections a phrase may occur in, as small integers for the typed arrays. */
export type SectionCode = number;

const EMPTY = 0;
const MAX_LOAD = 0.6;

export interface NgramCounter {
  readonly text: string;
  readonly count: number;
  readonly speeches: number;
  readonly section: SectionCode;
}

/** Start values of the two hashes; `mixA`/`mixB` add one character code. */
export const SEED_A = 0x811c9dc5 | 0;
export const SEED_B = 0x9747b28c | 0;
export const mixA = (a: number, c: number): number => Math.imul(a ^ c, 0x01000193);
export const mixB = (b: number, c: number): number => {
  const m = Math.imul(b ^ c, 0x5bd1e995);
  return m ^ (m >>> 13);
};

/** The two hashes of a string, the same way `countRange` computes them. */
export function hashPair(value: string): [number, number] {
  let a = SEED_A;
  let b = SEED_B;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    a = mixA(a, c);
    b = mixB(b, c);
  }
  return [a, b];
}

// The hot fields of a slot (key, count, last speech) sit side by side in one typed array,
// 16 bytes a slot, so a lookup touches one cache line; the rest (speeches, section vote,
// text) is only touched the first time a speech uses the phrase. Random lookups into a
// table larger than the cache are what this costs: one typed array per field ran 5×
// slower.
const STRIDE = 4;
const KEY_A = 0;
const KEY_B = 1;
const COUNT = 2;
const LAST = 3;

export class PhraseTable {
  private capacity: number;
  /** STRIDE fields per slot; a COUNT of 0 marks a free slot (counts start at 1). */
  private slots: Int32Array;
  // Per n-gram, indexed by insertion order (an entry's index is found in `indexOf`).
  private indexOf: Int32Array;
  private speeches: number[] = [];
  private sections: number[] = [];
  private votes: number[] = [];
  private texts: string[] = [];
  size = 0;

  constructor(capacity = 1 << 16) {
    this.capacity = capacity;
    this.slots = new Int32Array(capacity * STRIDE);
    this.indexOf = new Int32Array(capacity);
  }

  /** Slot number of the key, or of the free slot where it belongs. */
  private find(a: number, b: number): number {
    const mask = this.capacity - 1;
    const slots = this.slots;
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const at = slot * STRIDE;
      if (slots[at + COUNT] === EMPTY) return slot;
      if (slots[at + KEY_A] === a && slots[at + KEY_B] === b) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Counts one occurrence of source[from, to), whose hashes the caller computed; the
   * string is only cut when first seen.
   */
  countHashed(
    a: number,
    b: number,
    speech: number,
    section: SectionCode,
    source: string,
    from: number,
    to: number,
  ): void {
    const slots = this.slots;
    const slot = this.find(a, b);
    const at = slot * STRIDE;
    const count = slots[at + COUNT] ?? EMPTY;
    if (count === EMPTY) {
      slots[at + KEY_A] = a;
      slots[at + KEY_B] = b;
      slots[at + COUNT] = 1;
      slots[at + LAST] = speech;
      this.indexOf[slot] = this.texts.length;
      this.texts.push(source.slice(from, to));
      this.speeches.push(1);
      this.sections.push(section);
      this.votes.push(1);
      if (++this.size > this.capacity * MAX_LOAD) this.rehash(this.capacity * 2, 0);
      return;
    }
    slots[at + COUNT] = count + 1;
    if (slots[at + LAST] === speech) return;
    slots[at + LAST] = speech;
    const index = this.indexOf[slot] ?? 0;
    this.speeches[index] = (this.speeches[index] ?? 0) + 1;
    // Boyer–Moore majority vote over the speeches using it: the section it occurs in
    // most, in constant memory.
    const votes = this.votes[index] ?? 0;
    if (this.sections[index] === section) this.votes[index] = votes + 1;
    else if (votes === 0) {
      this.sections[index] = section;
      this.votes[index] = 1;
    } else this.votes[index] = votes - 1;
  }

  /** Counts one occurrence of source[from, to). */
  countRange(source: string, from: number, to: number, speech: number, section: SectionCode): void {
    let a = SEED_A;
    let b = SEED_B;
    for (let i = from; i < to; i++) {
      const c = source.charCodeAt(i);
      a = mixA(a, c);
      b = mixB(b, c);
    }
    this.countHashed(a, b, speech, section, source, from, to);
  }

  get(value: string): NgramCounter | undefined {
    const [a, b] = hashPair(value);
    const slot = this.find(a, b);
    return this.slots[slot * STRIDE + COUNT] === EMPTY ? undefined : this.counterAt(slot);
  }

  private counterAt(slot: number): NgramCounter {
    const index = this.indexOf[slot] ?? 0;
    return {
      text: this.texts[index] ?? "",
      count: this.slots[slot * STRIDE + COUNT] ?? 0,
      speeches: this.speeches[index] ?? 0,
      section: this.sections[index] ?? 0,
    };
  }

  *entries(): Generator<NgramCounter> {
    for (let slot = 0; slot < this.capacity; slot++) {
      if (this.slots[slot * STRIDE + COUNT] !== EMPTY) yield this.counterAt(slot);
    }
  }

  /** Drops n-grams seen in fewer than `minSpeeches` speeches; returns how many went. */
  prune(minSpeeches: number): number {
    const before = this.size;
    this.rehash(this.capacity, minSpeeches);
    return before - this.size;
  }

  private rehash(capacity: number, minSpeeches: number): void {
    const old = { slots: this.slots, indexOf: this.indexOf, capacity: this.capacity };
    const oldColumns = {
      speeches: this.speeches,
      sections: this.sections,
      votes: this.votes,
      texts: this.texts,
    };
    this.capacity = capacity;
    this.slots = new Int32Array(capacity * STRIDE);
    this.indexOf = new Int32Array(capacity);
    this.speeches = [];
    this.sections = [];
    this.votes = [];
    this.texts = [];
    this.size = 0;
    for (let from = 0; from < old.capacity; from++) {
      const at = from * STRIDE;
      const index = old.indexOf[from] ?? 0;
      if (old.slots[at + COUNT] === EMPTY || (oldColumns.speeches[index] ?? 0) < minSpeeches) {
        continue;
      }
      const slot = this.find(old.slots[at + KEY_A] ?? 0, old.slots[at + KEY_B] ?? 0);
      this.slots.set(old.slots.subarray(at, at + STRIDE), slot * STRIDE);
      this.indexOf[slot] = this.texts.length;
      this.texts.push(oldColumns.texts[index] ?? "");
      this.speeches.push(oldColumns.speeches[index] ?? 0);
      this.sections.push(oldColumns.sections[index] ?? 0);
      this.votes.push(oldColumns.votes[index] ?? 0);
      this.size++;
    }
  }
}
