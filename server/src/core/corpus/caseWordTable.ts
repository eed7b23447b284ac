// The store of a case profile: lower-cased words with two counts each, in an open-addressing
// table keyed by a 32-bit hash of the word's code units. A scan can look an ASCII word up
// straight from the text (folding as it compares), so a word seen again costs no string.

/** FNV-1a offset basis; `stepHash` folds in one lower-cased UTF-16 code unit. */
export const HASH_SEED = 0x811c9dc5 | 0;

export function stepHash(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

export function hashKey(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = stepHash(h, key.charCodeAt(i));
  return h;
}

/** Slot of a hash: FNV's low bits alone cluster on short words, so the high bits are mixed in. */
function slotOf(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask;
}

export class CaseWordTable {
  /** Entries in insertion order: key, its hash, its two counts. */
  keys: string[] = [];
  hashes: Int32Array;
  capitalised: Int32Array;
  lower: Int32Array;
  size = 0;
  /** Entry index + 1 per slot (0: empty); at most half full. */
  private slots: Int32Array;

  constructor(capacity = 64) {
    this.hashes = new Int32Array(capacity);
    this.capitalised = new Int32Array(capacity);
    this.lower = new Int32Array(capacity);
    this.slots = new Int32Array(capacity * 2);
  }

  /** Entry of the ASCII word text[start, end) lower-cased, or -1 (`hash` from `stepHash`). */
  findAscii(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1, length = end - start;
    for (let s = slotOf(hash, mask); ; s = (s + 1) & mask) {
      const e = this.slots[s] - 1;
      if (e < 0) return -1;
      if (this.hashes[e] !== hash) continue;
      const key = this.keys[e];
      if (key.length !== length) continue;
      let k = 0;
      while (k < length) {
        let c = text.charCodeAt(start + k);
        if (c >= 0x41 && c <= 0x5a) c |= 0x20;
        if (c !== key.charCodeAt(k)) break;
        k++;
      }
      if (k === length) return e;
    }
  }

  /** Entry of `key` (already lower-cased), or -1. */
  find(key: string, hash = hashKey(key)): number {
    const mask = this.slots.length - 1;
    for (let s = slotOf(hash, mask); ; s = (s + 1) & mask) {
      const e = this.slots[s] - 1;
      if (e < 0) return -1;
      if (this.hashes[e] === hash && this.keys[e] === key) return e;
    }
  }

  /** Adds `key` (known to be absent) with zero counts; returns its entry. */
  insert(key: string, hash: number): number {
    if ((this.size + 1) * 2 > this.slots.length) this.rebuild();
    const e = this.size++;
    if (e === this.hashes.length) this.growEntries();
    this.keys.push(key);
    this.hashes[e] = hash;
    this.capitalised[e] = 0;
    this.lower[e] = 0;
    this.place(e);
    return e;
  }

  /** Adds `capitalised` and `lower` (possibly negative) to the counts of `key`. */
  add(key: string, hash: number, capitalised: number, lower: number): void {
    let e = this.find(key, hash);
    if (e < 0) e = this.insert(key, hash);
    this.capitalised[e] += capitalised;
    this.lower[e] += lower;
  }

  capitalisedOf(key: string): number {
    const e = this.find(key);
    return e < 0 ? 0 : this.capitalised[e];
  }

  lowerOf(key: string): number {
    const e = this.find(key);
    return e < 0 ? 0 : this.lower[e];
  }

  clear(): void {
    if (this.size === 0) return;
    this.slots.fill(0);
    this.keys.length = 0;
    this.size = 0;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let s = slotOf(this.hashes[e], mask);
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private growEntries(): void {
    const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
    this.hashes = grow(this.hashes);
    this.capitalised = grow(this.capitalised);
    this.lower = grow(this.lower);
  }

  /** Re-slots the entries into twice the slots. */
  private rebuild(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.size; e++) this.place(e);
  }

  /** Entries whose counts are both zero (words an index took back), to decide when to compact. */
  countEmpty(): number {
    let empty = 0;
    for (let e = 0; e < this.size; e++) if (this.capitalised[e] === 0 && this.lower[e] === 0) empty++;
    return empty;
  }

  /** Drops the empty entries; returns each old entry's new index (-1: dropped). */
  compact(): Int32Array {
    const remap = new Int32Array(this.size);
    let live = 0;
    for (let e = 0; e < this.size; e++) {
      if (this.capitalised[e] === 0 && this.lower[e] === 0) { remap[e] = -1; continue; }
      remap[e] = live;
      this.keys[live] = this.keys[e];
      this.hashes[live] = this.hashes[e];
      this.capitalised[live] = this.capitalised[e];
      this.lower[live] = this.lower[e];
      live++;
    }
    this.keys.length = live;
    this.size = live;
    this.slots.fill(0);
    for (let e = 0; e < live; e++) this.place(e);
    return remap;
  }
}
