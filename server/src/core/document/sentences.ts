// Sentence splitting, one line at a time: Intl.Segmenter is quadratic in string length on
// Node 20, so it never sees more than a line. Its splits after abbreviations ("U.S.", "Dr.",
// "e.g."), initials ("J. Smith"), decimals, versions, URLs and ellipses are merged back.
import type { Span } from "../model";
import { keepShape } from "./keptShapes";
import { SentenceBreakScanner } from "./sentenceBreaks";
import { isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper } from "./asciiCodes";
import { isWhitespaceCode } from "./whitespace";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
// The segmenter's result objects (segments, iterator, segment data, iterator result) outlive
// each document, so appendSentenceSpans stays compiled between documents (keptShapes.ts).
keepSegmenterShapes();

function keepSegmenterShapes(): void {
  const segments = segmenter.segment("One. Two.");
  const iterator = segments[Symbol.iterator]();
  keepShape(segments);
  keepShape(iterator);
  keepShape(iterator.next());
  keepShape(iterator.next().value ?? {});
  keepShape(iterator.next());
}

const ABBREVIATIONS = new Set([
  "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "cf", "al", "fig",
  "figs", "eq", "no", "nos", "vol", "approx", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "ph.d",
  "sec", "min", "ref", "refs", "dept", "univ", "assoc", "est", "gen", "gov", "mt", "ft", "op",
]);
/** The longest entry above: longer words need no slice or lower-casing (it never shortens). */
const LONGEST_ABBREVIATION = 6;

/** Sentence spans of `text` (offsets relative to `text`), trimmed of surrounding whitespace. */
export function splitSentences(text: string): Span[] {
  const bounds: number[] = [];
  appendSentenceSpans(new SentenceBreakScanner(text), 0, text.length, bounds);
  const spans: Span[] = [];
  for (let k = 0; k < bounds.length; k += 2) spans.push({ start: bounds[k], end: bounds[k + 1] });
  return spans;
}

// Reused between calls: break offsets of the current line (the core is synchronous). Each
// line appends after the previous ones and the list is cleared only once it is long, since
// `length = 0` drops the backing store and every line would allocate a new one.
const breaks: number[] = [];
const MAX_KEPT_BREAKS = 1024;

/**
 * Appends the sentences of text[start, end) (text: the scanner's) to `out` as start/end pairs
 * of absolute offsets, exactly as splitSentences(text.slice(start, end)) would (shifted by
 * `start`), without slicing the line: the document's index calls this on every line, in order.
 */
export function appendSentenceSpans(scanner: SentenceBreakScanner, start: number, end: number, out: number[]): void {
  const text = scanner.text;
  if (end - start > 20000) return appendLongLine(text, start, end, out);
  if (breaks.length > MAX_KEPT_BREAKS) breaks.length = 0;
  const first = breaks.length; // this line's breaks are breaks[first…]
  if (!scanner.appendBreaks(start, end, breaks)) {
    const line = text.slice(start, end);
    // Headings, captions and table rows have no sentence end: one sentence, no segmenter set-up.
    if (/[.!?…。]/.test(line)) {
      for (const seg of segmenter.segment(line)) if (seg.index > 0) breaks.push(start + seg.index);
    }
  }
  // Pieces run from one break to the next; each is merged into the previous one or starts anew.
  const last = breaks.length;
  let sentenceStart = start;
  let sentenceEnd = last > first ? breaks[first] : end;
  for (let k = first; k < last; k++) {
    const pieceStart = breaks[k];
    const pieceEnd = k + 1 < last ? breaks[k + 1] : end;
    if (shouldMerge(text, end, sentenceStart, sentenceEnd, pieceStart, pieceEnd)) {
      sentenceEnd = pieceEnd;
    } else {
      appendTrimmed(text, sentenceStart, sentenceEnd, out);
      sentenceStart = pieceStart;
      sentenceEnd = pieceEnd;
    }
  }
  appendTrimmed(text, sentenceStart, sentenceEnd, out);
}

/**
 * Whether the piece [nextStart, nextEnd) continues the sentence [prevStart, prevEnd). Only the
 * tail of the sentence and the head of the piece matter; bounding them to 200 characters keeps
 * the end-anchored tests linear on pieces with long runs of non-space characters. The tests
 * read char codes where the first version sliced strings and ran anchored regexes.
 */
function shouldMerge(text: string, lineEnd: number, prevStart: number, prevEnd: number, nextStart: number, nextEnd: number): boolean {
  // "before": the sentence's tail text[low, beforeEnd), trailing whitespace dropped.
  const low = Math.max(prevStart, prevEnd - 200);
  let beforeEnd = prevEnd;
  while (beforeEnd > low && isWhitespaceCode(text.charCodeAt(beforeEnd - 1))) beforeEnd--;
  const last = beforeEnd > low ? text.charCodeAt(beforeEnd - 1) : -1;
  // "after": the piece's head text[nextStart, high).
  const high = Math.min(nextEnd, nextStart + 200);
  const first = nextStart < high ? text.charCodeAt(nextStart) : -1;
  const second = nextStart + 1 < high ? text.charCodeAt(nextStart + 1) : -1;
  // The end-anchored tests below all need a final period; most pieces end otherwise.
  const endsWithPeriod = last === 46;
  if (endsWithPeriod && isAbbreviation(text, low, beforeEnd)) return true;
  // A single capital initial ("J. Smith") or dotted acronym ("U.S.").
  if (endsWithPeriod && (endsWithInitial(text, low, beforeEnd) || endsWithDottedAcronym(text, low, beforeEnd))) {
    if ((isAsciiUpper(first) && second === 46) || isAsciiLower(first) || isAsciiDigit(first)) return true;
    return isAsciiUpper(first) && isAsciiLower(second) && !SENTENCE_OPENER.test(text.slice(nextStart, Math.min(high, nextStart + 6)));
  }
  // Ellipsis followed by a lower-case word continues the sentence.
  if ((endsWithEllipsisDots(text, low, beforeEnd) || last === 0x2026) && isAsciiLower(first)) return true;
  // Splits inside a token (decimals, versions, URLs) have no space before the next piece.
  if (!isWhitespaceCode(text.charCodeAt(prevEnd - 1)) && nextStart < lineEnd) return true;
  // A sentence never starts with a lower-case letter or a closing bracket in this kind of text.
  if ((isAsciiLower(first) || first === 41 || first === 93) && last !== 33 && last !== 63) return true;
  return false;
}

// Words that open a new sentence after an initial; the 6-character head given to it is enough
// for the longest word and the boundary after it.
const SENTENCE_OPENER = /^(The|This|It|We|In|A|An|Our|They|These|He|She|I)\b/;

/** Whether the last whitespace-delimited word of text[low, end) (ending in a period), without
 * opening brackets or quotes and the final period, lower-cased, is a known abbreviation. */
function isAbbreviation(text: string, low: number, end: number): boolean {
  let start = end;
  while (start > low && !isWhitespaceCode(text.charCodeAt(start - 1))) start--;
  while (start < end && isOpeningMark(text.charCodeAt(start))) start++;
  const wordEnd = end - 1;
  if (wordEnd - start > LONGEST_ABBREVIATION) return false;
  const key = keyOfAsciiWord(text, start, wordEnd);
  if (key >= 0) return ABBREVIATION_KEYS.has(key);
  // Non-ASCII letters may lower-case to ASCII ones (the Kelvin sign to "k"): the exact test.
  return key === NOT_ASCII && ABBREVIATIONS.has(text.slice(start, wordEnd).toLowerCase());
}

// Keys of lower-cased ASCII words of letters and periods, base 28, so the test of the word
// before most sentence ends needs no slice or lower-casing.
const NOT_ASCII = -1, NO_ABBREVIATION = -2;
const ABBREVIATION_KEYS = new Set([...ABBREVIATIONS].map((word) => keyOfAsciiWord(word, 0, word.length)));

/** The key of text[start, end) lower-cased; NO_ABBREVIATION for other ASCII characters. */
function keyOfAsciiWord(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return NOT_ASCII;
    let digit: number;
    if (code >= 97 && code <= 122) digit = code - 96;
    else if (code >= 65 && code <= 90) digit = code - 64;
    else if (code === 46) digit = 27;
    else return NO_ABBREVIATION;
    key = key * 28 + digit;
  }
  return key;
}

/** ( " “ ‘ [ : marks stripped from the front of an abbreviation candidate. */
function isOpeningMark(code: number): boolean {
  return code === 40 || code === 34 || code === 0x201c || code === 0x2018 || code === 91;
}

/** /(^|\s)[A-Z]\.$/ on text[low, end). */
function endsWithInitial(text: string, low: number, end: number): boolean {
  if (end - low < 2 || text.charCodeAt(end - 1) !== 46 || !isAsciiUpper(text.charCodeAt(end - 2))) return false;
  return end - 2 === low || isWhitespaceCode(text.charCodeAt(end - 3));
}

/** /\b(?:[A-Za-z]\.){2,}$/ on text[low, end): two or more trailing "letter." pairs, and a word
 * boundary before them (only in question with exactly two: a third pair ends in a period). */
function endsWithDottedAcronym(text: string, low: number, end: number): boolean {
  let at = end, pairs = 0;
  while (pairs < 3 && at - 2 >= low && text.charCodeAt(at - 1) === 46 && isAsciiLetter(text.charCodeAt(at - 2))) {
    at -= 2;
    pairs++;
  }
  if (pairs < 2) return false;
  return pairs === 3 || at === low || !isWordCode(text.charCodeAt(at - 1));
}

function endsWithEllipsisDots(text: string, low: number, end: number): boolean {
  return end - low >= 3 && text.charCodeAt(end - 1) === 46 && text.charCodeAt(end - 2) === 46 && text.charCodeAt(end - 3) === 46;
}

/** The regex word characters [A-Za-z0-9_] that \b tests. */
function isWordCode(code: number): boolean { return isAsciiLetter(code) || isAsciiDigit(code) || code === 95; }

function appendTrimmed(text: string, start: number, end: number, out: number[]): void {
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push(start, end);
}

// Lines beyond a practical paragraph size (minified data, dumps without line breaks) are split
// by a linear scan on ". " + capital, which is enough for navigation and bounded in time.
function appendLongLine(text: string, start: number, end: number, out: number[]): void {
  const line = text.slice(start, end);
  const re = /[.!?]["”’)]?\s+(?=[A-Z“"])/g;
  let from = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    appendTrimmed(text, start + from, start + m.index + m[0].trimEnd().length, out);
    from = m.index + m[0].length;
  }
  if (from < line.length) appendTrimmed(text, start + from, end, out);
}
