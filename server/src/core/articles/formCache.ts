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
    let h = end - start;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    return (h ^ (h >>> 15)) | 0;
  }

  /** The value stored for the word `text[start, end)`, or -2 when there is none. */
  lookUp(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot];
      if (e === 0) return -2;
      const key = this.keys[e - 1];
      if (key.length === end - start && key.charCodeAt(0) === text.charCodeAt(start) && text.startsWith(key, start)) return this.values[e - 1];
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
