// The word forms a vocabulary has resolved (termLists.ts), looked up by a word's characters in
// place: listTerms runs on every word of a file, and slicing each word only to hash it in a Map
// cost more than resolving it. Keys live in one character pool and each slot keeps its hash,
// so a probe rejects another word by one integer compare and reads no string object.

// Real text has a few thousand word forms; noise (random symbols) would fill memory.
const LIMIT = 200_000;

export class FormCache {
  private count = 0;
  /** Per entry: its value, where its characters start in `chars`, their number, its hash. */
  private values = new Int32Array(1 << 11);
  private starts = new Int32Array(1 << 11);
  private lengths = new Int32Array(1 << 11);
  private hashes = new Int32Array(1 << 11);
  private chars = new Uint16Array(1 << 14);
  private used = 0;
  /** Open addressing: entry index + 1, 0 for an empty slot. Kept at most half full. */
  private slots = new Int32Array(1 << 12);
  /** The hash of the entry in each slot, compared before its characters. */
  private slotHashes = new Int32Array(1 << 12);

  get size(): number {
    return this.count;
  }

  /** The finished hash of `text[start, end)`: where the word sits in the table. */
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

  /**
   * The value stored for the word `text[start, end)`, or -2 when there is none. `running` is
   * the word's hash before `finish` (FormCache.step over its characters): callers scan in place.
   */
  lookUp(text: string, start: number, end: number, running: number): number {
    const length = end - start;
    const hash = FormCache.finish(running, length);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot];
      if (e === 0) return -2;
      if (this.slotHashes[slot] === hash && this.lengths[e - 1] === length && this.spells(text, start, e - 1)) return this.values[e - 1];
    }
  }

  /** Stores `value` for `word` (whose running hash is `running`, as for lookUp) unless the cache is full. */
  add(word: string, running: number, value: number): void {
    if (this.count >= LIMIT) return;
    if (this.count === this.values.length) this.growEntries();
    if (this.used + word.length > this.chars.length) this.growChars(this.used + word.length);
    const e = this.count++;
    const hash = FormCache.finish(running, word.length);
    this.values[e] = value;
    this.starts[e] = this.used;
    this.lengths[e] = word.length;
    this.hashes[e] = hash;
    for (let k = 0; k < word.length; k++) this.chars[this.used + k] = word.charCodeAt(k);
    this.used += word.length;
    if (this.count * 2 > this.slots.length) this.growSlots();
    else this.place(hash, e + 1);
  }

  /** Entry `e`'s characters occur in `text` at `start` (a loop over codes: no string is made). */
  private spells(text: string, start: number, e: number): boolean {
    const from = this.starts[e], length = this.lengths[e], chars = this.chars;
    for (let k = 0; k < length; k++) if (text.charCodeAt(start + k) !== chars[from + k]) return false;
    return true;
  }

  private place(hash: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
    this.slotHashes[slot] = hash;
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.slotHashes = new Int32Array(this.slots.length);
    for (let e = 0; e < this.count; e++) this.place(this.hashes[e], e + 1);
  }

  private growEntries(): void {
    const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
    this.values = grow(this.values);
    this.starts = grow(this.starts);
    this.lengths = grow(this.lengths);
    this.hashes = grow(this.hashes);
  }

  private growChars(need: number): void {
    const chars = new Uint16Array(Math.max(need, this.chars.length * 2));
    chars.set(this.chars.subarray(0, this.used));
    this.chars = chars;
  }
}
