// Unicode sentence boundaries (UAX #29 rules SB6–SB11) for lines written in Latin-1 and common
// typographic punctuation, with the same result as Intl.Segmenter("en", sentence) but without
// its per-segment objects. Lines with any other character return undefined (use the segmenter).

// Sentence_Break classes of the characters handled here; 0 means "not handled".
const UNKNOWN = 0, SP = 1, LOWER = 2, UPPER = 3, NUMERIC = 4, ATERM = 5, STERM = 6, CLOSE = 7, SCONTINUE = 8, OTHER = 9;

const CLASSES = buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(0x2200);
  const set = (chars: string, cls: number) => { for (const ch of chars) table[ch.charCodeAt(0)] = cls; };
  const range = (from: number, to: number, cls: number) => { for (let c = from; c <= to; c++) table[c] = cls; };
  range(0x21, 0x7e, OTHER);
  range(0xa1, 0xbf, OTHER);
  set("\u00d7\u00f7\u2022\u2026\u2122\u20ac\u2032\u2033", OTHER);
  set(" \t\u00a0", SP);
  range(0x61, 0x7a, LOWER);
  range(0xdf, 0xff, LOWER);
  set("\u00b5\u00aa\u00ba", LOWER);
  range(0x41, 0x5a, UPPER);
  range(0xc0, 0xde, UPPER);
  range(0x30, 0x39, NUMERIC);
  set(".", ATERM);
  set("!?", STERM);
  set("\"'()[]{}\u00ab\u00bb\u2018\u2019\u201c\u201d", CLOSE);
  set(",-:;\u2013\u2014", SCONTINUE);
  // The letter ranges above include × and ÷ (symbols); the soft hyphen is Format, not handled.
  table[0xad] = UNKNOWN;
  table[0xd7] = OTHER;
  table[0xf7] = OTHER;
  return table;
}

/**
 * Offsets where a new sentence starts (excluding 0 and text.length), or undefined when `text`
 * has a character outside the handled set.
 */
export function findSentenceBreaks(text: string): number[] | undefined {
  const n = text.length;
  const classes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const cls = code < 0x2200 ? CLASSES[code] : UNKNOWN;
    if (cls === UNKNOWN) return undefined;
    classes[i] = cls;
  }
  const breaks: number[] = [];
  let i = 0;
  while (i < n) {
    const term = classes[i];
    if (term !== ATERM && term !== STERM) { i++; continue; }
    // SB9/SB10: a terminator keeps its closing punctuation and trailing spaces.
    let j = i + 1;
    while (j < n && classes[j] === CLOSE) j++;
    while (j < n && classes[j] === SP) j++;
    if (j >= n) break;
    if (!continuesSentence(classes, term, i, j)) breaks.push(j);
    i = j;
  }
  return breaks;
}

/** SB6, SB7, SB8, SB8a: whether the sentence goes on at `next` after the terminator at `at`. */
function continuesSentence(classes: Uint8Array, term: number, at: number, next: number): boolean {
  const cls = classes[next];
  if (cls === SCONTINUE || cls === ATERM || cls === STERM) return true;
  if (term !== ATERM) return false;
  if (next === at + 1) {
    if (cls === NUMERIC) return true;
    const before = at > 0 ? classes[at - 1] : UNKNOWN;
    if (cls === UPPER && (before === UPPER || before === LOWER)) return true;
  }
  // SB8: a lower-case letter before any other letter or terminator continues the sentence.
  for (let k = next; k < classes.length; k++) {
    const c = classes[k];
    if (c === LOWER) return true;
    if (c === UPPER || c === ATERM || c === STERM) return false;
  }
  return false;
}
