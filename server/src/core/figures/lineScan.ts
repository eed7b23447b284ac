// Scans one line (or one table cell) left to right for figures: each number token is read
// with its qualifier, currency, magnitude, unit, range and counted noun, or set aside as an
// identifier, marker, date or code. One pass; every lookaround is bounded.
import { readCountedNoun, readMeasureBefore } from "./countedNoun";
import { findDates, isYearPreposition, isYearToken } from "./dates";
import { newDraft, type FigureDraft, type ScanContext } from "./figureDraft";
import {
  findMaskedSpans, isAfterProperName, isFootnoteMarker, isGluedToName, isInlineEnumerator, isListMarker,
  isMathOperand, isNumberingNoun, isProductCountWord, isResolutionName, isSentenceOpeningWord, isVersionBeforeNoun, isVersionLike, readPreviousWord,
} from "./identifiers";
import { isMetadataLine } from "../document/metadataLine";
import { isPowerOfTen, isSuperscriptPower } from "./exponent";
import { isCodeLine } from "./lineKinds";
import { CODE_SYMBOL, readLineFacts } from "./lineFacts";
import { readMetricLabel } from "./metricLabels";
import {
  hasDigit, hasFraction, isDigit, isLoneFraction, NUMBER_OR_FRACTION_PATTERN, NUMBER_PATTERN, readNumberAt, readSpacedGroupsEnd,
} from "./numberToken";
import { readQuantity, type Quantity } from "./quantity";
import { readQualifierAfter, readQualifierBefore } from "./qualifier";
import { readPlusMinus, readRangeConnector } from "./ranges";
import { scanSpelledNumbers } from "./spelledNumbers";
import { readUnit } from "./units";
import { isHouseNumber, isNumberedField, isReleasedVersion, isVersionAfterChange } from "./versionsAndAddresses";
import type { Span } from "../model";

/** One shared global matcher (scanLine never nests), rather than a new RegExp per line. */
const NUMBERS = new RegExp(NUMBER_PATTERN.source, "g");
const NUMBERS_OR_FRACTIONS = new RegExp(NUMBER_OR_FRACTION_PATTERN.source, "g");
const NUMBER_NEXT = /^ [$€£]?\d/;
// The end of a name that starts with digits or holds them ("3-1.3B", "6v2"), skipped whole.
const NAME_TAIL = /[\p{L}\p{N}_.‑-]*[\p{L}\p{N}]/uy;
// Between two numbers after a numbering noun: "Figures 3 and 4", "Tables 1, 2", "Sections 3–5".
const NUMBERING_JOIN = /^(?:,|\s*,?\s*(?:and|or|&|to)|\s*[–—-]\s*)\s*$/u;

export function scanLine(line: string, ctx: ScanContext): FigureDraft[] {
  const out: FigureDraft[] = [];
  const spelled = ctx.includeOptional ? scanSpelledNumbers(line) : [];
  // The native digit search first: lines without digits (most, in optional mode) need no pass.
  if (!hasDigit(line) && !(ctx.fractions && hasFraction(line))) return spelled;
  const facts = readLineFacts(line);
  if (!ctx.dataRow && (isCodeLine(line, (facts & CODE_SYMBOL) !== 0) || isMetadataLine(line))) return spelled;
  const dates = findDates(line, facts);
  if (ctx.includeOptional) for (const d of dates) out.push(optionalDate(d.start, d.end, d.value));
  const blocked = mergeBlocked(findMaskedSpans(line, facts), dates);
  let next = 0; // index into blocked, advanced as the scan moves right
  let numberingEnd = -1; // end of the last number named by a numbering noun ("Figure 3")
  const re = ctx.fractions ? NUMBERS_OR_FRACTIONS : NUMBERS;
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    // ".312" (a batting average, a probability): a decimal written without its leading zero;
    // not before a number that has its own decimal part (".0.0" is no number: its "0.0" is read).
    const s = line.charCodeAt(m.index - 1) === 46 && isBareDecimalPoint(line, m.index - 1) && !m[0].includes(".") ? m.index - 1 : m.index;
    let e = m.index + m[0].length;
    // A comma or space after the digits may continue the number ("3,5 %", "12 345 homes"); a
    // data row's spaces separate cells, so there only the decimal comma is read.
    const after = line.charCodeAt(e);
    if ((after === 44 || (!ctx.dataRow && (after === 32 || after === 0xa0))) && isDigit(line.charCodeAt(e + 1))) {
      const grouped = readSpacedGroupsEnd(line, s, e);
      if (grouped !== e) { e = grouped; re.lastIndex = e; }
    }
    while (next < blocked.length && blocked[next].end <= s) next++;
    if (next < blocked.length && blocked[next].start <= s) { re.lastIndex = Math.max(e, blocked[next].end); continue; }
    if (isMathOperand(line, s)) { numberingEnd = e; continue; } // "t=0, 1, 2" lists stay math
    if (isNotAQuantity(line, s, e)) { re.lastIndex = skipName(line, e); continue; }
    const shapeEnd = readShapeEnd(line, e);
    if (shapeEnd > e) { re.lastIndex = shapeEnd; continue; }
    const q = readQuantity(line, s, e);
    if (!q) { re.lastIndex = skipName(line, e); continue; }
    if (numberingEnd >= 0 && !q.unit && !q.scaled && NUMBERING_JOIN.test(line.slice(numberingEnd, s))) {
      numberingEnd = e; continue;
    }
    const ratio = readRatio(line, q);
    if (ratio === "skip") { re.lastIndex = skipName(line, e); continue; }
    const draft = ratio ?? readFigure(line, q, ctx, out.length ? out[out.length - 1].end : -1);
    if (draft === "numbered") { numberingEnd = e; continue; }
    if (draft === null) continue;
    out.push(draft);
    re.lastIndex = Math.max(re.lastIndex, draft.end);
  }
  return spelled.length || (ctx.includeOptional && dates.length) ? [...out, ...spelled].sort((a, b) => a.start - b.start) : out;
}

/** Masks and dates (each sorted) in start order, masks first on ties as a stable sort keeps
 * them; most lines have at most one of the two, which needs no copy. */
function mergeBlocked(masks: Span[], dates: Span[]): Span[] {
  if (dates.length === 0) return masks;
  if (masks.length === 0) return dates;
  return [...masks, ...dates].sort((a, b) => a.start - b.start);
}

/** A "." at `at` opening a number, after a space, "(" or the line start ("hit .312"), not a
 * sentence's full stop or a name's dot ("v.2", "end.5"). */
function isBareDecimalPoint(line: string, at: number): boolean {
  const c = line.charCodeAt(at - 1);
  return at === 0 || c === 32 || c === 0xa0 || c === 40;
}

function isNotAQuantity(line: string, s: number, e: number): boolean {
  return isGluedToName(line, s) || (line[e] === "^" && !isPowerOfTen(line, line.slice(s, e), e)) || isListMarker(line, s, e)
    || isInlineEnumerator(line, s, e) || isFootnoteMarker(line, s, e) || isResolutionName(line, s);
}

// "1920×1080", "3×224×224": sizes glued with "×" (as "3x3" is with "x") are shapes, not one
// number times another; "3×10^8" is a power of ten and is read by readQuantity.
const SHAPE = /(?:×\d+){1,4}(?![\d^.,])/y;

function readShapeEnd(line: string, e: number): number {
  if (line.charCodeAt(e) !== 0xd7 || line.startsWith("10^", e + 1) || isSuperscriptPower(line, e + 3)) return e;
  SHAPE.lastIndex = e;
  const m = SHAPE.exec(line);
  return m ? e + m[0].length : e;
}

function skipName(line: string, e: number): number {
  NAME_TAIL.lastIndex = e;
  const m = NAME_TAIL.exec(line);
  return m ? e + m[0].length : e;
}

// "3/4 of respondents", "a 2:1 split", "2.8:1"; "24/7" is an idiom.
const RATIO = /[/:](\d{1,3})(?![\d/:.,]\d)/y;
// "1 in 10 apps", "3 in 4 adults": a share out of a whole written with "in".
const IN_RATIO = /[ \u00a0]in[ \u00a0](\d{1,3}(?:,\d{3})*)(?![\d.,]\d)/y;

/** A ratio or fraction of two small integers as one figure, with its qualifier; "skip" for "24/7". */
function readRatio(line: string, q: Quantity): FigureDraft | "skip" | null {
  const sep = line[q.numEnd];
  const spaced = sep === " " || sep === "\u00a0";
  if (sep !== "/" && sep !== ":" && !(spaced && line[q.numEnd + 1] === "i")) return null; // a pattern's first character
  if (q.end !== q.numEnd || q.numEnd - q.numStart > 4) return null;
  // A decimal only before ":" ("2.8:1"); "1.5/2" is more often a score or a path.
  if (line.slice(q.numStart, q.numEnd).includes(".") && sep !== ":") return null;
  const re = spaced ? IN_RATIO : RATIO;
  re.lastIndex = q.numEnd;
  const m = re.exec(line);
  if (!m) return null;
  const a = q.value;
  const b = Number(m[1].replace(/,/g, ""));
  if (spaced && (!(b > a) || isYearToken(m[1]))) return null; // "5 in 3 days", "3 in 2023" are no shares
  if ((a === 24 && b === 7) || b === 0) return "skip";
  const qualifier = readQualifierBefore(line, q.start);
  return newDraft(qualifier ? qualifier.start : q.start, q.numEnd + m[0].length, a / b, null, "ratio", qualifier?.qualifier ?? null, "required");
}

/** The figure at quantity q, null for a year outside optional mode, "numbered" for "Figure 3". */
function readFigure(line: string, q: Quantity, ctx: ScanContext, previousEnd: number): FigureDraft | null | "numbered" {
  let qualifierBefore = readQualifierBefore(line, q.start);
  // "6 hours over 3 years": right after another figure, "over" is a preposition, not a bound.
  if (qualifierBefore && previousEnd >= 0 && /^\s*$/.test(line.slice(previousEnd, qualifierBefore.start))) qualifierBefore = null;
  const prev = readPreviousWord(line, qualifierBefore ? qualifierBefore.start : q.start);
  const bare = !q.unit && !q.scaled && !qualifierBefore;
  const token = line.slice(q.numStart, q.numEnd);
  // "BLEU 35.2", "CI 1.2–3.4": after a metric or statistic a bare number is its value, not a name.
  const metric = bare && prev && !ctx.dataRow ? readMetricLabel(prev.word) : null;
  if (bare && !q.compoundNoun && !metric) {
    if (prev && isNumberingNoun(prev.word)) return "numbered";
    if (!ctx.dataRow && isAfterProperName(line, q.start)) return "numbered";
    if (!ctx.dataRow && prev && isProductCountWord(prev.word) && q.numEnd - q.numStart >= 3) return "numbered";
    // An opening name before "3.0" is a version even when a plural follows ("Web 3.0 startups").
    if (!ctx.dataRow && isSentenceOpeningWord(line, q.start) && (isVersionLike(token) || !readCountedNoun(line, q.end))) return "numbered";
    // "Llama 3 8B": in prose, a bare number straight before another number is part of a name.
    if (!ctx.dataRow && NUMBER_NEXT.test(line.slice(q.end, q.end + 3))) return "numbered";
    // "Eq. (7)", "Figure (3)": a numbering noun before a number in parentheses names it too.
    if (isParenthesisedNumbering(line, q)) return "numbered";
    if (!ctx.dataRow && isVersionBeforeNoun(line, token, q.end)) return "numbered";
    // "18 Harbour Row, Leith"; "Upgrades from 4.0 and 4.1" (the "and 4.1" follows as a numbering join).
    if (!ctx.dataRow && (isHouseNumber(line, token, q.end) || isVersionAfterChange(line, token, q.start)
      || isReleasedVersion(line, token, q.start) || isNumberedField(line, q.start, q.end))) return "numbered";
  }
  // "requires Node >= 18", "Python ≥ 3.9": a bound written with a symbol after a product name
  // (capitalised, with lower-case letters) is a version requirement; a bound after a symbol or
  // acronym ("N > 2,000", "BMI > 30") or on a counted noun stays a figure.
  if (qualifierBefore && !q.unit && !q.scaled && !ctx.dataRow && isSymbolBound(line, qualifierBefore.start) && prev
    && /\p{Ll}/u.test(prev.word) && isAfterProperName(line, qualifierBefore.start) && !readCountedNoun(line, q.end)) return "numbered";
  const range = readRangeEnd(line, q, prev?.word);
  let end = range ? range.end : q.end;
  let unit = q.unit ?? range?.unit ?? null;
  let dimension = q.dimension ?? range?.dimension ?? null;

  const plusMinusAt = range ? null : readPlusMinus(line, end);
  let plusMinus: number | undefined;
  if (plusMinusAt !== null) {
    const pm = readNumberAt(line, plusMinusAt);
    const pmq = pm ? readQuantity(line, plusMinusAt, pm.end) : null;
    if (pmq) { plusMinus = pmq.value; end = pmq.end; unit ??= pmq.unit; dimension ??= pmq.dimension; }
  }
  const qualifierAfter = readQualifierAfter(line, end);
  if (qualifierAfter) end = qualifierAfter.end;
  // "30+ years", "100+ ms": the unit comes after the "+".
  const unitAfterPlus = qualifierAfter && !unit ? readUnit(line, end) : null;
  if (unitAfterPlus && unitAfterPlus.dimension !== "money") { ({ unit, dimension } = unitAfterPlus); end = unitAfterPlus.end; }

  let start = qualifierBefore ? qualifierBefore.start : q.start;
  const measure = readMeasureBefore(line, start);
  if (!unit && measure) { unit = measure.noun; dimension = measure.isScore ? "other" : "count"; start = measure.start; }
  if (!unit && q.compoundNoun) { unit = q.compoundNoun; dimension = "count"; }
  if (!unit && q.scaled && !ctx.dataRow) { const implied = readImpliedNoun(line, q); if (implied) { unit = implied; dimension = "count"; } }
  if (!unit && metric?.isScore && prev) { unit = metric.label; dimension = "other"; start = prev.start; }
  let nounFound = false;
  if (!unit && !ctx.dataRow) {
    const noun = readCountedNoun(line, end);
    if (noun) { unit = noun.noun; dimension = "count"; end = noun.end; nounFound = true; }
  }
  // A lone 0 or 1 in prose with nothing counted is a value or label ("integer format (0 and 1)",
  // "scores close to 1"), not a quantity to check; in a table row it is still data.
  // A side of a score ("won 4–1") is a count like the other side, so it stays.
  if (!unit && !range && plusMinus === undefined && !ctx.dataRow && (token === "0" || token === "1") && !isScoreSide(line, q)) return null;
  // A year: bare, before a name ("the 2022 Winter Olympics"), or before a noun only after "in",
  // "since", … ("in 2020 researchers found").
  const yearPrep = isYearPreposition(prev?.word);
  const nounIsName = nounFound && /^\p{Lu}\p{Ll}/u.test(unit ?? "");
  if (isYearToken(token, yearPrep) && !q.scaled && !q.unit && !measure && !ctx.dataRow && (!nounFound || yearPrep || nounIsName)) {
    return ctx.includeOptional ? optionalDate(q.start, range ? range.end : q.end, q.value) : null;
  }
  const qualifier = qualifierBefore?.qualifier ?? qualifierAfter?.qualifier ?? null;
  // "½ of the budget": a vulgar fraction alone is a share, as "1/2" is.
  if (!unit && !dimension && isLoneFraction(token)) dimension = "ratio";
  return newDraft(start, end, q.value, unit, dimension ?? "count", qualifier, "required", range?.high, plusMinus);
}

/** The word before "(" of "(7)" is a numbering noun ("Eq. (7)"). */
function isParenthesisedNumbering(line: string, q: Quantity): boolean {
  if (line.charCodeAt(q.start - 1) !== 40 || line.charCodeAt(q.end) !== 41) return false;
  const word = readPreviousWord(line, q.start - 1);
  return word !== null && isNumberingNoun(word.word);
}

/** One side of a score or record written with a dash ("won 4–1", "1-0", "42-40"). */
function isScoreSide(line: string, q: Quantity): boolean {
  const before = line.charCodeAt(q.start - 1);
  if ((before === 45 || before === 0x2013) && isDigit(line.charCodeAt(q.start - 2))) return true;
  const after = line.charCodeAt(q.end);
  return (after === 45 || after === 0x2013) && isDigit(line.charCodeAt(q.end + 1));
}

/** The qualifier at `at` is a comparison symbol (">=", "≥", "<"), not a word. */
function isSymbolBound(line: string, at: number): boolean {
  const c = line[at];
  return c === ">" || c === "<" || c === "≥" || c === "≤";
}

interface RangeEnd { high: number; end: number; unit: string | null; dimension: Quantity["dimension"] }

/** The upper end of "3–5", "3 to 5", "between 3 and 5"; "from 65 ms to 25 ms" is a change, not a range. */
function readRangeEnd(line: string, low: Quantity, prevWord: string | undefined): RangeEnd | null {
  const c = readRangeConnector(line, low.end);
  if (!c) return null;
  const p = prevWord?.toLowerCase();
  if (c.kind === "and" ? p !== "between" : p === "from") return null;
  const at = /[$€£]/.test(line[c.end] ?? "") ? c.end + 1 : c.end;
  const n = readNumberAt(line, at);
  if (!n) return null;
  const high = readQuantity(line, at, n.end);
  if (!high) return null;
  if (low.unit && high.unit && low.unit !== high.unit) return null;
  const lowValue = !low.scaled && high.scaled ? low.value * high.factor : low.value;
  if (!(high.value > lowValue)) return null;
  low.value = lowValue;
  return { high: high.value, end: high.end, unit: high.unit, dimension: high.dimension };
}

function optionalDate(start: number, end: number, value: number | null): FigureDraft {
  return newDraft(start, end, value, null, "date", null, "optional");
}


// A model's size is its parameter count, said without the noun ("the 70B model", "GPT-J (6B)"),
// and a context's size is in tokens ("a 128k context"). Only for a letter magnitude (B, M, T,
// K) glued to the digits: the shorthand these conventions use.
const MODEL_AFTER = /^[ \u00a0](?:[\p{L}\p{N}.-]{1,20}[ \u00a0]){0,2}(?:models?|LLMs?|checkpoints?|variants?|baselines?)\b/u;
const CONTEXT_AFTER = /^[ \u00a0-](?:token[ \u00a0-])?context\b/u;
// A name with a capital and a hyphen, digit or second capital before "(6B)": "GPT-J", "OPT".
const MODEL_NAME_BEFORE = /\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+|\p{Lu}[\p{L}\p{N}]*)[ \u00a0]?\($/u;

function readImpliedNoun(line: string, q: Quantity): string | null {
  if (q.end !== q.numEnd + 1) return null;
  const suffix = line[q.numEnd];
  if (suffix === "K" || suffix === "k") return CONTEXT_AFTER.test(line.slice(q.end, q.end + 16)) ? "tokens" : null;
  if (suffix !== "B" && suffix !== "M" && suffix !== "T") return null;
  if (MODEL_AFTER.test(line.slice(q.end, q.end + 60))) return "parameters";
  if (line[q.start - 1] === "(" && line[q.end] === ")" && MODEL_NAME_BEFORE.test(line.slice(Math.max(0, q.start - 24), q.start))) return "parameters";
  return null;
}
