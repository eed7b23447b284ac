// Turns an article's text into the hashed, lower-cased word sequence used to compare copies:
// layout (line breaks, bullets, markdown marks, quote styles, URLs) and feed footers do not
// survive it. One pass over the characters, no intermediate strings (it runs on whole workspaces).

/** Lines that feed exports add to a post and other copies lack ("The post … appeared first on …"). */
function isFeedFooter(text: string, start: number, end: number): boolean {
  if (end - start > 400 || !mayStartFooter(text, start, end)) return false;
  const t = text.slice(start, end).trim().toLowerCase();
  if (t.startsWith("the post ") && t.includes("appeared first on")) return true;
  // "Read More", "Read more »", "Continue reading →": a link label with no content.
  return /^(?:read more|continue reading)\W*$/.test(t);
}

/** Cheap pre-check (most lines fail it, and skip the slice): the first character after ASCII
 * blanks is t, r or c in either case, or non-ASCII (which trim() or toLowerCase() may change). */
function mayStartFooter(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && (c < 0x09 || c > 0x0d)) break;
    i++;
  }
  if (i >= end) return false;
  const c = text.charCodeAt(i) | 0x20;
  return c === 0x74 || c === 0x72 || c === 0x63 || text.charCodeAt(i) >= 128;
}

/** Apostrophes of any style are skipped inside a word, so "don’t" and "don't" are one word. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 0x60;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 unit: 0 not yet known, 1 not a letter or digit, else the lower-cased unit + 2. */
const foldTable = new Int32Array(0x10000);

/** The lower-cased code of a letter or digit, or -1 for anything else. */
function foldCode(code: number): number {
  if (code < 128) {
    if (code >= 0x61 && code <= 0x7a || code >= 0x30 && code <= 0x39) return code;
    return code >= 0x41 && code <= 0x5a ? code | 0x20 : -1;
  }
  let folded = foldTable[code];
  if (folded === 0) {
    const ch = String.fromCharCode(code);
    folded = LETTER_OR_DIGIT.test(ch) ? ch.toLowerCase().charCodeAt(0) + 2 : 1;
    foldTable[code] = folded;
  }
  return folded - 2;
}

function isUrlAt(text: string, i: number): boolean {
  return (text.startsWith("http://", i) || text.startsWith("https://", i));
}

/** Output buffer reused across calls (the result is copied out). */
let buffer = new Uint32Array(4096);

function pushWord(n: number, h: number): number {
  if (n === buffer.length) {
    const grown = new Uint32Array(n * 2);
    grown.set(buffer);
    buffer = grown;
  }
  buffer[n] = h >>> 0;
  return n + 1;
}

/** Appends the hashes of the words of text[start, end) at buffer[n]; returns the new length. */
function pushLineWords(text: string, start: number, end: number, n: number): number {
  let h = 0, inWord = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (inWord && isApostrophe(code)) continue;
    const folded = foldCode(code);
    if (folded < 0) {
      if (inWord) { n = pushWord(n, h); inWord = false; }
      continue;
    }
    if (!inWord) {
      if ((code === 0x68 || code === 0x48) && isUrlAt(text, i)) {
        while (i < end && text.charCodeAt(i) > 0x20) i++;
        continue;
      }
      h = 0x811c9dc5; inWord = true;
    }
    h = Math.imul(h ^ folded, 0x01000193);
  }
  return inWord ? pushWord(n, h) : n;
}

/** FNV-1a hash of each word of `text` in order, feed footer lines dropped. */
export function hashArticleWords(text: string): Uint32Array {
  let n = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (!isFeedFooter(text, start, end)) n = pushLineWords(text, start, end, n);
    start = end + 1;
  }
  return buffer.slice(0, n);
}
