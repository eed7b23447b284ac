// One quantity as written at a number token: sign, currency, digits, magnitude and unit
// ("-3.5%", "$3 million", "1.3B", "400 gigabits per second", "2-layer").
import type { Dimension } from "../model";
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

// A hardware configuration "8xA100", "4×H100-80GB": a count of the named part, whose name
// starts with a capital and holds a digit (so "3x3" and "2xlarge" are not read here).
const DEVICE_COUNT = /[x×](\p{Lu}[\p{L}\d-]*\d[\p{L}\d]*)(?![\p{L}\d])/uy;

function readDeviceCount(line: string, e: number): { name: string; end: number } | null {
  const c = line.charCodeAt(e);
  if (c !== 120 && c !== 0xd7) return null; // "x" or "×" must follow the digits
  DEVICE_COUNT.lastIndex = e;
  const m = DEVICE_COUNT.exec(line);
  return m ? { name: m[1], end: e + m[0].length } : null;
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
