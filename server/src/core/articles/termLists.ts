// Paragraphs reduced to the content words that carry their topic: stop words and numbers
// dropped, plurals folded, names marked by their shape. Term ids come from a document's vocabulary.
import { STOP_WORDS } from "./stopWords";
import { FormCache, KEY_MASK, MAX_KEY, MISSING } from "./formCache";
import { hasNameShape as hasNameShapeOf, isCapitalAt as isCapitalAtOf, isSentenceStart as isSentenceStartOf } from "./nameTokens";

// Module-local bindings: called per word, and imported ones are read through getters.
const hasNameShape = hasNameShapeOf, isCapitalAt = isCapitalAtOf, isSentenceStart = isSentenceStartOf;

// Names (DeepSpeed, GODEL, AI4Science, a capitalised word inside a sentence) carry the topic
// of a post far more than common nouns, so they weigh more.
export const NAME_WEIGHT = 2;

// Paragraphs are reduced to term entries once; windows are summed into one reusable array
// indexed by term id, so a gap costs only the terms its windows hold.
/**
 * The term entries of a document's lines, end to end: entry = term id << 1 | 1 when the word
 * is a name (weight NAME_WEIGHT, else 1). A line's list is a (from, count) run of it, so a
 * file's lists cost no object each. Owned by one document's vocabulary: lines listed again
 * after an edit are appended, and the runs of removed lines are left as garbage until the
 * vocabulary is rebuilt (segmentationState.ts).
 */
export class TermPool {
  entries = new Int32Array(1 << 12);
  used = 0;

  /** Room for `more` entries past `used`: doubling keeps appends amortised linear. */
  reserve(more: number): void {
    if (this.used + more <= this.entries.length) return;
    const grown = new Int32Array(Math.max(this.entries.length * 2, this.used + more));
    grown.set(this.entries.subarray(0, this.used));
    this.entries = grown;
  }

  /** Drops the free room beyond `used` but `slack` entries (kept for the next edits' lines). */
  trim(slack: number): void {
    if (this.entries.length > this.used + 2 * slack) this.entries = this.entries.slice(0, this.used + slack);
  }
}

/** The weight of a pool entry: names weigh NAME_WEIGHT, other words 1. */
export function weightOf(entry: number): number {
  return (entry & 1) === 1 ? NAME_WEIGHT : 1;
}

// What a word form resolves to: -1 for a stop word, else term id << 2 | NAME | CAPITAL bits.
// Texts repeat their words, so each form is folded and looked up only once.
export { FormCache };

// ASCII classes of WORD's characters, read by code in the scan: 1 starts or continues a word
// (letter, digit), 2 only continues one (' and -), 0 neither.
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = isAsciiLetterOrDigit(c) ? 1 : c === 39 || c === 45 ? 2 : 0;

/** A paragraph's term list as plain arrays (ids and weights), for checks and one-off use. */
export function listTerms(text: string, ids: Map<string, number>, forms: FormCache = new FormCache()): { ids: number[]; weights: number[] } {
  const pool = new TermPool();
  const count = writeTerms(text, 0, text.length, ids, forms, pool);
  const entries = Array.from(pool.entries.subarray(0, count));
  return { ids: entries.map((e) => e >> 1), weights: entries.map(weightOf) };
}

/**
 * Appends the content words of a paragraph, `text[from, to)` (stop words dropped, plurals
 * folded) to `pool` as entries, and returns their number: the paragraph's run starts at the
 * pool's `used` before the call. New terms get the next id of `ids`. (A Map, not an interning
 * closure: optimised code that inlined one document's closure was thrown away once that
 * document was collected.) The paragraph is read in place, as a range of the document text:
 * reading each line through its own slice string cost about a third of the scan.
 */
export function writeTerms(text: string, from: number, to: number, ids: Map<string, number>, forms: FormCache, pool: TermPool): number {
  if (to - from < 3) return 0;
  // A word takes at least 3 characters and one separator: room for every word is reserved
  // once, so the loop writes without checking.
  pool.reserve(((to - from) >> 2) + 1);
  const entries = pool.entries, base = pool.used, key = forms.key;
  let count = 0;
  // A hand-written scan for WORD (see scanWords): the Unicode regex costs several times more
  // per word, and this runs on every word of the file.
  const n = to;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Most characters are ASCII: only others need the Unicode class test to start a word.
    if (c < 128 ? ASCII_CLASS[c] !== 1 : !wordCharWidth(text, i, false, n)) { i++; continue; }
    const start = i;
    // ASCII words (most of them) are hashed (FormCache.step, inlined: it runs on every
    // character) and copied into the cache's key while their end is found; a word reaching a
    // non-ASCII character is rescanned.
    let h = c, d = 0;
    key[0] = c;
    if (c < 128) {
      for (i++; i < n; i++) {
        d = text.charCodeAt(i);
        if (d >= 128 || ASCII_CLASS[d] === 0) break;
        key[(i - start) & KEY_MASK] = d;
        h = (Math.imul(h, 31) + d) | 0;
      }
    }
    const end = c >= 128 || d >= 128 ? findWordEnd(text, start, n) : i;
    // The character that ended a word cannot start one (WORD's first class is within its
    // second): the scan goes on after it.
    i = end + 1;
    const length = end - start;
    if (length > MAX_KEY || length < 3) continue;
    if (c >= 128 || d >= 128) h = copyWord(text, start, end, key);
    let form = forms.lookUp(length, h);
    if (form === MISSING) {
      form = resolveForm(text.slice(start, end), ids);
      forms.add(length, h, form);
    }
    if (form < 0) continue;
    // A capital after a sentence end is grammar, not a name.
    entries[base + count++] = (form & NAME) !== 0 || ((form & CAPITAL) !== 0 && !isSentenceStart(text, start, from)) ? ((form >> 2) << 1) | 1 : (form >> 2) << 1;
  }
  pool.used = base + count;
  return count;
}

/** Copies `text[start, end)` into `key` and returns its running hash (FormCache.step over it). */
function copyWord(text: string, start: number, end: number, key: Uint16Array): number {
  let h = 0;
  for (let k = start; k < end; k++) {
    const x = text.charCodeAt(k);
    key[k - start] = x;
    h = (Math.imul(h, 31) + x) | 0;
  }
  return h;
}

// Bits of a resolved form (FormCache value = term id << 2 | bits): its shape marks a name, it
// starts with a capital (a name unless it opens a sentence).
const NAME = 1, CAPITAL = 2;

/** Start of the next word at or after `from` (-1 when none), as /[\p{L}\p{N}]/u finds it. */
function findWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (wordCharWidth(text, i, false, text.length)) return i;
  return -1;
}

/** End (at most `n`) of the word that starts at `start`: WORD is /[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu. */
function findWordEnd(text: string, start: number, n: number): number {
  let i = start + wordCharWidth(text, start, false, n);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiLetterOrDigit(c) && c !== 39 && c !== 45) break;
      i++;
      continue;
    }
    const width = wordCharWidth(text, i, true, n);
    if (!width) break;
    i += width;
  }
  return i;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The [start, end) of every word of `text`, in order: the tokens listTerms reads. */
export function scanWords(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let s = findWordStart(text, 0); s >= 0; s = findWordStart(text, out[out.length - 1][1])) out.push([s, findWordEnd(text, s, text.length)]);
  return out;
}

// Membership of non-ASCII BMP characters in [\p{L}\p{N}], found once per character.
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const BMP_CLASS = new Uint8Array(0x10000); // 0 unknown, 1 letter or number, 2 neither

/**
 * UTF-16 width of the character at `i` when WORD takes it (a letter or number, or inside a
 * word also ' ’ -), else 0. Same classes as WORD: [\p{L}\p{N}] first, [\p{L}\p{N}'’-] after.
 * The text ends at `n` (a paragraph read in place in its document).
 */
function wordCharWidth(text: string, i: number, inside: boolean, n: number): number {
  if (i >= n) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
    return inside && (c === 39 || c === 45) ? 1 : 0;
  }
  if (c === 0x2019) return inside ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = BMP_CLASS[c];
  if (k === 0) BMP_CLASS[c] = k = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

function resolveForm(token: string, ids: Map<string, number>): number {
  let raw = token;
  if (raw.endsWith("'s") || raw.endsWith("’s")) raw = raw.slice(0, -2);
  while (raw.length && "-'’".includes(raw[raw.length - 1])) raw = raw.slice(0, -1);
  const word = foldPlural(raw.toLowerCase());
  if (word.length < 3 || STOP_WORDS.has(word) || isNumber(word)) return -1;
  let id = ids.get(word);
  if (id === undefined) ids.set(word, (id = ids.size));
  return (id << 2) | (hasNameShape(raw) ? NAME : 0) | (isCapitalAt(token, 0) ? CAPITAL : 0);
}

function isNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function foldPlural(w: string): string {
  if (!w.endsWith("s") || w.length <= 3) return w;
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  return w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") ? w : w.slice(0, -1);
}
