// Word 5-gram shingles hashed to 32 bits, and the winnowed fingerprints used to find candidates.
// Hashes are deterministic so signatures computed at different times can be compared.

/** Words per shingle: long enough that a shared shingle rarely happens by chance in prose. */
export const SHINGLE_WORDS = 5;
/** Winnowing window (in shingles): any shared run of ≥ SHINGLE_WORDS + WINDOW - 1 = 10 words
 * yields at least one shared fingerprint, while only ~2/(WINDOW+1) ≈ 29% of shingles are kept. */
export const WINDOW = 6;

/** murmur3 finaliser: spreads bits so the window minimum is an unbiased pick. */
function mixBits(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hash of each shingle in text order (length words - SHINGLE_WORDS + 1, or 0). */
export function hashShingles(wordHashes: Uint32Array): Uint32Array {
  const n = wordHashes.length - SHINGLE_WORDS + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = Math.imul(h ^ wordHashes[i + j], 0x9e3779b1) ^ (h >>> 15);
    out[i] = mixBits(h);
  }
  return out;
}

/** Sorted distinct values: the shingle set, compared by merging. */
export function toSortedSet(hashes: Uint32Array): Uint32Array {
  return sortDistinct(hashes.slice());
}

/** Sorts `values` in place and returns its distinct values: `values` itself when all differ
 * and it owns its whole buffer, else an exact-size copy (sets are kept for a whole session). */
function sortDistinct(values: Uint32Array): Uint32Array {
  values.sort();
  let k = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[k - 1]) values[k++] = values[i];
  return k === values.length && values.byteLength === values.buffer.byteLength ? values : values.slice(0, k);
}

/** Winnowing (Schleimer et al. 2003): the rightmost minimum of every window of WINDOW hashes. */
export function selectFingerprints(hashes: Uint32Array): Uint32Array {
  if (hashes.length === 0) return hashes;
  const picked = new Uint32Array(hashes.length);
  let count = 0, last = -1;
  const windows = Math.max(1, hashes.length - WINDOW + 1);
  for (let start = 0; start < windows; start++) {
    const end = Math.min(hashes.length, start + WINDOW);
    let min = start;
    for (let i = start + 1; i < end; i++) if (hashes[i] <= hashes[min]) min = i;
    if (min !== last) { picked[count++] = hashes[min]; last = min; }
  }
  return sortDistinct(picked.subarray(0, count));
}

/** |a ∩ b| of two sorted sets; binary-searches the larger one when sizes differ a lot. */
export function countShared(a: Uint32Array, b: Uint32Array): number {
  if (a.length > b.length) [a, b] = [b, a];
  let shared = 0;
  if (a.length * 16 < b.length) {
    for (const x of a) {
      let lo = 0, hi = b.length;
      while (lo < hi) { const mid = (lo + hi) >>> 1; if (b[mid] < x) lo = mid + 1; else hi = mid; }
      if (lo < b.length && b[lo] === x) shared++;
    }
    return shared;
  }
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { shared++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return shared;
}
