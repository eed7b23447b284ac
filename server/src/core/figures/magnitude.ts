// Magnitude words and suffixes that scale a number: "17 billion", "1.3B", "23K", "$3bn".

// "lakh" (10^5) and "crore" (10^7) are the Indian-English magnitude words ("₹12,000 crore").
const WORD_FACTORS: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Suffixes written straight after the digits. Lower-case "m"/"b" only scale money ("$5m"):
 * elsewhere "5m" is metres. "K"/"k" is always a thousand when glued ("23K", "5k"). */
const GLUED_FACTORS: Record<string, number> = { K: 1e3, k: 1e3, M: 1e6, B: 1e9, T: 1e12, bn: 1e9, mn: 1e6, tn: 1e12 };
const MONEY_GLUED_FACTORS: Record<string, number> = { m: 1e6, b: 1e9, mm: 1e6 };

export interface Magnitude { factor: number; end: number }

// Words may be separated by a space or a hyphen ("6.7-billion parameter model").
const WORD_AFTER = /[ \u00a0-]?(thousand|million|billion|trillion|lakhs?|crores?)(?![\p{L}\d])/uy;
const GLUED_AFTER = /(bn|mn|tn|mm|[KkMBTmb])(?![\p{L}\d])/uy;

export function readMagnitude(text: string, at: number, money: boolean): Magnitude | null {
  if (!mayStartMagnitude(text, at)) return null;
  GLUED_AFTER.lastIndex = at;
  const g = GLUED_AFTER.exec(text);
  if (g) {
    const factor = GLUED_FACTORS[g[1]] ?? (money ? MONEY_GLUED_FACTORS[g[1]] : undefined);
    if (factor) return { factor, end: at + g[0].length };
  }
  WORD_AFTER.lastIndex = at;
  const w = WORD_AFTER.exec(text);
  if (w) return { factor: WORD_FACTORS[w[1].toLowerCase()], end: at + w[0].length };
  return null;
}

/** Both patterns need a letter, a space, a no-break space or "-" first (most numbers have a space, then no magnitude). */
function mayStartMagnitude(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 32 || c === 0xa0 || c === 45) {
    const next = text.charCodeAt(at + 1);
    // t(housand), m(illion), b(illion), t(rillion), l(akh), c(rore)
    return next === 116 || next === 109 || next === 98 || next === 108 || next === 99;
  }
  return c >= 128 || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** True when a glued letter run is a magnitude suffix, so "20B" is not an identifier. */
export function isMagnitudeSuffix(letters: string, money: boolean): boolean {
  return letters in GLUED_FACTORS || (money && letters in MONEY_GLUED_FACTORS);
}
