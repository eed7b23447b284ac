// Hard-wrapped paragraphs (email digests, mailing lists, PDF-to-text, Usenet-style posts):
// whether a sentence left open at the end of one line goes on at the start of the next. One
// cheap look at the two lines' ends, bounded by MAX_WRAPPED_LINE, so a document costs one pass.
import { isAsciiDigit, isAsciiLower, isAsciiUpper } from "./asciiCodes";
import { isWhitespaceCode } from "./whitespace";

// Wrapping tools fill lines to 60–80 columns (PDF text to about 100), so a wrapped line ends
// within a word's length of that width. Shorter lines were ended on purpose (titles, bylines,
// signatures); longer ones are whole paragraphs of the one-paragraph-per-line dumps, where a
// line without a sentence end is a heading or caption, not a wrapped fragment.
const MIN_WRAPPED_LINE = 40;
const MAX_WRAPPED_LINE = 110;
// A next line indented this much deeper than the wrapped one starts a code or quote block.
const MAX_INDENT_STEP = 4;

/** A trimmed line of this length may have been wrapped (the first test, and the cheapest). */
export function mayBeWrapped(length: number): boolean {
  return length >= MIN_WRAPPED_LINE && length <= MAX_WRAPPED_LINE;
}

/**
 * Whether the sentence ending line `prev` (trimmed range [prevStart, prevEnd)) continues on the
 * next line (trimmed range [nextStart, nextEnd), the line right after it). Both must read as
 * prose: never across a list item, a heading or title, a table row, a code line, a speaker turn
 * or a "Key: value" field. The next line continues a lower-case word; a digit, bracket, quote or
 * capital only after a line that stops mid-clause (a comma, dash or function word).
 */
export function continuesOnNextLine(text: string, prevStart: number, prevEnd: number, nextStart: number, nextEnd: number): boolean {
  // Quoted email text ("> …" on each line) wraps like prose inside the same quote depth.
  if (text.charCodeAt(prevStart) === 62 || text.charCodeAt(nextStart) === 62) {
    const prevBody = skipQuoteMarks(text, prevStart, prevEnd), nextBody = skipQuoteMarks(text, nextStart, nextEnd);
    if (prevBody.depth !== nextBody.depth || prevBody.at >= prevEnd || nextBody.at >= nextEnd) return false;
    return continuesOnNextLine(text, prevBody.at, prevEnd, nextBody.at, nextEnd);
  }
  // The cheap tests on the lines' ends first: most pairs of lines fail one of them.
  if (!mayBeWrapped(prevEnd - prevStart) || endsSentenceOrBlock(text, prevStart, prevEnd)) return false;
  const first = text.charCodeAt(nextStart);
  const lower = isAsciiLower(first) || (first >= 0xdf && first <= 0xff && first !== 0xf7);
  if (!lower && !(opensContinuation(first) && stopsMidClause(text, prevStart, prevEnd))) return false;
  if (!readsAsProse(text, prevStart, prevEnd) || isTitleCase(text, prevStart, prevEnd)) return false;
  if (indentOf(text, nextStart) - indentOf(text, prevStart) >= MAX_INDENT_STEP) return false;
  return readsAsProse(text, nextStart, nextEnd) && !opensListItem(text, nextStart, nextEnd)
    && !looksLikeCode(text, nextStart, nextEnd) && !opensWithUrl(text, nextStart, nextEnd);
}

// A line opening with a web address is a feed item's link or a footer's, under a title or an
// instruction that ends there; joining would glue it to the line above.
const URL_START = /^(?:[a-z][a-z+.-]{1,9}:\/\/|www\.)/i;

function opensWithUrl(text: string, start: number, end: number): boolean {
  return URL_START.test(text.slice(start, Math.min(end, start + 16)));
}

/** The line's last character ends a sentence (. ! ? … :, or a closing quote or bracket after
 * one) or a code or markup block (; { } < > | = \ ). */
function endsSentenceOrBlock(text: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at > start && isClosingMark(text.charCodeAt(at))) at--;
  const c = text.charCodeAt(at);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 123 || c === 125
    || c === 60 || c === 62 || c === 124 || c === 61 || c === 92 || c === 0x3002;
}

/** " ' ) ] ” ’ » */
function isClosingMark(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019 || code === 0xbb;
}

// Openers of lines that are markup, quotes, tables, code, comments or prompts: # > | { [ < ` / $ = *
const BLOCK_OPENERS = new Set([35, 62, 124, 123, 91, 60, 96, 47, 36, 61]);
// "Key: value" fields and speaker turns: up to four words, then a colon and a space ("From: …",
// "Dana Ortiz: …", "url: …", "Q: …"). Times ("10:30") open with a digit and do not match.
const FIELD_HEAD = /^[A-Za-z][\w'’.-]*(?: [\w'’.-]+){0,3}:(?:\s|$)/;

/** The line can be part of a wrapped paragraph: it opens with none of the block markers, is no
 * field or speaker line, and has no table layout (a tab, two "|", or a run of spaces between
 * words that does not follow a sentence end, as aligned columns have). */
function readsAsProse(text: string, start: number, end: number): boolean {
  if (BLOCK_OPENERS.has(text.charCodeAt(start))) return false;
  // Lines are at most MAX_WRAPPED_LINE long (the next one is bounded below): the scans stay cheap.
  const stop = Math.min(end, start + MAX_WRAPPED_LINE + 1);
  if (FIELD_HEAD.test(text.slice(start, Math.min(stop, start + 48)))) return false;
  let bars = 0;
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) return false;
    if (c === 124 && ++bars >= 2) return false;
    if (c === 32 && text.charCodeAt(i + 1) === 32 && i + 2 < end) {
      const before = text.charCodeAt(i - 1);
      if (before !== 46 && before !== 33 && before !== 63 && before !== 58 && !isClosingMark(before)) return false;
    }
  }
  return true;
}

/** Every word of four or more letters is capitalised, and there are at least two: a title. */
function isTitleCase(text: string, start: number, end: number): boolean {
  let words = 0;
  for (let i = start; i < end; i++) {
    if (i > start && !isWhitespaceCode(text.charCodeAt(i - 1))) continue;
    let j = i;
    while (j < end && isLetterCode(text.charCodeAt(j))) j++;
    if (j - i < 4) continue;
    if (!isAsciiUpper(text.charCodeAt(i))) return false;
    words++;
  }
  return words >= 2;
}

function isLetterCode(code: number): boolean {
  return isAsciiLower(code) || isAsciiUpper(code) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7);
}

/** A digit, capital, opening bracket or quote, or currency sign: a sentence may go on with it. */
function opensContinuation(code: number): boolean {
  return isAsciiDigit(code) || isAsciiUpper(code) || code === 40 || code === 34 || code === 0x201c || code === 0x2018
    || code === 0x24 || code === 0x20ac || code === 0xa3;
}

// Words that cannot end a clause: articles, prepositions, conjunctions, auxiliaries, determiners.
const FUNCTION_WORDS = new Set(("a an the of in on at to for from by with and or but nor as than that which who whom whose "
  + "where when while if because about into onto over under between among per via is are was were be been being has have "
  + "had will would can could should may might must not its their our his her my your this these those some any each every "
  + "both more less most least up out after before during since until including near above below across against without "
  + "within around through toward towards like such so just only also than then whether").split(" "));
const LONGEST_FUNCTION_WORD = 9;

/** The line stops inside a clause: a comma, dash or opening bracket, or a function word last. */
function stopsMidClause(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 44 || last === 45 || last === 0x2013 || last === 0x2014 || last === 40) return true;
  let from = end;
  while (from > start && isAsciiLower(text.charCodeAt(from - 1) | 0x20)) from--;
  if (from === end || end - from > LONGEST_FUNCTION_WORD) return false;
  if (from > start && !isWhitespaceCode(text.charCodeAt(from - 1))) return false;
  return FUNCTION_WORDS.has(text.slice(from, end).toLowerCase());
}

// List items: bullets, "1." "2)" "(a)" "a)" "iv." markers followed by a space.
const LIST_ITEM = /^(?:[-*+•·▪‣◦–—]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])\s/;

function opensListItem(text: string, start: number, end: number): boolean {
  return LIST_ITEM.test(text.slice(start, Math.min(end, start + 8)));
}

// Code shapes a prose line does not have: an arrow, a comparison, an assignment between
// spaces, an empty call (read in the line's head), or a block end. A semicolon ends list
// items in prose too, so it marks a statement only on a line with a call or an assignment.
const CODE_SHAPE = /=>|==|!=|\s=\s|\(\)/;
const STATEMENT_SHAPE = /[(=]/;

function looksLikeCode(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 123 || last === 125) return true;
  const head = text.slice(start, Math.min(end, start + MAX_WRAPPED_LINE * 2));
  return CODE_SHAPE.test(head) || (last === 59 && STATEMENT_SHAPE.test(head));
}

/** The quote depth of a line opening with ">" marks (with spaces between) and where its text starts. */
function skipQuoteMarks(text: string, start: number, end: number): { depth: number; at: number } {
  let depth = 0, at = start;
  while (at < end) {
    const c = text.charCodeAt(at);
    if (c === 62) depth++;
    else if (c !== 32 && c !== 9) break;
    at++;
  }
  return { depth, at };
}

/** Columns of spaces before the trimmed line start `at`, a tab counting as MAX_INDENT_STEP
 * (a tab-indented line under a prose line is a quoted or code block). */
function indentOf(text: string, at: number): number {
  let columns = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32) columns++;
    else if (c === 9) columns += MAX_INDENT_STEP;
    else break;
  }
  return columns;
}
