// What touches the digit runs of a line ("-" then a digit, a "[" before, …), read in one pass,
// so each date or mask pattern that needs such a shape runs only on lines that have it.

/** Bit flags; each is implied by a match of the pattern it gates (see dates.ts, identifiers.ts). */
export const DASH_DIGIT = 1; // "2024-05": ISO dates
export const SLASH_DIGIT = 2; // "3/31": numeric dates
export const COLON_DIGIT = 4; // "10:30": times of day
export const AM_PM = 8; // "3pm", "3 a.m."
export const DECADE = 16; // "1990s", "'90s"
export const FISCAL = 32; // "Q3", "H1", "FY24", "FY 2024"
export const PHONE = 64; // "555-1234": three or more digits, "." or "-", a digit
export const VERSION = 128; // "1.2.3": two runs followed by "." and a digit
export const PLUS_BEFORE = 256; // "+44": international phone numbers
export const BRACKET_BEFORE = 512; // "[12]": citations
export const HASH_BEFORE = 1024; // "#3": issue numbers

const DIGIT_RUN = /[0-9]+/g;

export function readDigitContext(line: string): number {
  let flags = 0;
  let dotDigit = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(line); m; m = DIGIT_RUN.exec(line)) {
    const s = m.index;
    const e = s + m[0].length;
    const after = line.charCodeAt(e);
    const digitAfter = isDigitCode(line.charCodeAt(e + 1));
    if (digitAfter) {
      if (after === 45) flags |= DASH_DIGIT; // -
      else if (after === 47) flags |= SLASH_DIGIT; // /
      else if (after === 58) flags |= COLON_DIGIT; // :
      if ((after === 45 || after === 46) && e - s >= 3) flags |= PHONE;
      if (after === 46 && ++dotDigit >= 2) flags |= VERSION;
    }
    if (isAmPmLetter(after) || (after === 32 && isAmPmLetter(line.charCodeAt(e + 1)))) flags |= AM_PM;
    if (after === 115 && line.charCodeAt(e - 1) === 48) flags |= DECADE; // "0s"
    const before = line.charCodeAt(s - 1);
    if (before === 81 || before === 72 || before === 89) flags |= FISCAL; // Q H Y
    else if ((before === 32 || before === 0xa0) && line.charCodeAt(s - 2) === 89) flags |= FISCAL; // "FY 24"
    else if (before === 43) flags |= PLUS_BEFORE; // +
    else if (before === 91) flags |= BRACKET_BEFORE; // [
    else if (before === 35) flags |= HASH_BEFORE; // #
  }
  return flags;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAmPmLetter(c: number): boolean {
  return c === 65 || c === 97 || c === 80 || c === 112; // A a P p
}
