// Scientific notation written after the digits: "1e-4", "3.5E9", "10^6", "10^{-3}",
// "3 × 10^8", "2.1x10^-5". The power scales the value like a magnitude word does.

/** "e"/"E" and a signed power of at most three digits, not followed by a letter or digit ("3e4f" is a hash). */
const E_POWER = /[eE]([-+−]?\d{1,3})(?![\p{L}\d])/uy;
/** "^6", "^-3", "^{12}" after a base of 10. */
const CARET_POWER = /\^\{?([-+−]?\d{1,3})\}?(?![\p{L}\d^])/uy;
/** A mantissa times a power of ten: " × 10^8", "x10^-5", "·10^3", "*10^6". */
const TIMES_TEN = /[ \u00a0]?[×x*·][ \u00a0]?10\^\{?([-+−]?\d{1,3})\}?(?![\p{L}\d^])/uy;

export interface Exponent {
  factor: number;
  end: number;
  /** "10^6": the power is the whole number, the written "10" only its base. */
  replacesBase: boolean;
}

/** The power of ten written at `at`, right after the digits `token`; null when there is none. */
export function readExponent(line: string, token: string, at: number): Exponent | null {
  if (!mayStartExponent(line, at)) return null;
  for (const re of token === "10" ? [CARET_POWER, E_POWER, TIMES_TEN] : [E_POWER, TIMES_TEN]) {
    re.lastIndex = at;
    const m = re.exec(line);
    if (m) return { factor: 10 ** Number(m[1].replace("−", "-")), end: at + m[0].length, replacesBase: re === CARET_POWER };
  }
  return null;
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
