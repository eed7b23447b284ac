// Digit runs with thousands separators and decimals, and their parsed values.

/** Thousands-grouped or plain integers, with an optional decimal part ("3,663", "0.15", "2048"). */
export const NUMBER_PATTERN = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/g;

export function parseNumber(token: string): number {
  return Number(token.replace(/,/g, ""));
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

/** Letters of any script, so "Bd2" or "A100" read as identifiers whatever the alphabet. */
const LETTER = /[\p{L}_]/u;

export function isLetterAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && LETTER.test(text[at]);
}

export function isWordCharAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && (isDigit(text.charCodeAt(at)) || LETTER.test(text[at]));
}
