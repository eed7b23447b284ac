// The word forms a vocabulary has resolved (termLists.ts), looked up by a word's characters in
// place: listTerms runs on every word of a file, and slicing each word only to hash it in a Map
// cost more than resolving it.

// Real text has a few thousand word forms; noise (random symbols) would fill memory.
const LIMIT = 200_000;

export class FormCache {
  private keys: string[] = [];
  private values: number[] = [];
  /** Open addressing: entry index + 1, 0 for an empty slot. Kept at most half full. */
  private slots = new Int32Array(1 << 12);

  get size(): number {
    return this.keys.length;
  }

  /** The hash `lookUp` and `add` take for `text[start, end)`. */
  static hashOf(text: string, start: number, end: number): number {
    let h = 0;
    for (let i = start; i < end; i++) h = FormCache.step(h, text.charCodeAt(i));
    return FormCache.finish(h, end - start);
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

  /** The value stored for the word `text[start, end)`, or -2 when there is none. */
  lookUp(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot];
      if (e === 0) return -2;
      const key = this.keys[e - 1];
      if (key.length === end - start && spells(text, start, key)) return this.values[e - 1];
    }
  }

  /** Stores `value` for `word` (whose hash is `hash`) unless the cache is full. */
  add(word: string, hash: number, value: number): void {
    if (this.keys.length >= LIMIT) return;
    this.keys.push(word);
    this.values.push(value);
    if (this.keys.length * 2 > this.slots.length) this.grow();
    else this.place(hash, this.keys.length);
  }

  private place(hash: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.keys.length; e++) {
      const key = this.keys[e];
      this.place(FormCache.hashOf(key, 0, key.length), e + 1);
    }
  }
}

/** `key` occurs in `text` at `start` (a loop: startsWith with a position is a slow builtin call). */
function spells(text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (text.charCodeAt(start + k) !== key.charCodeAt(k)) return false;
  return true;
}
