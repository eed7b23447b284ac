// Paragraphs reduced to the content words that carry their topic: stop words and numbers
// dropped, plurals folded, names marked by their shape. Term ids come from a shared vocabulary.
import { STOP_WORDS } from "./stopWords";
import { FormCache } from "./formCache";
import { hasNameShape, isCapitalAt, isSentenceStart } from "./nameTokens";

// Names (DeepSpeed, GODEL, AI4Science, a capitalised word inside a sentence) carry the topic
// of a post far more than common nouns, so they weigh more.
export const NAME_WEIGHT = 2;

// Paragraphs are reduced to term ids and weights once; windows are summed into one reusable
// array indexed by term id, so a gap costs only the terms its windows hold.
export interface TermList { ids: number[]; weights: number[]; tokens: number }

/** Content words of a paragraph (stop words dropped, plurals folded) with their weights. */
const NO_TERMS: TermList = { ids: [], weights: [], tokens: 0 };
// What a word form resolves to: -1 for a stop word, else (term id << 1) | 1 when its shape
// marks a name. Texts repeat their words, so each form is folded and looked up only once.
export { FormCache };

export function listTerms(text: string, intern: (term: string) => number, forms: FormCache = new FormCache()): TermList {
  if (text.length < 3) return NO_TERMS;
  const out: TermList = { ids: [], weights: [], tokens: 0 };
  // A hand-written scan for WORD (see scanWords): the Unicode regex costs several times more
  // per word, and this runs on every word of the file.
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Most characters are ASCII: only others need the Unicode class test to start a word.
    if (!isAsciiLetterOrDigit(c) && (c < 128 || !wordCharWidth(text, i, false))) { i++; continue; }
    const start = i;
    // ASCII words (most of them) are hashed while their end is found; a word reaching a
    // non-ASCII character is rescanned by the general path.
    let h = 0;
    if (c < 128) {
      h = FormCache.step(h, c);
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (!isAsciiLetterOrDigit(d) && d !== 39 && d !== 45) break;
        h = FormCache.step(h, d);
      }
    }
    if (c >= 128 || (i < n && text.charCodeAt(i) >= 128)) {
      i = findWordEnd(text, start);
      const length = i - start;
      if (length > 40 || length < 3) continue;
      h = 0;
      for (let k = start; k < i; k++) h = FormCache.step(h, text.charCodeAt(k));
    }
    const length = i - start;
    if (length > 40 || length < 3) continue;
    const hash = FormCache.finish(h, length);
    let form = forms.lookUp(text, start, i, hash);
    if (form === -2) {
      const raw = text.slice(start, i);
      form = resolveForm(raw, intern);
      forms.add(raw, hash, form);
    }
    if (form < 0) continue;
    // A capital after a sentence end is grammar, not a name.
    const isName = (form & 1) === 1 || (isCapitalAt(text, start) && !isSentenceStart(text, start));
    out.ids.push(form >> 1);
    out.weights.push(isName ? NAME_WEIGHT : 1);
    out.tokens++;
  }
  return out;
}

/** Start of the next word at or after `from` (-1 when none), as /[\p{L}\p{N}]/u finds it. */
function findWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (wordCharWidth(text, i, false)) return i;
  return -1;
}

/** End of the word that starts at `start`: WORD is /[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu. */
function findWordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + wordCharWidth(text, start, false);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiLetterOrDigit(c) && c !== 39 && c !== 45) break;
      i++;
      continue;
    }
    const width = wordCharWidth(text, i, true);
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
  for (let s = findWordStart(text, 0); s >= 0; s = findWordStart(text, out[out.length - 1][1])) out.push([s, findWordEnd(text, s)]);
  return out;
}

// Membership of non-ASCII BMP characters in [\p{L}\p{N}], found once per character.
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const BMP_CLASS = new Uint8Array(0x10000); // 0 unknown, 1 letter or number, 2 neither

/**
 * UTF-16 width of the character at `i` when WORD takes it (a letter or number, or inside a
 * word also ' ’ -), else 0. Same classes as WORD: [\p{L}\p{N}] first, [\p{L}\p{N}'’-] after.
 */
function wordCharWidth(text: string, i: number, inside: boolean): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
    return inside && (c === 39 || c === 45) ? 1 : 0;
  }
  if (c === 0x2019) return inside ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = BMP_CLASS[c];
  if (k === 0) BMP_CLASS[c] = k = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

function resolveForm(token: string, intern: (term: string) => number): number {
  let raw = token;
  if (raw.endsWith("'s") || raw.endsWith("’s")) raw = raw.slice(0, -2);
  while (raw.length && "-'’".includes(raw[raw.length - 1])) raw = raw.slice(0, -1);
  const word = foldPlural(raw.toLowerCase());
  if (word.length < 3 || STOP_WORDS.has(word) || isNumber(word)) return -1;
  return (intern(word) << 1) | (hasNameShape(raw) ? 1 : 0);
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
