// The word forms a vocabulary has resolved (termLists.ts), looked up by a word's characters:
// listTerms runs on every word of a file, and slicing each word only to hash it in a Map cost
// more than resolving it. The scan copies a word's characters into `key` as it hashes them; one
// open-addressing table of integers holds each form's hash, length, characters and value side
// by side, and a hit is confirmed by comparing two characters at a time against `key`.

// Real text has a few thousand word forms; noise (random symbols) would fill memory.
const LIMIT = 200_000;

/** Longest word the cache holds (termLists.ts skips longer ones): `key` has room for it and a pad. */
export const MAX_KEY = 40;

/** Mask for writing a scanned character into `key` at its offset in the word: longer words wrap harmlessly. */
export const KEY_MASK = 63;

/** Ints per slot of the table: hash, length (0 for an empty slot), start of its pairs in `pairs`, value. */
const SLOT = 4;

/** What lookUp returns for a word the cache does not hold. */
export const MISSING = -2;

export class FormCache {
  /**
   * The characters of the word to look up or add, written by the caller's scan (index 0 up to
   * its length, at most MAX_KEY; writes past it are masked with KEY_MASK and never read).
   */
  readonly key = new Uint16Array(64);
  /** `key` read two characters at a time (the same memory). */
  private readonly keyPairs = new Int32Array(this.key.buffer);
  private count = 0;
  /** SLOT ints per slot; kept at most half full, so probe chains stay short. */
  private table = new Int32Array(SLOT << 12);
  /** The characters of every stored form, two per int, each form padded to an even length with 0. */
  private pairs = new Int32Array(1 << 13);
  private used = 0;

  get size(): number {
    return this.count;
  }

  /** One character of the running hash: callers scanning a word hash it as they go. */
  static step(h: number, code: number): number {
    return (Math.imul(h, 31) + code) | 0;
  }

  /** The hash of a word from its running hash and its length. */
  static finish(h: number, length: number): number {
    const x = (h ^ Math.imul(length, 0x9e3779b1)) | 0;
    return (x ^ (x >>> 15)) | 0;
  }

  /**
   * The value stored for the `length` characters in `key`, or MISSING. `running` is their
   * hash before `finish` (FormCache.step over them).
   */
  lookUp(length: number, running: number): number {
    const hash = FormCache.finish(running, length);
    // An odd word is compared with its pad: the stored forms are padded with 0 as well.
    this.key[length] = 0;
    const table = this.table, pairs = this.pairs, keyPairs = this.keyPairs, mask = table.length - SLOT, count = (length + 1) >> 1;
    for (let s = Math.imul(hash, SLOT) & mask; ; s = (s + SLOT) & mask) {
      const len = table[s + 1];
      if (len === 0) return MISSING;
      if (table[s] !== hash || len !== length) continue;
      const from = table[s + 2];
      let k = 0;
      while (k < count && keyPairs[k] === pairs[from + k]) k++;
      if (k === count) return table[s + 3];
    }
  }

  /** Stores `value` for the `length` characters in `key` (running hash as for lookUp) unless the cache is full. */
  add(length: number, running: number, value: number): void {
    if (this.count >= LIMIT) return;
    const count = (length + 1) >> 1;
    if (this.used + count > this.pairs.length) this.growPairs(this.used + count);
    this.key[length] = 0;
    for (let k = 0; k < count; k++) this.pairs[this.used + k] = this.keyPairs[k];
    this.count++;
    if (this.count * 2 > this.table.length / SLOT) this.growTable();
    this.place(FormCache.finish(running, length), length, this.used, value);
    this.used += count;
  }

  private place(hash: number, length: number, from: number, value: number): void {
    const table = this.table, mask = table.length - SLOT;
    let s = Math.imul(hash, SLOT) & mask;
    while (table[s + 1] !== 0) s = (s + SLOT) & mask;
    table[s] = hash;
    table[s + 1] = length;
    table[s + 2] = from;
    table[s + 3] = value;
  }

  private growTable(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    for (let s = 0; s < old.length; s += SLOT) if (old[s + 1] !== 0) this.place(old[s], old[s + 1], old[s + 2], old[s + 3]);
  }

  private growPairs(need: number): void {
    const pairs = new Int32Array(Math.max(need, this.pairs.length * 2));
    pairs.set(this.pairs.subarray(0, this.used));
    this.pairs = pairs;
  }
}
