// Qualifiers that bound a number, canonicalised to the five forms of the model:
// "more than", "less than", "up to", "at least", "about".
import type { Qualifier } from "../model";

const CANONICAL: Record<string, Qualifier> = {
  "more than": "more than", "over": "more than", "above": "more than", "greater than": "more than",
  "exceeding": "more than", "in excess of": "more than", "upwards of": "more than", "just over": "more than",
  "well over": "more than", "well above": "more than", "north of": "more than", "beyond": "more than",
  "larger than": "more than", "higher than": "more than", ">": "more than", "≫": "more than",
  "less than": "less than", "under": "less than", "below": "less than", "fewer than": "less than",
  "just under": "less than", "smaller than": "less than", "lower than": "less than", "<": "less than",
  "up to": "up to", "as many as": "up to", "as much as": "up to", "at most": "up to", "no more than": "up to",
  "≤": "up to", "<=": "up to", "a maximum of": "up to", "maximum of": "up to",
  // "within 10% of", "within 3 days": the distance is at most the number.
  "within": "up to",
  "at least": "at least", "no less than": "at least", "no fewer than": "at least", "a minimum of": "at least",
  "minimum of": "at least", "≥": "at least", ">=": "at least",
  "about": "about", "nearly": "about", "approximately": "about", "approx.": "about", "approx": "about",
  "roughly": "about", "around": "about", "almost": "about", "some": "about", "circa": "about", "ca.": "about",
  "close to": "about", "an estimated": "about", "estimated": "about", "~": "about", "≈": "about", "∼": "about",
  "≃": "about", "≅": "about", "maybe": "about", "perhaps": "about",
};

const MAX_WORDS = 3; // "no fewer than", "in excess of"
const SYMBOL_ENDS = new Set(Object.keys(CANONICAL).filter((k) => !/\p{L}/u.test(k)).map((k) => k[k.length - 1]));
const LAST_LETTERS = new Set(Object.keys(CANONICAL).filter((k) => /\p{L}/u.test(k)).map((k) => k[k.length - 1]));
const SYMBOLS = [">=", "<=", ">", "<", "≥", "≤", "≫", "~", "≈", "∼", "≃", "≅"];
/** Last words of the worded qualifiers: a number after any other word has none (one lookup). */
const LAST_WORDS = new Set(Object.keys(CANONICAL).filter((k) => /\p{L}/u.test(k)).map((k) => k.slice(k.lastIndexOf(" ") + 1)));
const WORD_PART = /[\p{L}.]/u;

export interface QualifierMatch { qualifier: Qualifier; start: number }

/**
 * The qualifier that ends right before `at` (spaces allowed between), or null. Reads at most
 * three words backwards, longest phrase first, so the lookback is O(1) per number.
 */
export function readQualifierBefore(text: string, at: number): QualifierMatch | null {
  let end = at;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\u00a0")) end--;
  if (end === 0) return null;
  if (SYMBOL_ENDS.has(text[end - 1])) {
    for (const sym of SYMBOLS) {
      if (end >= sym.length && text.startsWith(sym, end - sym.length)) return { qualifier: CANONICAL[sym], start: end - sym.length };
    }
    return null;
  }
  if (!LAST_LETTERS.has(text[end - 1].toLowerCase())) return null; // cheap gate: no qualifier ends so
  const starts: number[] = [];
  let pos = end;
  while (starts.length < MAX_WORDS) {
    let from = pos;
    while (from > 0 && isWordPart(text, from - 1)) from--;
    if (from === pos) break;
    // Every phrase read here ends with this first word; most words end no qualifier.
    if (!starts.length && !LAST_WORDS.has(text.slice(from, end).toLowerCase())) return null;
    starts.push(from);
    pos = from;
    if (pos === 0 || text[pos - 1] !== " ") break;
    pos--;
  }
  let best: QualifierMatch | null = null;
  for (const from of starts) {
    const q = CANONICAL[text.slice(from, end).toLowerCase()];
    if (q) best = { qualifier: q, start: from };
  }
  return best;
}

/** A letter or ".", as /[\p{L}.]/u, with ASCII answered without the regex. */
function isWordPart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) || c === 46;
  return WORD_PART.test(text[at]);
}

// Qualifiers that follow: "50% or more", "100+ users", "5 or fewer".
const AFTER = /(\+(?![\d\p{L}])|[ \u00a0](?:or|and) (?:more|greater|higher|above|over|less|fewer|lower|below|under)(?![\p{L}]))/uy;

export function readQualifierAfter(text: string, at: number): { qualifier: Qualifier; end: number } | null {
  const c = text[at];
  if (c !== "+" && !((c === " " || c === "\u00a0") && (text[at + 1] === "o" || text[at + 1] === "a"))) return null; // AFTER's first characters
  AFTER.lastIndex = at;
  const m = AFTER.exec(text);
  if (!m) return null;
  const atLeast = m[1] === "+" || /more|greater|higher|above|over/.test(m[1]);
  return { qualifier: atLeast ? "at least" : "up to", end: at + m[0].length };
}
