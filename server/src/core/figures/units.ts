// Units written after a number, each with a canonical spelling and a dimension
// ("400 gigabits per second" -> Gbit/s, data rate; "62.5 MB" -> MB, size). Unit prefixes are
// kept in the unit, never applied to the value.
import type { Dimension } from "../model";

export interface UnitInfo { unit: string; dimension: Dimension }
export interface UnitMatch extends UnitInfo { end: number }

const exact = new Map<string, UnitInfo>(); // symbols: case matters ("MB" vs "mb", "ms" vs "Ms")
const words = new Map<string, UnitInfo>(); // spelled-out units, matched case-insensitively
/** Units that may only be glued to the digits ("32x"); spaced they are a letter or variable. */
// "B"/"b" spaced are letters ("B = 32"), "us" spaced is the pronoun.
// "l" (litre) spaced is a letter too.
const gluedOnly = new Set(["x", "X", "K", "B", "b", "us", "l"]);

function addSymbols(dimension: Dimension, unit: string, ...forms: string[]): void {
  for (const f of [unit, ...forms]) exact.set(f, { unit, dimension });
}
function addWords(dimension: Dimension, unit: string, ...forms: string[]): void {
  for (const f of forms) words.set(f.toLowerCase(), { unit, dimension });
}

// Data sizes: decimal and binary prefixes; "b" is a bit, "B" a byte.
for (const [p, word] of [["K", "kilo"], ["M", "mega"], ["G", "giga"], ["T", "tera"], ["P", "peta"], ["E", "exa"]]) {
  addSymbols("size", `${p}B`, ...(p === "K" ? ["kB"] : []), `${p}Byte`, `${p}Bytes`);
  addSymbols("size", `${p}iB`);
  addSymbols("size", `${p}bit`, `${p}b`, `${p}bits`, ...(p === "K" ? ["kb", "kbit"] : []));
  addWords("size", `${p}B`, `${word}byte`, `${word}bytes`);
  addWords("size", `${p}bit`, `${word}bit`, `${word}bits`);
  addSymbols("data rate", `${p}bit/s`, `${p}bps`, `${p}b/s`, ...(p === "K" ? ["kbps", "kb/s"] : []));
  addSymbols("data rate", `${p}B/s`, `${p}iB/s`, ...(p === "K" ? ["kB/s"] : []));
}
addSymbols("size", "B", "bytes"); addWords("size", "B", "byte", "bytes");
addSymbols("size", "bit", "bits"); addWords("size", "bit", "bit", "bits");
addSymbols("data rate", "bit/s", "bps", "b/s");

// Time.
addSymbols("time", "ns"); addSymbols("time", "μs", "µs", "us"); addSymbols("time", "ms");
addSymbols("time", "s", "sec", "secs"); addSymbols("time", "min", "mins"); addSymbols("time", "h", "hr", "hrs");
addWords("time", "ns", "nanosecond", "nanoseconds"); addWords("time", "μs", "microsecond", "microseconds");
addWords("time", "ms", "millisecond", "milliseconds"); addWords("time", "s", "second", "seconds");
addWords("time", "min", "minute", "minutes"); addWords("time", "h", "hour", "hours");
addWords("time", "days", "day", "days"); addWords("time", "weeks", "week", "weeks");
addWords("time", "months", "month", "months"); addWords("time", "years", "year", "years", "yr", "yrs");
addWords("time", "decades", "decade", "decades"); addWords("time", "centuries", "century", "centuries");

// Frequency, power, energy.
for (const p of ["", "k", "M", "G", "T"]) addSymbols("frequency", `${p}Hz`);
addWords("frequency", "Hz", "hertz"); addWords("frequency", "kHz", "kilohertz");
addWords("frequency", "MHz", "megahertz"); addWords("frequency", "GHz", "gigahertz");
for (const p of ["", "m", "k", "M", "G", "T"]) addSymbols("power", `${p}W`);
addWords("power", "W", "watt", "watts"); addWords("power", "kW", "kilowatt", "kilowatts");
addWords("power", "MW", "megawatt", "megawatts"); addWords("power", "GW", "gigawatt", "gigawatts");
for (const p of ["", "k", "M", "G", "T"]) addSymbols("energy", `${p}Wh`);
for (const p of ["", "k", "M", "G"]) addSymbols("energy", `${p}J`);
for (const p of ["", "m", "k", "M", "G", "T"]) addSymbols("energy", `${p}eV`);
addSymbols("energy", "μeV", "µeV"); addSymbols("energy", "kcal");
addWords("energy", "J", "joule", "joules"); addWords("energy", "kWh", "kilowatt-hour", "kilowatt-hours");
addWords("energy", "kcal", "calories", "kilocalories");

// Length, mass, temperature.
addSymbols("length", "nm"); addSymbols("length", "μm", "µm", "um"); addSymbols("length", "mm");
addSymbols("length", "cm"); addSymbols("length", "m"); addSymbols("length", "km");
addSymbols("length", "mi"); addSymbols("length", "ft"); addSymbols("length", "Å");
addWords("length", "nm", "nanometer", "nanometers", "nanometre", "nanometres");
addWords("length", "μm", "micrometer", "micrometers", "micron", "microns");
addWords("length", "mm", "millimeter", "millimeters", "millimetre", "millimetres");
addWords("length", "cm", "centimeter", "centimeters", "centimetre", "centimetres");
addWords("length", "m", "meter", "meters", "metre", "metres");
addWords("length", "km", "kilometer", "kilometers", "kilometre", "kilometres");
addWords("length", "mi", "mile", "miles"); addWords("length", "ft", "foot", "feet");
addWords("length", "in", "inch", "inches"); // never the bare word "in"
addWords("length", "yd", "yard", "yards");
addWords("length", "light-years", "light-year", "light-years");
addSymbols("mass", "mg"); addSymbols("mass", "g"); addSymbols("mass", "kg"); addSymbols("mass", "lb", "lbs");
addSymbols("mass", "oz");
addWords("mass", "mg", "milligram", "milligrams"); addWords("mass", "g", "gram", "grams");
addWords("mass", "kg", "kilogram", "kilograms"); addWords("mass", "t", "tonne", "tonnes", "ton", "tons");
addWords("mass", "lb", "pound", "pounds"); addWords("mass", "oz", "ounce", "ounces");
addSymbols("temperature", "°C", "℃", "° C"); addSymbols("temperature", "°F", "℉", "° F");
addSymbols("temperature", "mK"); addWords("temperature", "K", "kelvin", "millikelvin");
addWords("temperature", "°C", "degrees celsius", "degrees centigrade"); addWords("temperature", "°F", "degrees fahrenheit");
addSymbols("other", "°");

// Compute.
for (const p of ["", "G", "T", "P", "E"]) addSymbols("compute", `${p}FLOPS`, `${p}FLOPs`, `${p}FLOP`, `${p}flops`, `${p}FLOP/s`);
addWords("compute", "GFLOPS", "gigaflops"); addWords("compute", "TFLOPS", "teraflops");
addWords("compute", "PFLOPS", "petaflops"); addWords("compute", "EFLOPS", "exaflops");
addWords("compute", "FLOPS", "flops");

// Percentages and multipliers.
addSymbols("percent", "%"); addSymbols("other", "‰");
addWords("percent", "%", "percent", "per cent", "pct");
addWords("percent", "percentage points", "percentage points", "percentage point");
addSymbols("percent", "pp"); exact.set("pp", { unit: "percentage points", dimension: "percent" });
addSymbols("multiplier", "x", "X", "×");
addWords("multiplier", "x", "times", "fold", "-fold");

// Money written after the amount.
addWords("money", "USD", "usd", "dollars", "dollar", "us dollars"); addWords("money", "EUR", "eur", "euros", "euro");
addWords("money", "GBP", "gbp"); addWords("money", "JPY", "jpy", "yen"); addWords("money", "CNY", "yuan", "rmb");
addWords("money", "INR", "inr", "rupees"); addWords("money", "cents", "cents");

// Rates and other technical units.
addSymbols("frequency", "fps", "FPS"); addWords("frequency", "fps", "frames per second");
addSymbols("frequency", "rpm"); addSymbols("other", "dB", "dBm"); addSymbols("other", "mph");
addSymbols("other", "km/h"); addSymbols("other", "m/s"); addSymbols("other", "km/s"); addSymbols("other", "ppm"); addSymbols("other", "ppb");
for (const p of ["", "m", "k"]) addSymbols("other", `${p}V`);
addSymbols("other", "mA"); addSymbols("other", "Ω");
// Electrical, pressure, force, volume, angle and capacitance units common in spec sheets and
// lab reports. Bare one-letter symbols that read as letters ("5 A", "3 N", "2 F") are left out.
addSymbols("other", "kA"); addWords("other", "A", "amps", "amperes");
addSymbols("energy", "Ah"); addSymbols("energy", "mAh"); addSymbols("energy", "kAh");
for (const p of ["", "k", "M"]) addSymbols("power", `${p}VA`);
addSymbols("power", "MWe"); addSymbols("power", "GWe"); addSymbols("power", "hp"); addWords("power", "hp", "horsepower");
for (const p of ["", "h", "k", "M", "G"]) addSymbols("other", `${p}Pa`);
addSymbols("other", "psi"); addSymbols("other", "atm"); addSymbols("other", "mmHg");
addWords("other", "bar", "bar"); addWords("other", "mbar", "mbar", "millibar");
addSymbols("other", "Nm", "N·m", "N m"); addSymbols("other", "kN"); addWords("other", "N", "newtons");
addSymbols("other", "L", "l"); addSymbols("other", "mL", "ml"); addSymbols("other", "μL", "µL", "uL"); addSymbols("other", "dL");
addWords("other", "L", "liter", "liters", "litre", "litres"); addWords("other", "mL", "milliliter", "milliliters", "millilitre", "millilitres");
addSymbols("other", "rad"); addSymbols("other", "mrad"); addSymbols("other", "μrad", "µrad");
for (const p of ["p", "n", "μ", "µ", "m"]) addSymbols("other", `${p}F`);
addSymbols("other", "kΩ"); addSymbols("other", "MΩ"); addSymbols("other", "dBi", "dBA", "dBc");
addSymbols("other", "mol"); addSymbols("other", "mmol"); addSymbols("other", "μmol", "µmol"); addSymbols("other", "μg", "µg", "ug");
addSymbols("count", "MP"); addWords("count", "MP", "megapixels", "megapixel");
// Heart and music tempo; significance in standard deviations ("5σ", "3 σ"); volumes in cubic metres.
addSymbols("frequency", "bpm"); addWords("frequency", "bpm", "beats per minute");
addSymbols("other", "σ", "sigma"); addSymbols("other", "m³");
addWords("other", "m³", "cubic metres", "cubic meters", "cubic metre", "cubic meter");
// Basis points (1/100 of a percentage point). The symbols "bp"/"bps" also mean base pairs and bits
// per second, so readUnit takes them as basis points only on a line about rates or prices.
addWords("percent", "bp", "basis points", "basis point");
addWords("other", "requests/s", "requests per second", "req/s", "reqs/s", "rps", "RPS");
addWords("other", "ops/s", "operations per second", "ops/sec");
addWords("other", "transactions/s", "transactions per second", "TPS", "tx/s");
addWords("other", "tokens/s", "tokens per second", "tokens/s", "tokens/sec", "tok/s");
addWords("other", "samples/s", "samples per second", "samples/s", "samples/sec");
addWords("other", "images/s", "images per second", "images/s", "images/sec");
addWords("other", "queries/s", "queries per second", "qps", "QPS");

/** The next up-to-three word-like pieces after `at` ("per", "second", …), for phrase units. */
const PIECE = /[ \u00a0\u2009\u202f]?(%|‰|°\s?[CF]|℃|℉|×|[\p{L}µμΩ°Å][\p{L}µμΩ°²³]*(?:-[\p{L}]+)?(?:\/[\p{L}]+)?)/uy;

interface Piece { word: string; end: number; spaced: boolean }

/**
 * Pieces after `at`: the first, and more only while the phrase so far starts a longer unit
 * ("per cent", "frames per second"), since no longer phrase could be looked up otherwise.
 */
function readPieces(text: string, at: number, max: number): Piece[] {
  const out: Piece[] = [];
  let pos = at;
  let phrase = "";
  for (let i = 0; i < max; i++) {
    PIECE.lastIndex = pos;
    const m = PIECE.exec(text);
    if (!m) break;
    out.push({ word: m[1], end: pos + m[0].length, spaced: m[0].length > m[1].length });
    pos += m[0].length;
    phrase = i === 0 ? m[1] : `${phrase} ${m[1]}`;
    if (!startsLongerUnit(phrase)) break;
  }
  return out;
}

function lookUp(phrase: string): UnitInfo | undefined {
  return exact.get(phrase) ?? (phrase.length >= 2 ? words.get(phrase.toLowerCase()) : undefined);
}

/** Each unit's text before each of its spaces ("frames", "frames per"), exact and lower-cased. */
const EXACT_PREFIXES = prefixesBeforeSpaces(exact.keys());
const WORD_PREFIXES = prefixesBeforeSpaces(words.keys());

function startsLongerUnit(phrase: string): boolean {
  return EXACT_PREFIXES.has(phrase) || WORD_PREFIXES.has(phrase.toLowerCase());
}

function prefixesBeforeSpaces(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) for (let i = k.indexOf(" "); i >= 0; i = k.indexOf(" ", i + 1)) out.add(k.slice(0, i));
  return out;
}

// A rate suffix turns a quantity into a per-second rate ("gigabits per second" -> Gbit/s).
const PER_SECOND = /(?:\/s(?:ec)?|[ \u00a0](?:per|a) second)(?![\p{L}\d])/uy;

/** The unit that starts at `at` (after an optional space), or null. */
const PRODUCT_NEXT = /^ ?\d/;
const UNIT_START = /[ \u00a0\u2009\u202f]?[\p{L}%‰°℃℉×µμΩÅ]/uy;

export function readUnit(text: string, at: number): UnitMatch | null {
  if (!mayStartUnit(text, at)) return null; // most numbers are followed by punctuation or a digit
  const pieces = readPieces(text, at, 3);
  for (let n = pieces.length; n >= 1; n--) {
    const phrase = pieces.slice(0, n).map((p) => p.word).join(" ");
    const info = lookUp(phrase);
    if (!info) continue;
    if (pieces[0].spaced && gluedOnly.has(phrase)) continue;
    if (info.dimension === "multiplier" && PRODUCT_NEXT.test(text.slice(pieces[n - 1].end, pieces[n - 1].end + 3))) continue; // "3 × 10^8"
    const after = text.charCodeAt(pieces[n - 1].end);
    if (!Number.isNaN(after) && /[\p{L}\d]/u.test(text[pieces[n - 1].end])) continue;
    if ((phrase === "bps" || phrase === "bp") && isFinanceLine(text)) return { unit: "bp", dimension: "percent", end: pieces[n - 1].end };
    return withRate({ ...info, end: pieces[n - 1].end }, text);
  }
  const first = pieces[0];
  const ratio = first ? readUnitRatio(first.word) : null;
  if (ratio && !/[\p{L}\d]/u.test(text[first.end] ?? " ")) return { ...ratio, end: first.end };
  // "25-kilometer-scale data": the unit is the first part of a hyphenated word.
  const hyphen = first ? first.word.indexOf("-") : -1;
  if (hyphen > 0) {
    const info = lookUp(first.word.slice(0, hyphen));
    const end = first.end - first.word.length + hyphen;
    if (info && !(first.spaced && gluedOnly.has(first.word.slice(0, hyphen)))) return { ...info, end };
  }
  return null;
}

// Words of a line about interest rates, yields or margins, where "bps" is basis points.
const FINANCE_WORDS = /\b(?:basis|margins?|yields?|spreads?|bonds?|coupons?|treasur(?:y|ies)|Fed|hikes?|interest|inflation|mortgages?|lending|central bank|(?:raised|cut|lowered|hiked|held) (?:\w+ )?rates|rates? (?:hike|cut|rise|increase|decision)s?)\b/i;

// The last line asked about, so a long line with many "bps" is scanned for finance words once.
let financeLine: string | null = null;
let financeFound = false;

function isFinanceLine(text: string): boolean {
  if (text !== financeLine) { financeLine = text; financeFound = FINANCE_WORDS.test(text); }
  return financeFound;
}

/** Denominators that make a per-item unit of a known unit ("80 GB/GPU", "5 W/core", "20 mg/day"). */
const PER_ITEM = /^[\p{L}]{1,12}$/u;

/**
 * A unit over a unit or an item, written with "/" ("1.5 mg/kg", "180 mg/dL", "40 GB/GPU"). Over a
 * time unit it is a rate (a size becomes a data rate); over another unit a derived "other" unit;
 * over an item (no unit) it keeps the numerator's dimension. A numerator that is no unit but a
 * plural noun over a unit is a concentration ("50 copies/mL"). Spaced only: "4GB/GPU" glued reads
 * the same way but through the glued check, which needs a known unit first.
 */
function readUnitRatio(word: string): UnitInfo | null {
  const slash = word.indexOf("/");
  if (slash <= 0 || slash === word.length - 1) return null;
  const num = lookUp(word.slice(0, slash));
  const denWord = word.slice(slash + 1);
  const den = lookUp(denWord);
  if (num && num.dimension !== "multiplier" && num.dimension !== "money" && num.dimension !== "percent") {
    // A symbol denominator is written canonically; a spelled one as written ("mg/day", not "mg/days").
    const denUnit = exact.has(denWord) ? den?.unit : denWord;
    if (den?.dimension === "time") return { unit: `${num.unit}/${denUnit}`, dimension: num.dimension === "size" ? "data rate" : "other" };
    if (den) return { unit: `${num.unit}/${denUnit}`, dimension: "other" };
    return PER_ITEM.test(denWord) ? { unit: word, dimension: num.dimension } : null;
  }
  if (!num && den && den.dimension !== "multiplier" && den.dimension !== "money" && /^\p{Ll}{3,}s$/u.test(word.slice(0, slash))) {
    return { unit: word, dimension: "other" };
  }
  return null;
}

/** UNIT_START, with the common ASCII cases answered by code and the rest by the pattern. */
function mayStartUnit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const first = c === 32 ? text.charCodeAt(at + 1) : c; // the optional space most often is " "
  if (first < 128) return ((first | 32) >= 97 && (first | 32) <= 122) || first === 37; // a letter or "%"
  UNIT_START.lastIndex = at;
  return UNIT_START.test(text);
}

function withRate(match: UnitMatch, text: string): UnitMatch {
  if (match.dimension !== "size" && match.dimension !== "other") return match;
  PER_SECOND.lastIndex = match.end;
  const m = PER_SECOND.exec(text);
  if (!m || match.unit.includes("/")) return match;
  return { unit: `${match.unit}/s`, dimension: match.dimension === "size" ? "data rate" : "other", end: match.end + m[0].length };
}

// Currency symbols stand alone only in headers ("Cost ($)", "Price [€]"); in prose they come before the amount.
const HEADER_CURRENCIES = new Map<string, UnitInfo>(
  [["$", "USD"], ["US$", "USD"], ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"], ["₹", "INR"]].map(([s, code]) => [s, { unit: code, dimension: "money" }]),
);

/** A unit named in a table header ("Mem (MB)", "Latency [ms]", "%"), for cells without one. */
export function readHeaderUnit(header: string): UnitInfo | null {
  const m = /[([]\s*([^()[\]]{1,12}?)\s*[)\]]\s*$/u.exec(header);
  const candidate = m ? m[1] : header.trim();
  return lookUp(candidate) ?? HEADER_CURRENCIES.get(candidate) ?? null;
}

/** True when a letter run glued to digits is a unit ("65ms", "16GB", "32x"). */
export function isGluedUnit(letters: string): boolean {
  return exact.has(letters) || (letters.length >= 3 && words.has(letters.toLowerCase()));
}
