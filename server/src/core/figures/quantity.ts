// One quantity as written at a number token: sign, currency, digits, magnitude and unit
// ("-3.5%", "$3 million", "1.3B", "400 gigabits per second", "2-layer").
import type { Dimension } from "../model";
import { isPluralNoun } from "./countedNoun";
import { readExponent } from "./exponent";
import { isMagnitudeSuffix, readMagnitude } from "./magnitude";
import { isAsciiLetter, isDigit, parseNumber } from "./numberToken";
import { readCurrencyBefore } from "./ranges";
import { isGluedUnit, readUnit } from "./units";

export interface Quantity {
  /** Start including a sign or currency symbol; numStart/numEnd bound the digits. */
  start: number;
  numStart: number;
  numEnd: number;
  /** End after magnitude and unit. */
  end: number;
  value: number;
  /** The magnitude applied (1 when none), so a range can lend it to its low end ("$3-5 million"). */
  factor: number;
  scaled: boolean;
  unit: string | null;
  dimension: Dimension | null;
  /** A word joined by a hyphen that names what is counted ("2-layer" -> "layer"). */
  compoundNoun: string | null;
}

const GLUED_LETTERS = /[\p{L}µμ°Ω]+/uy;
const COMPOUND = /-([\p{L}][\p{L}]*)/uy;
// Hyphenated words that make an idiom or a name rather than a counted noun ("9-to-5").
const NOT_COMPOUND = new Set(["to", "and", "or", "of", "in", "by", "on", "for", "the", "a", "an"]);

/** Reads the quantity whose digits span [s, e); null when the digits belong to a name ("2D", "3rd"). */
export function readQuantity(line: string, s: number, e: number): Quantity | null {
  const currency = readCurrencyBefore(line, s);
  const money = currency !== null;
  let start = currency ? currency.start : s;
  const token = line.slice(s, e);
  let value = parseNumber(token);
  const signAt = (currency ? currency.start : s) - 1;
  const sign = line[signAt];
  if ((sign === "-" || sign === "−" || sign === "+") && (signAt === 0 || /[\s(\[]/u.test(line[signAt - 1]))) {
    if (sign !== "+") value = -value;
    start = signAt;
  }
  const device = readDeviceCount(line, e);
  if (device) {
    return { start, numStart: s, numEnd: e, end: device.end, value, factor: 1, scaled: false, unit: device.name, dimension: "count", compoundNoun: null };
  }
  // A power of ten ("1e-4", "3 × 10^8") scales the value as a magnitude word does.
  const exponent = readExponent(line, token, e);
  if (!exponent && !gluedLettersAreUnits(line, e, money)) return null;

  let end = e;
  const magnitude = exponent ?? readMagnitude(line, e, money);
  const factor = magnitude ? magnitude.factor : 1;
  if (exponent?.replacesBase) value = Math.sign(value); // "-10^3" is -1000
  if (magnitude) { value = scaleValue(value, factor); end = magnitude.end; }

  let unit: string | null = currency ? currency.code : null;
  let dimension: Dimension | null = currency ? "money" : null;
  let compoundNoun: string | null = null;
  if (line[end] === "-" && !isDigit(line.charCodeAt(end + 1))) {
    const hyphenUnit = readUnit(line, end + 1);
    if (hyphenUnit && hyphenUnit.dimension !== "money") {
      ({ unit, dimension } = hyphenUnit); end = hyphenUnit.end;
    } else {
      COMPOUND.lastIndex = end;
      const m = COMPOUND.exec(line);
      // "9-to-5" is an idiom, "10-K" a name.
      if (m && (NOT_COMPOUND.has(m[1].toLowerCase()) || m[1].length < 2)) return null;
      if (m && !money) { compoundNoun = m[1]; end += m[0].length; }
    }
  } else {
    const u = readUnit(line, end);
    if (u && !(money && u.dimension === "money" && unit !== null && u.unit !== unit && u.unit !== "cents")) {
      if (!money || u.dimension === "money") { unit = u.unit; dimension = u.dimension; end = u.end; }
    }
  }
  return { start, numStart: s, numEnd: e, end, value, factor, scaled: magnitude !== null, unit, dimension, compoundNoun };
}

// A hardware configuration "8xA100", "4x H100", "8 × A100 GPUs", "2 x M.2 slots": a count of the
// named part, not a multiplier. The part is a capitalised name right after "x"/"×" that either
// has letters glued to digits ("H100", "M.2", "MI300X"), or is an acronym followed by a model
// number ("RTX 4090"), or heads a noun phrase ending in a plural ("DIMM slots", "AMD EPYC 9654
// CPUs"). "3x3", "2x faster", "1.5x Faster Inference" and "5x GPT-4 speed" stay as they were.
const DEVICE_NAME = /([ \u00a0]?)[x×]([ \u00a0]?)(\p{Lu}[\p{L}\d]*(?:[.-][\p{L}\d]+)*)(?![\p{L}\d])/uy;
const DEVICE_WORD = /[ \u00a0]([\p{L}\d][\p{L}\d]*(?:[.-][\p{L}\d]+)*)(?![\p{L}\d])/uy;
/** At most this many words of a part name after the first ("AMD EPYC 9654 CPUs"). */
const MAX_DEVICE_WORDS = 3;

function readDeviceCount(line: string, e: number): { name: string; end: number } | null {
  let c = line.charCodeAt(e);
  if (c === 32 || c === 0xa0) c = line.charCodeAt(e + 1);
  if (c !== 120 && c !== 0xd7) return null; // "x" or "×" must follow the digits (or one space)
  DEVICE_NAME.lastIndex = e;
  const m = DEVICE_NAME.exec(line);
  if (!m) return null;
  const first = m[3];
  const nameStart = e + m[0].length - first.length;
  let end = e + m[0].length;
  // The first word alone is a part name: "H100", "M.2"; glued to the "x" any name with a digit.
  const partName = /^\p{Lu}+\.?\d/u.test(first) || (!m[1] && !m[2] && /\d/.test(first));
  const acronym = /^\p{Lu}[\p{Lu}\d.]/u.test(first);
  let pos = end;
  for (let i = 0; i < MAX_DEVICE_WORDS && (partName || acronym); i++) {
    DEVICE_WORD.lastIndex = pos;
    const w = DEVICE_WORD.exec(line);
    if (!w) break;
    const word = w[1];
    if (isPluralNoun(word) && !/^\d/.test(word)) return { name: line.slice(nameStart, pos + w[0].length), end: pos + w[0].length };
    if (!/^[\p{Lu}\d]/u.test(word)) break;
    // "RTX 4090": an acronym followed by a model number names a part.
    if (i === 0 && acronym && /^\d+$/.test(word)) end = pos + w[0].length;
    pos += w[0].length;
  }
  if (partName || end > e + m[0].length) return { name: line.slice(nameStart, end), end };
  return null;
}

/** value × factor without binary noise ("4.1B" is 4100000000, not 4099999999.9999995). */
function scaleValue(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}

/** Letters glued to the digits must be a magnitude or a unit ("20B", "65ms"), else a name ("2D"). */
function gluedLettersAreUnits(line: string, e: number, money: boolean): boolean {
  const c = line.charCodeAt(e);
  if (c < 128 && !isAsciiLetter(c)) return true; // a space or punctuation: no letters glued
  GLUED_LETTERS.lastIndex = e;
  const m = GLUED_LETTERS.exec(line);
  if (!m) return true;
  const letters = m[0];
  if (isDigit(line.charCodeAt(e + letters.length))) return false; // "3x3", "2D3" are names or shapes
  if (isMagnitudeSuffix(letters, money) || isGluedUnit(letters)) return true;
  // "16GB/s", "5Gbps", "10ms-long": a unit followed by a slash or hyphen.
  const unit = readUnit(line, e);
  return unit !== null;
}
