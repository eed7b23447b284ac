// Digit runs with thousands separators and decimals, and their parsed values.
import { isAsciiLetter } from "../document";

/**
 * Thousands-grouped or plain integers, with an optional decimal part ("3,663", "0.15", "2048"),
 * or a vulgar fraction after digits or alone ("2½", "¼"). Grouping by thin or narrow no-break
 * spaces ("1 000 000") is unambiguous and read here; grouping by plain spaces is read by
 * readSpacedGroupsEnd, only in prose.
 */
export const NUMBER_PATTERN = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u2009\u202f]\d{3})+(?!\d)|\d+)(?:\.\d+|[½¼¾⅐-⅞])?/g;
/** NUMBER_PATTERN or a vulgar fraction alone ("½ of"): a second first character halves the
 * speed of the scan, so only documents holding fractions use it (mayHoldFractions). */
export const NUMBER_OR_FRACTION_PATTERN = new RegExp(`${NUMBER_PATTERN.source}|[½¼¾⅐-⅞]`, "g");

// The fractions prose uses most; a native search for each (memchr-like) is far cheaper than one
// search for a class of non-ASCII characters (0.06 ms/MB for these three), so documents without
// them pay almost nothing. Rarer ones ("⅓") are still read after digits ("2⅓"), not alone.
const COMMON_FRACTIONS = ["½", "¼", "¾"];

/** The text holds a common vulgar fraction, so lines without digits may still hold a number. */
export function mayHoldFractions(text: string): boolean {
  for (const f of COMMON_FRACTIONS) if (text.includes(f)) return true;
  return false;
}

const ANY_FRACTION = /[½¼¾⅐-⅞]/;

/** The line holds a vulgar fraction (asked only in documents that hold one). */
export function hasFraction(line: string): boolean {
  return ANY_FRACTION.test(line);
}

const VULGAR_FRACTIONS: Record<string, number> = {
  "½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 1 / 10, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 1 / 5,
  "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
};
export function parseNumber(token: string): number {
  if (isPlainNumber(token)) return Number(token);
  const last = token[token.length - 1];
  const fraction = VULGAR_FRACTIONS[last];
  if (fraction !== undefined) return (token.length > 1 ? parseNumber(token.slice(0, -1)) : 0) + fraction;
  // "3,5" before "%" is a decimal comma (readSpacedGroupsEnd reads it only there); "3,663" groups.
  if (/^\d+,\d{1,2}$/.test(token)) return Number(token.replace(",", "."));
  return Number(token.replace(/[, \u00a0\u2009\u202f]/g, ""));
}

/** Only digits and "." (most tokens): checked by code, cheaper than a regex per number. */
function isPlainNumber(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46) return false;
  }
  return true;
}

/** A vulgar fraction alone ("½ of the budget"): a share of a whole, like "1/2". */
export function isLoneFraction(token: string): boolean {
  return token.length === 1 && VULGAR_FRACTIONS[token] !== undefined;
}

// A group of three digits after a plain or no-break space, ending the number ("12 345 homes").
const SPACED_GROUP = /[ \u00a0]\d{3}(?![\d\p{L}-]|[.,]\d)/uy; // not "3 100-meter races"
// A decimal comma before a percent sign, as quoted European sources write it ("3,5 %").
const DECIMAL_COMMA_PERCENT = /,\d{1,2}(?=[ \u00a0\u202f]?%)/y;

/**
 * The end of the number matched at [s, e) once prose notations the pattern leaves out are read:
 * thousands grouped by plain or no-break spaces ("1 000 000", "12 345 households") and a decimal
 * comma before "%". Spaced groups are read only for a lead of one to three digits that no other
 * number precedes, and only when no number follows, so a list of numbers ("32 64 128 256", a
 * flattened table row) or "Llama 3 405B" stays apart; the caller skips data rows.
 */
export function readSpacedGroupsEnd(line: string, s: number, e: number): number {
  const c = line.charCodeAt(e);
  if (c === 44) { // ","
    DECIMAL_COMMA_PERCENT.lastIndex = e;
    return DECIMAL_COMMA_PERCENT.test(line) ? DECIMAL_COMMA_PERCENT.lastIndex : e;
  }
  if ((c !== 32 && c !== 0xa0) || !isDigit(line.charCodeAt(e + 1)) || !isShortInteger(line, s, e) || isAfterNumber(line, s)) return e;
  let end = e;
  SPACED_GROUP.lastIndex = end;
  while (SPACED_GROUP.test(line)) { end = SPACED_GROUP.lastIndex; SPACED_GROUP.lastIndex = end; }
  // A number right after the groups makes this a list of numbers, not one number.
  const next = line.charCodeAt(end);
  if (end > e && (next === 32 || next === 0xa0) && isDigit(line.charCodeAt(end + 1))) return e;
  return end;
}

/** One to three digits and nothing else ("12", not "1.5" or "2½"). */
function isShortInteger(line: string, s: number, e: number): boolean {
  if (e - s > 3) return false;
  for (let i = s; i < e; i++) if (!isDigit(line.charCodeAt(i))) return false;
  return true;
}

/** Another number (digits, a space or a comma between) right before `s`. */
function isAfterNumber(line: string, s: number): boolean {
  let i = s - 1;
  const c = line.charCodeAt(i);
  if (c === 32 || c === 0xa0 || c === 44) i--;
  return i >= 0 && isDigit(line.charCodeAt(i));
}

/** A sticky matcher for a number at an exact position (used for the right end of ranges). */
const STICKY_NUMBER = new RegExp(NUMBER_PATTERN.source, "y");

export function readNumberAt(text: string, at: number): { text: string; end: number } | null {
  STICKY_NUMBER.lastIndex = at;
  const m = STICKY_NUMBER.exec(text);
  return m ? { text: m[0], end: at + m[0].length } : null;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// A plain class, not \d: V8 scans for it several times faster than a char-code loop.
const ANY_DIGIT = /[0-9]/;

/** True when the text holds an ASCII digit: most lines have none and need no further look. */
export function hasDigit(text: string): boolean {
  return ANY_DIGIT.test(text);
}

/** Letters of any script, so "Bd2" or "A100" read as identifiers whatever the alphabet. */
const LETTER = /[\p{L}_]/u;

export function isLetterAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  return c < 128 ? isAsciiLetter(c) || c === 95 : LETTER.test(text[at]); // ASCII without the regex
}

export function isWordCharAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && (isDigit(text.charCodeAt(at)) || isLetterAt(text, at));
}

// A-Z or a-z, the ASCII part of \p{L}: hot checks answer ASCII by code, the rest by regex.
export { isAsciiLetter };

/** A space or no-break space, the separators the sticky patterns allow before a word. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0;
}
