// Trigger words: a cheap prefilter in front of the cue regexes. Each cue names the words one of
// which every match of its regex contains as a whole word, so a sentence's words are looked up
// once in one map and a cue's regex runs only on sentences that hold one of its words.

/** A regex with the trigger words that any of its matches must contain. */
export interface Cue {
  readonly id: number;
  readonly pattern: RegExp;
  /** How many trigger words or marks any match holds ("as … as" holds two). */
  readonly least: number;
}

/** How many trigger words and marks of each cue a sentence holds (indexed by cue id, at most 255). */
export type CueFlags = Uint8Array;

// Trigger words live in an open-addressing hash table keyed by a hash of their lower-cased
// characters, so a sentence's words are looked up without slicing or lower-casing them.
// Words are maximal runs of [A-Za-z0-9_] (the \w of a non-unicode regex), so a regex's
// \b-bounded literal is exactly one such run.
const TABLE_BITS = 12; // 4,096 slots for a few hundred words: short probe chains.
const SLOTS = new Int32Array(1 << TABLE_BITS).fill(-1);
const ENTRIES: { word: string; ids: number[] }[] = [];
// Word prefixes ("revolutioniz" for revolutioniz\w+): checked against every word.
const PREFIXES: { prefix: string; ids: number[] }[] = [];
// Characters that trigger a cue on their own ("=" for "x = 3").
const MARKS = new Map<number, number[]>();
// Which character codes are marks: most punctuation is not, and this skips the Map lookup.
const IS_MARK = new Uint8Array(0x10000);
let count = 0;

function hashStep(h: number, lowerCode: number): number {
  return (Math.imul(h, 31) + lowerCode) | 0;
}

function slotOf(hash: number): number {
  return (hash ^ (hash >>> TABLE_BITS)) & ((1 << TABLE_BITS) - 1);
}

function addWord(word: string, id: number): void {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  for (let slot = slotOf(h); ; slot = (slot + 1) & ((1 << TABLE_BITS) - 1)) {
    const e = SLOTS[slot];
    if (e === -1) { SLOTS[slot] = ENTRIES.push({ word, ids: [id] }) - 1; return; }
    if (ENTRIES[e].word === word) { if (!ENTRIES[e].ids.includes(id)) ENTRIES[e].ids.push(id); return; }
  }
}

/**
 * Registers a cue. `words` is a space-separated list of lower-case whole words; a word ending
 * in "*" is a prefix. `marks` lists characters that trigger the cue wherever they appear.
 * `least` is how many occurrences of them every match holds. Cues are defined when their
 * modules load, before any sentence is described.
 */
export function defineCue(pattern: RegExp, words: string, marks = "", least = 1): Cue {
  const id = count++;
  for (const w of words.split(/\s+/)) {
    if (!w) continue;
    if (w.endsWith("*")) {
      PREFIXES.push({ prefix: w.slice(0, -1), ids: [id] });
      PREFIX_START[w.charCodeAt(0)] = 1;
    }
    else addWord(w, id);
  }
  for (const m of marks) {
    const ids = MARKS.get(m.charCodeAt(0));
    if (ids) ids.push(id); else MARKS.set(m.charCodeAt(0), [id]);
    IS_MARK[m.charCodeAt(0)] = 1;
  }
  return { id, pattern, least };
}

// The ASCII lower case of each word character ([A-Za-z0-9_]), -1 for any other ASCII code.
const LOWER = new Int16Array(128).fill(-1);
for (let c = 48; c <= 57; c++) LOWER[c] = c;
for (let c = 97; c <= 122; c++) { LOWER[c] = c; LOWER[c - 32] = c; }
LOWER[95] = 95;
// Lower-cased first letters of the prefixes: a word starting with any other letter skips them.
const PREFIX_START = new Uint8Array(128);

/** The ASCII lower case of a word character, or -1 for any other character. */
function lowerWordChar(c: number): number {
  return c < 128 ? LOWER[c] : -1;
}

/** `text[start, end)` lower-cased equals `word`. */
function spells(text: string, start: number, end: number, word: string): boolean {
  if (end - start < word.length) return false;
  for (let k = 0; k < word.length; k++) if (lowerWordChar(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

function flag(flags: CueFlags, ids: readonly number[]): void {
  for (let k = 0; k < ids.length; k++) if (flags[ids[k]] !== 255) flags[ids[k]]++;
}

/**
 * Flags the cues whose trigger words or marks occur in `text[start, end)` (one pass over its
 * characters). Scanning a range of the document's flat text is faster than scanning a sliced
 * sentence string, and the range's ends bound words exactly as the slice's ends would.
 */
export function findCues(text: string, start = 0, end = text.length): CueFlags {
  const flags = new Uint8Array(count);
  const mask = (1 << TABLE_BITS) - 1;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const first = c < 128 ? LOWER[c] : -1;
    if (first < 0) {
      if (IS_MARK[c] === 1) flag(flags, MARKS.get(c)!);
      i++;
      continue;
    }
    let h = first;
    let j = i + 1;
    for (; j < end; j++) {
      const d = text.charCodeAt(j);
      const l = d < 128 ? LOWER[d] : -1;
      if (l < 0) break;
      h = hashStep(h, l);
    }
    for (let slot = slotOf(h); SLOTS[slot] !== -1; slot = (slot + 1) & mask) {
      const e = ENTRIES[SLOTS[slot]];
      if (e.word.length === j - i && spells(text, i, j, e.word)) { flag(flags, e.ids); break; }
    }
    if (PREFIX_START[first] === 1) for (const p of PREFIXES) if (spells(text, i, j, p.prefix)) flag(flags, p.ids);
    i = j;
  }
  return flags;
}

/** The cue's regex matches `text`; `flags` (from findCues on the same text) skip hopeless tests. */
export function matchesCue(cue: Cue, text: string, flags: CueFlags): boolean {
  return flags[cue.id] >= cue.least && cue.pattern.test(text);
}
