// Which words are names: a word counts as an entity when, across the analysed text, it is
// written capitalised in mid-sentence at least as often as lower-case ("Frontier", "Opacus",
// not "Training", which a title or a sentence start capitalises but prose writes lower-case).
import { CaseWordTable, HASH_SEED, hashKey, stepHash } from "./caseWordTable";

/** Lower-cased word → times seen capitalised mid-sentence and times seen lower-case. */
export type CaseProfile = CaseWordTable;

/** Capitalised for reasons other than being a name, or names of dates. */
const NOT_ENTITIES = new Set([
  "i", "a", "the", "we", "our", "it", "this", "that", "these", "in", "on", "for", "with",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "figure", "table", "section", "episode", "part", "step", "version",
  // Acronyms of kinds of thing, not of one thing: "GPU" is no subject a figure could be about.
  "gpu", "cpu", "tpu", "ai", "ml", "api", "llm", "nlp", "gb", "mb", "tb", "kb", "ram", "ssd", "ceo",
]);

export function createCaseProfile(): CaseProfile {
  return new CaseWordTable();
}

/** Adds one text's word cases to `profile` (linear; one pass over the characters). With
 * `knownOnly`, only words already in the profile are counted: a caller that knows every key it
 * will ask about (see `watchKey`) saves the table work of all other words. */
export function addToCaseProfile(profile: CaseProfile, text: string, knownOnly = false): void {
  scanWordCases(text, 0, text.length, profile, knownOnly, null);
}

/** Puts a key in the profile with no counts yet, so that a `knownOnly` scan counts it. */
export function watchKey(profile: CaseProfile, key: string): void {
  const hash = hashKey(key);
  if (profile.find(key, hash) < 0) profile.insert(key, hash);
}

/** Whether `word` (as written) names something: inner capitals or digits ("DeepSpeed", "A100",
 * "NVIDIA") always do; a plain capitalised word does when the profile says so. */
export function isEntityWord(profile: CaseProfile, word: string): boolean {
  const key = word.toLowerCase();
  if (NOT_ENTITIES.has(key) || NOT_ENTITIES.has(key.replace(/s$/, "")) || word.length < 2) return false;
  if (/^\p{L}.*(?:\p{Lu}|\p{N})/u.test(word)) return true;
  if (word[0] === word[0].toLowerCase()) return false;
  return isNameKey(profile, key);
}

/** The profile key whose counts decide whether `word` is a name, or null when the word's
 * spelling alone decides (an incremental index re-checks a statement only when its keys flip). */
export function profileKeyOf(word: string): string | null {
  const key = word.toLowerCase();
  if (NOT_ENTITIES.has(key) || NOT_ENTITIES.has(key.replace(/s$/, "")) || word.length < 2) return null;
  if (/^\p{L}.*(?:\p{Lu}|\p{N})/u.test(word)) return null;
  return word[0] === word[0].toLowerCase() ? null : key;
}

/** Whether a plain capitalised word with this lower-cased key counts as a name. */
export function isNameKey(profile: CaseProfile, key: string): boolean {
  const e = profile.find(key);
  if (e < 0) return false;
  const caps = profile.capitalised[e];
  return caps > 0 && caps >= profile.lower[e];
}

/** One block's word cases in flat form: entries of the profile it was counted against (a map
 * per block would cost far more memory, and a string per word and block far more time). */
export interface CaseCounts { ids: Int32Array; capitalised: Int32Array; lower: Int32Array }

/** Per-entry counts of the block being counted, and the entries it touched (reset per block). */
const tally = { capitalised: new Int32Array(1024), lower: new Int32Array(1024), ids: [] as number[] };

/** Word cases of text[start, end) (`start` a line start: nothing before it is looked at). New
 * words enter `profile` with zero counts; mergeCaseCounts adds the counts. */
export function countCases(profile: CaseProfile, text: string, start = 0, end = text.length): CaseCounts {
  scanWordCases(text, start, end, profile, false, tally);
  const { ids } = tally, n = ids.length;
  const counts: CaseCounts = { ids: Int32Array.from(ids), capitalised: new Int32Array(n), lower: new Int32Array(n) };
  for (let k = 0; k < n; k++) {
    const e = ids[k];
    counts.capitalised[k] = tally.capitalised[e];
    counts.lower[k] = tally.lower[e];
    tally.capitalised[e] = 0;
    tally.lower[e] = 0;
  }
  ids.length = 0;
  return counts;
}

/** Adds (sign 1) or takes back (sign -1) a block's counts; `touched` sees each key before it changes. */
export function mergeCaseCounts(target: CaseProfile, counts: CaseCounts, sign: 1 | -1, touched: (key: string) => void): void {
  const { ids, capitalised, lower } = counts;
  for (let k = 0; k < ids.length; k++) {
    const e = ids[k];
    touched(target.keys[e]);
    target.capitalised[e] += sign * capitalised[k];
    target.lower[e] += sign * lower[k];
  }
}

/** Drops the profile's words no block counts any more (after many edits and removed files), and
 * points the remaining blocks' counts at the new entries. */
export function compactCaseProfile(profile: CaseProfile, counts: Iterable<CaseCounts>): void {
  const remap = profile.compact();
  for (const c of counts) for (let k = 0; k < c.ids.length; k++) c.ids[k] = remap[c.ids[k]];
}

// ---- The scan. Words are maximal runs of letters and digits (\p{L}, \p{N}, by code point); a
// word counts lower-case when its first UTF-16 unit has an upper-case form, capitalised when it
// has a lower-case form and the previous non-blank unit is a lower-case letter, digit, comma or
// semicolon. ASCII words are folded and hashed on the fly; others take String#toLowerCase (which
// maps "İ" to two units and a final "Σ" to "ς"), so keys equal word.toLowerCase() exactly.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LOWER_DIGIT_OR_COMMA = /^[\p{Ll}\p{N},;]$/u;
/** Per BMP unit, lazily: bit 1 known, bit 2 letter/digit, bit 4 may precede a mid-sentence
 * capital, bits 8/16: has an upper-case / lower-case form (the first unit's case). */
const unitFacts = new Uint8Array(0x10000);
const KNOWN = 1, WORD = 2, MID_PREVIOUS = 4, HAS_UPPER = 8, HAS_LOWER = 16;
const astralWord = new Map<number, boolean>();

function factsOf(code: number): number {
  let f = unitFacts[code];
  if (f === 0) {
    const ch = String.fromCharCode(code);
    f = KNOWN;
    if (LETTER_OR_DIGIT.test(ch)) f |= WORD;
    if (LOWER_DIGIT_OR_COMMA.test(ch)) f |= MID_PREVIOUS;
    if (ch.toUpperCase() !== ch) f |= HAS_UPPER;
    if (ch.toLowerCase() !== ch) f |= HAS_LOWER;
    unitFacts[code] = f;
  }
  return f;
}

/** ASCII facts up front, so the common path is one read of a table that is never written. */
const ASCII_FACTS = Uint8Array.from({ length: 128 }, (_, c) => factsOf(c));

function isAstralWord(codePoint: number): boolean {
  let word = astralWord.get(codePoint);
  if (word === undefined) {
    word = LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
    if (astralWord.size < 4096) astralWord.set(codePoint, word);
  }
  return word;
}

/** Units taken by a letter or digit starting at i (1 or 2), or 0. */
function wordUnitsAt(text: string, i: number, end: number, code: number): number {
  if (code < 0xd800 || code > 0xdbff || i + 1 >= end) return factsOf(code) & WORD ? 1 : 0;
  const low = text.charCodeAt(i + 1);
  if (low < 0xdc00 || low > 0xdfff) return 0; // a lone high surrogate
  return isAstralWord(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000) ? 2 : 0;
}

function isMidSentence(text: string, start: number, wordStart: number): boolean {
  let i = wordStart - 1;
  while (i >= start) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return ((c < 128 ? ASCII_FACTS[c] : factsOf(c)) & MID_PREVIOUS) !== 0;
    i--;
  }
  return false;
}

/** Counts into `table`, or with `block`, into the block's tally (new words enter `table` with no counts). */
function scanWordCases(text: string, start: number, end: number, table: CaseWordTable, knownOnly: boolean, block: typeof tally | null): void {
  let i = start;
  while (i < end) {
    const first = text.charCodeAt(i);
    let firstFacts: number, units: number;
    if (first < 128) {
      firstFacts = ASCII_FACTS[first];
      if (!(firstFacts & WORD)) { i++; continue; }
      units = 1;
    } else {
      units = wordUnitsAt(text, i, end, first);
      if (units === 0) { i++; continue; }
      firstFacts = factsOf(first);
    }
    // The word's extent, with the hash of its folded units while it stays ASCII.
    const wordStart = i;
    let ascii = first < 128, h = HASH_SEED;
    if (ascii) h = stepHash(h, first | (first <= 0x39 ? 0 : 0x20));
    i += units;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (!(ASCII_FACTS[c] & WORD)) break;
        h = stepHash(h, c <= 0x39 ? c : c | 0x20);
        i++;
      } else {
        const n = wordUnitsAt(text, i, end, c);
        if (n === 0) break;
        ascii = false;
        i += n;
      }
    }
    let lower: boolean;
    if (firstFacts & HAS_UPPER) lower = true;
    else if (!(firstFacts & HAS_LOWER) || !isMidSentence(text, start, wordStart)) continue;
    else lower = false;
    let e: number;
    if (ascii) {
      e = table.findAscii(text, wordStart, i, h);
      if (e < 0 && !knownOnly) e = table.insert(text.slice(wordStart, i).toLowerCase(), h);
    } else {
      const key = text.slice(wordStart, i).toLowerCase();
      const hash = hashKey(key);
      e = table.find(key, hash);
      if (e < 0 && !knownOnly) e = table.insert(key, hash);
    }
    if (e < 0) continue;
    if (block === null) {
      if (lower) table.lower[e]++; else table.capitalised[e]++;
      continue;
    }
    if (e >= block.capitalised.length) growTally(block, table.size);
    if (block.capitalised[e] === 0 && block.lower[e] === 0) block.ids.push(e);
    if (lower) block.lower[e]++; else block.capitalised[e]++;
  }
}

function growTally(block: typeof tally, size: number): void {
  const grow = (a: Int32Array) => { const b = new Int32Array(size * 2); b.set(a); return b; };
  block.capitalised = grow(block.capitalised);
  block.lower = grow(block.lower);
}
