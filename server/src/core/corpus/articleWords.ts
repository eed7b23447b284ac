// Turns an article's text into the hashed, lower-cased word sequence used to compare copies:
// layout (line breaks, bullets, markdown marks, quote styles, URLs) and feed footers do not
// survive it. One pass over the characters, no intermediate strings (it runs on whole workspaces).

/** Lines that feed exports add to a post and other copies lack ("The post … appeared first on …"). */
function isFeedFooter(text: string, start: number, end: number): boolean {
  if (end - start > 400) return false;
  const t = text.slice(start, end).trim().toLowerCase();
  if (t.startsWith("the post ") && t.includes("appeared first on")) return true;
  // "Read More", "Read more »", "Continue reading →": a link label with no content.
  return /^(?:read more|continue reading)\W*$/.test(t);
}

/** Apostrophes of any style are skipped inside a word, so "don’t" and "don't" are one word. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 0x60;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const lowerCache = new Map<number, number>();

/** The lower-cased code of a letter or digit, or -1 for anything else. */
function foldCode(code: number): number {
  if (code < 128) {
    if (code >= 0x61 && code <= 0x7a || code >= 0x30 && code <= 0x39) return code;
    return code >= 0x41 && code <= 0x5a ? code | 0x20 : -1;
  }
  let folded = lowerCache.get(code);
  if (folded === undefined) {
    const ch = String.fromCharCode(code);
    folded = LETTER_OR_DIGIT.test(ch) ? ch.toLowerCase().charCodeAt(0) : -1;
    if (lowerCache.size < 4096) lowerCache.set(code, folded);
  }
  return folded;
}

function isUrlAt(text: string, i: number): boolean {
  return (text.startsWith("http://", i) || text.startsWith("https://", i));
}

function pushLineWords(text: string, start: number, end: number, out: number[]): void {
  let h = 0, inWord = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (inWord && isApostrophe(code)) continue;
    const folded = foldCode(code);
    if (folded < 0) {
      if (inWord) { out.push(h >>> 0); inWord = false; }
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
  if (inWord) out.push(h >>> 0);
}

/** FNV-1a hash of each word of `text` in order, feed footer lines dropped. */
export function hashArticleWords(text: string): Uint32Array {
  const out: number[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (!isFeedFooter(text, start, end)) pushLineWords(text, start, end, out);
    start = end + 1;
  }
  return Uint32Array.from(out);
}
