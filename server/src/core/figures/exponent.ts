// Scientific notation written after the digits: "1e-4", "3.5E9", "10^6", "10^{-3}",
// "3 × 10^8", "2.1x10^-5". The power scales the value like a magnitude word does.

/** "e"/"E" and a signed power of at most three digits, not followed by a letter or digit ("3e4f" is a hash). */
const E_POWER = /[eE]([-+−]?\d{1,3})(?![\p{L}\d])/uy;
/** "^6", "^-3", "^{12}" after a base of 10. */
const CARET_POWER = /\^\{?([-+−]?\d{1,3})\}?(?![\p{L}\d^])/uy;
/** A mantissa times a power of ten: " × 10^8", "x10^-5", "·10^3", "*10^6". */
const TIMES_TEN = /[ \u00a0]?[×x*·][ \u00a0]?10\^\{?([-+−]?\d{1,3})\}?(?![\p{L}\d^])/uy;

// Unicode superscripts as typeset powers are written: "10⁶", "3 × 10⁻⁴".
const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** A superscript power (sign and one to three digits) right after a base of 10. */
const SUPERSCRIPT_POWER = /[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?![\p{L}\d⁰¹²³⁴⁵⁶⁷⁸⁹])/uy;
/** A mantissa times a superscript power of ten: " × 10⁸", "x10⁻⁵". */
const TIMES_TEN_SUPERSCRIPT = /[ \u00a0]?[×x*·][ \u00a0]?10(?=[⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹])/uy;

export interface Exponent {
  factor: number;
  end: number;
  /** "10^6": the power is the whole number, the written "10" only its base. */
  replacesBase: boolean;
}

/** The power of ten written at `at`, right after the digits `token`; null when there is none. */
export function readExponent(line: string, token: string, at: number): Exponent | null {
  if (!mayStartExponent(line, at)) return token === "10" ? readSuperscriptPower(line, at, true) : null;
  for (const re of token === "10" ? [CARET_POWER, E_POWER, TIMES_TEN] : [E_POWER, TIMES_TEN]) {
    re.lastIndex = at;
    const m = re.exec(line);
    if (m) return { factor: 10 ** Number(m[1].replace("−", "-")), end: at + m[0].length, replacesBase: re === CARET_POWER };
  }
  TIMES_TEN_SUPERSCRIPT.lastIndex = at;
  if (TIMES_TEN_SUPERSCRIPT.test(line)) {
    const power = readSuperscriptPower(line, TIMES_TEN_SUPERSCRIPT.lastIndex, false);
    if (power) return power;
  }
  return null;
}

/** The superscript power at `at` ("⁶", "⁻⁴"); `replacesBase` when the 10 before it is the whole number. */
function readSuperscriptPower(line: string, at: number, replacesBase: boolean): Exponent | null {
  SUPERSCRIPT_POWER.lastIndex = at;
  const m = SUPERSCRIPT_POWER.exec(line);
  if (!m) return null;
  let power = 0;
  for (const ch of m[0]) { const d = SUPERSCRIPT_DIGITS.indexOf(ch); if (d >= 0) power = power * 10 + d; }
  return { factor: 10 ** (m[0][0] === "⁻" ? -power : power), end: at + m[0].length, replacesBase };
}

/** "10⁶" at `at` (after a "×" glued to a mantissa): a power of ten, not a shape like "3×224". */
export function isSuperscriptPower(line: string, at: number): boolean {
  const c = line[at];
  return c !== undefined && line.startsWith("10", at - 2) && (SUPERSCRIPT_DIGITS.includes(c) || c === "⁻" || c === "⁺");
}

/** The first characters the three patterns accept ("e", "E", "^", a space, "×", "x", "*", "·"). */
function mayStartExponent(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  return c === 101 || c === 69 || c === 94 || c === 32 || c === 0xa0 || c === 0xd7 || c === 120 || c === 42 || c === 0xb7;
}

/** True when "^" after these digits starts a power of ten we can read ("10^6"), not math ("2^k"). */
export function isPowerOfTen(line: string, token: string, at: number): boolean {
  if (token !== "10") return false;
  CARET_POWER.lastIndex = at;
  return CARET_POWER.test(line);
}
