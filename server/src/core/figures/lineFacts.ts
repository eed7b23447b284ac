// What a line holds that the date, mask and code-line patterns need (digit shapes, month and
// id words, URL and code symbols), read in one pass over its characters: each pattern then
// runs only on lines that have its trigger, and no trigger needs a scan of its own.
import { isDigit } from "./numberToken";

// Digit shapes; each is implied by a match of the pattern it gates (see dates.ts, identifiers.ts).
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
/** The digit-shape flags above. */
export const DIGIT_SHAPES = 2047;

// Whole-line triggers, each exactly the test it replaces.
export const HAS_DIGIT = 1 << 11; // /[0-9]/
export const MONTH_HINT = 1 << 12; // /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/
export const BIBLIO_HINT = 1 << 13; // /ISBN|ISSN|DOI|doi|arXiv|PMID/
export const URL_HINT = 1 << 14; // "://" or "www."
export const AT_SIGN = 1 << 15; // "@"
export const BACKTICK = 1 << 16; // "`"
export const DOLLAR = 1 << 17; // "$"
export const OPEN_PAREN = 1 << 18; // "("
export const DOMAIN_SLASH = 1 << 19; // /\.(?:com|org|…|ly)\//i: the fixed part of a bare domain path
export const AM_PM_SHAPE = 1 << 20; // /\d ?[AaPp]\.?[Mm]/
export const FISCAL_SHAPE = 1 << 21; // /Q[1-4]|H[12]|FY/
export const CODE_SYMBOL = 1 << 22; // /[{}<>_=;]/

// What each ASCII character starts; 0 for the characters no trigger starts with.
const DIGIT = 1, LETTER_CUE = 2, SYMBOL = 3, SLASH = 4, COLON = 5;
const KIND = buildKinds();

function buildKinds(): Uint8Array {
  const kind = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) kind[c] = DIGIT;
  for (const ch of "JFMASONDIPQH") kind[ch.charCodeAt(0)] = LETTER_CUE;
  for (const ch of "@`$({}<>_=;") kind[ch.charCodeAt(0)] = SYMBOL;
  kind[47] = SLASH;
  kind[58] = COLON;
  return kind;
}

// Exactly the characters KIND marks: a native search skips to them, several times faster than
// a char-code loop over the whole line (most characters start no trigger).
const TRIGGER = /[0-9JFMASONDIPQH@`$({}<>_=;/:]/g;

const LOWER_CASE_CUE = /doi|arXiv|www\./;

export function readLineFacts(line: string): number {
  let flags = 0;
  let dotDigit = 0;
  const n = line.length;
  const re = TRIGGER;
  re.lastIndex = 0;
  while (re.test(line)) {
    const i = re.lastIndex - 1;
    const c = line.charCodeAt(i);
    const kind = KIND[c];
    if (kind === DIGIT) {
      // A whole digit run [i, e): the shapes are read at its two ends.
      let e = i + 1;
      while (e < n && isDigit(line.charCodeAt(e))) e++;
      flags |= HAS_DIGIT | readRunShapes(line, i, e);
      const after = line.charCodeAt(e);
      if (after === 46 && isDigit(line.charCodeAt(e + 1)) && ++dotDigit >= 2) flags |= VERSION;
      re.lastIndex = e;
    } else if (kind === LETTER_CUE) flags |= readLetterCue(line, i, c);
    else if (kind === SYMBOL) flags |= c === 64 ? AT_SIGN : c === 96 ? BACKTICK : c === 36 ? DOLLAR : c === 40 ? OPEN_PAREN : CODE_SYMBOL;
    else if (kind === SLASH) { if (isAfterDomain(line, i)) flags |= DOMAIN_SLASH; }
    else if (line.charCodeAt(i + 1) === 47 && line.charCodeAt(i + 2) === 47) flags |= URL_HINT; // "://"
  }
  // Lower-case cues: their first letters are too common in prose to stop at each one.
  // One native pass for the three of them; the rare lines with one are told apart after.
  if (LOWER_CASE_CUE.test(line)) {
    if (line.includes("doi") || line.includes("arXiv")) flags |= BIBLIO_HINT;
    if (line.includes("www.")) flags |= URL_HINT;
  }
  return flags;
}

/** The digit shapes at the ends of the run [s, e) (VERSION is counted by the caller). */
function readRunShapes(line: string, s: number, e: number): number {
  let flags = 0;
  const after = line.charCodeAt(e);
  if (isDigit(line.charCodeAt(e + 1))) {
    if (after === 45) flags |= DASH_DIGIT; // -
    else if (after === 47) flags |= SLASH_DIGIT; // /
    else if (after === 58) flags |= COLON_DIGIT; // :
    if ((after === 45 || after === 46) && e - s >= 3) flags |= PHONE;
  }
  if (isAmPmLetter(after) || (after === 32 && isAmPmLetter(line.charCodeAt(e + 1)))) {
    flags |= AM_PM;
    // /\d ?[AaPp]\.?[Mm]/ at the run's last digit.
    let k = after === 32 ? e + 2 : e + 1;
    if (line.charCodeAt(k) === 46) k++;
    const m = line.charCodeAt(k);
    if (m === 77 || m === 109) flags |= AM_PM_SHAPE;
  }
  if (after === 115 && line.charCodeAt(e - 1) === 48) flags |= DECADE; // "0s"
  const before = line.charCodeAt(s - 1);
  if (before === 81 || before === 72 || before === 89) flags |= FISCAL; // Q H Y
  else if ((before === 32 || before === 0xa0 || before === 39 || before === 0x2019) && line.charCodeAt(s - 2) === 89) flags |= FISCAL; // "FY 24", "FY'24"
  else if (before === 43) flags |= PLUS_BEFORE; // +
  else if (before === 91) flags |= BRACKET_BEFORE; // [
  else if (before === 35) flags |= HASH_BEFORE; // #
  return flags;
}

/** Month names, upper-case bibliographic ids and "Q3"/"H1"/"FY" starting at i (c = its code). */
function readLetterCue(line: string, i: number, c: number): number {
  const c1 = line.charCodeAt(i + 1), c2 = line.charCodeAt(i + 2);
  switch (c) {
    case 74: return (c1 === 97 && c2 === 110) || (c1 === 117 && (c2 === 110 || c2 === 108)) ? MONTH_HINT : 0; // Jan Jun Jul
    case 70: return (c1 === 101 && c2 === 98 ? MONTH_HINT : 0) | (c1 === 89 ? FISCAL_SHAPE : 0); // Feb FY
    case 77: return c1 === 97 && (c2 === 114 || c2 === 121) ? MONTH_HINT : 0; // Mar May
    case 65: return (c1 === 112 && c2 === 114) || (c1 === 117 && c2 === 103) ? MONTH_HINT : 0; // Apr Aug
    case 83: return c1 === 101 && c2 === 112 ? MONTH_HINT : 0; // Sep
    case 79: return c1 === 99 && c2 === 116 ? MONTH_HINT : 0; // Oct
    case 78: return c1 === 111 && c2 === 118 ? MONTH_HINT : 0; // Nov
    case 68: return (c1 === 101 && c2 === 99 ? MONTH_HINT : 0) | (c1 === 79 && c2 === 73 ? BIBLIO_HINT : 0); // Dec DOI
    case 73: return c1 === 83 && (c2 === 66 || c2 === 83) && line.charCodeAt(i + 3) === 78 ? BIBLIO_HINT : 0; // ISBN ISSN
    case 80: return line.startsWith("MID", i + 1) ? BIBLIO_HINT : 0; // PMID
    case 81: return c1 >= 49 && c1 <= 52 ? FISCAL_SHAPE : 0; // Q1-Q4
    case 72: return c1 === 49 || c1 === 50 ? FISCAL_SHAPE : 0; // H1 H2
    default: return 0;
  }
}

/** Top-level domains of the bare domain path pattern (identifiers.ts), lower-case. */
const DOMAINS = new Set(["com", "org", "net", "io", "ai", "edu", "gov", "dev", "app", "co", "uk", "de", "ly"]);

/** Whether ".tld" ends right before the "/" at i, letters compared as the pattern's /iu does. */
function isAfterDomain(line: string, i: number): boolean {
  for (const length of [2, 3]) {
    if (i - length - 1 < 0 || line.charCodeAt(i - length - 1) !== 46) continue;
    let tld = "";
    for (let k = i - length; k < i; k++) {
      const code = line.charCodeAt(k);
      // ASCII letters fold by case; the Kelvin sign folds to "k" under /iu.
      if (code === 0x212a) tld += "k";
      else if ((code | 32) >= 97 && (code | 32) <= 122) tld += String.fromCharCode(code | 32);
      else break;
    }
    if (DOMAINS.has(tld)) return true;
  }
  return false;
}

function isAmPmLetter(c: number): boolean {
  return c === 65 || c === 97 || c === 80 || c === 112; // A a P p
}
