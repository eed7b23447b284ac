// Unicode sentence boundaries (UAX #29 rules SB6–SB11) for lines written in Latin-1 and common
// typographic punctuation, with the same result as Intl.Segmenter("en", sentence) but without
// its per-segment objects. Lines with any other character are left to the segmenter.
import { keepShape } from "./keptShapes";

// Sentence_Break classes of the characters handled here; 0 means "not handled".
const UNKNOWN = 0, SP = 1, LOWER = 2, UPPER = 3, NUMERIC = 4, ATERM = 5, STERM = 6, CLOSE = 7, SCONTINUE = 8, OTHER = 9;

const CLASSES = buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(0x2200);
  const set = (chars: string, cls: number) => { for (const ch of chars) table[ch.charCodeAt(0)] = cls; };
  const range = (from: number, to: number, cls: number) => { for (let c = from; c <= to; c++) table[c] = cls; };
  range(0x21, 0x7e, OTHER);
  range(0xa1, 0xbf, OTHER);
  set("\u00d7\u00f7\u2022\u2026\u2122\u20ac\u2032\u2033", OTHER);
  set(" \t\u00a0", SP);
  range(0x61, 0x7a, LOWER);
  range(0xdf, 0xff, LOWER);
  set("\u00b5\u00aa\u00ba", LOWER);
  range(0x41, 0x5a, UPPER);
  range(0xc0, 0xde, UPPER);
  range(0x30, 0x39, NUMERIC);
  set(".", ATERM);
  set("!?", STERM);
  set("\"'()[]{}\u00ab\u00bb\u2018\u2019\u201c\u201d", CLOSE);
  set(",-:;\u2013\u2014", SCONTINUE);
  // The letter ranges above include × and ÷ (symbols); the soft hyphen is Format, not handled.
  table[0xad] = UNKNOWN;
  table[0xd7] = OTHER;
  table[0xf7] = OTHER;
  return table;
}

/** Any character outside the handled set, as a regex built from the table (kept in step). */
const UNHANDLED = buildUnhandledPattern();

function buildUnhandledPattern(): RegExp {
  const hex = (c: number) => "\\u" + c.toString(16).padStart(4, "0");
  let ranges = "";
  for (let c = 0; c < CLASSES.length; c++) {
    if (CLASSES[c] === UNKNOWN) continue;
    let last = c;
    while (last + 1 < CLASSES.length && CLASSES[last + 1] !== UNKNOWN) last++;
    ranges += last > c ? `${hex(c)}-${hex(last)}` : hex(c);
    c = last;
  }
  return new RegExp(`[^${ranges}]`, "g");
}

/**
 * Offsets where a new sentence starts (excluding 0 and text.length), or undefined when `text`
 * has a character outside the handled set.
 */
export function findSentenceBreaks(text: string): number[] | undefined {
  const scanner = new SentenceBreakScanner(text);
  const breaks: number[] = [];
  return scanner.appendBreaks(0, text.length, breaks) ? breaks : undefined;
}

/**
 * The breaker over the lines of one text, visited in increasing order. Per-character loops in
 * JavaScript cost more than everything else here, so it never reads every character: native
 * searches find the terminators (indexOf per terminator) and any unhandled character (one
 * regex), each resumed from where it stopped, so a whole document costs one pass of each.
 */
export class SentenceBreakScanner {
  private nextPeriod = -1;
  private nextExclamation = -1;
  private nextQuestion = -1;
  private nextUnhandled = -1;

  constructor(readonly text: string) {}

  /** Appends to `out` the breaks of text[start, end) as absolute offsets; false (and nothing
   * appended) when the range has a character outside the handled set. */
  appendBreaks(start: number, end: number, out: number[]): boolean {
    if (!this.isHandled(start, end)) return false;
    const text = this.text;
    let i = this.findTerminator(start, end);
    while (i >= 0) {
      const term = CLASSES[text.charCodeAt(i)];
      // SB9/SB10: a terminator keeps its closing punctuation and trailing spaces.
      let j = i + 1;
      while (j < end && CLASSES[text.charCodeAt(j)] === CLOSE) j++;
      while (j < end && CLASSES[text.charCodeAt(j)] === SP) j++;
      if (j >= end) break;
      if (!continuesSentence(text, start, end, term, i, j)) out.push(j);
      i = this.findTerminator(j, end);
    }
    return true;
  }

  private isHandled(start: number, end: number): boolean {
    if (this.nextUnhandled < start) {
      UNHANDLED.lastIndex = start;
      this.nextUnhandled = UNHANDLED.test(this.text) ? UNHANDLED.lastIndex - 1 : this.text.length;
    }
    return this.nextUnhandled >= end;
  }

  /** The first . ! or ? in text[from, end), or -1. */
  private findTerminator(from: number, end: number): number {
    const text = this.text;
    // Each cached position is searched again only once the scan has passed it.
    if (this.nextPeriod < from) this.nextPeriod = indexOrLength(text, ".", from);
    if (this.nextExclamation < from) this.nextExclamation = indexOrLength(text, "!", from);
    if (this.nextQuestion < from) this.nextQuestion = indexOrLength(text, "?", from);
    const next = Math.min(this.nextPeriod, this.nextExclamation, this.nextQuestion);
    return next < end ? next : -1;
  }
}

// One scanner outlives each document, so the break search stays compiled (keptShapes.ts).
keepShape(new SentenceBreakScanner(""));

function indexOrLength(text: string, searched: string, from: number): number {
  const at = text.indexOf(searched, from);
  return at < 0 ? text.length : at;
}

/** SB6, SB7, SB8, SB8a: whether the sentence goes on at `next` after the terminator at `at`. */
function continuesSentence(text: string, start: number, end: number, term: number, at: number, next: number): boolean {
  const cls = CLASSES[text.charCodeAt(next)];
  if (cls === SCONTINUE || cls === ATERM || cls === STERM) return true;
  if (term !== ATERM) return false;
  if (next === at + 1) {
    if (cls === NUMERIC) return true;
    const before = at > start ? CLASSES[text.charCodeAt(at - 1)] : UNKNOWN;
    if (cls === UPPER && (before === UPPER || before === LOWER)) return true;
  }
  // SB8: a lower-case letter before any other letter or terminator continues the sentence.
  for (let k = next; k < end; k++) {
    const c = CLASSES[text.charCodeAt(k)];
    if (c === LOWER) return true;
    if (c === UPPER || c === ATERM || c === STERM) return false;
  }
  return false;
}
