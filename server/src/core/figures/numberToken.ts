// Digit runs with thousands separators and decimals, and their parsed values.
import { isAsciiLetter } from "../document";

/** Thousands-grouped or plain integers, with an optional decimal part ("3,663", "0.15", "2048"). */
export const NUMBER_PATTERN = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/g;

export function parseNumber(token: string): number {
  return Number(token.includes(",") ? token.replace(/,/g, "") : token);
}

/** A sticky matcher for a number at an exact position (used for the right end of ranges). */
const STICKY_NUMBER = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;

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
