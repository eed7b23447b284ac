// Words that name something (DeepSpeed, GODEL, AI4Science, a capitalised word inside a
// sentence). Checked with character codes, not Unicode regexes: these run on every word.

/** A capital letter after the first, or letters mixed with digits. */
export function hasNameShape(word: string): boolean {
  let letters = 0, digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) { digits++; continue; }
    const upper = isUpperCode(c, word, i);
    if (upper && i > 0) return true;
    if (upper || (c >= 97 && c <= 122) || (c > 127 && word[i] !== word[i].toUpperCase())) letters++;
  }
  return letters > 0 && digits > 0;
}

export function startsWithCapital(word: string): boolean {
  return word.length > 0 && isUpperCode(word.charCodeAt(0), word, 0);
}

/** The character at `i` of `text` is a capital (as startsWithCapital of a word starting there). */
export function isCapitalAt(text: string, i: number): boolean {
  return i < text.length && isUpperCode(text.charCodeAt(i), text, i);
}

// ASCII by code; other scripts through toLowerCase, which only runs for non-ASCII letters.
function isUpperCode(c: number, word: string, i: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return word[i] !== word[i].toLowerCase();
}

/**
 * True when the word at `index` of `text` opens a sentence (after . ! ? : or a quote). The
 * paragraph starts at `from` of `text` (a paragraph read in place in its document).
 */
export function isSentenceStart(text: string, index: number, from = 0): boolean {
  let i = index - 1;
  while (i >= from && index - i <= 3 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < from) return true;
  // By code, not '.!?:"“‘('.includes(text[i]): this runs for every capitalised word.
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 34 || c === 0x201c || c === 0x2018 || c === 40;
}
