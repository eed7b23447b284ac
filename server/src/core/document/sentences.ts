// Sentence splitting, one line at a time: Intl.Segmenter is quadratic in string length on
// Node 20, so it never sees more than a line. Its splits after abbreviations ("U.S.", "Dr.",
// "e.g."), initials ("J. Smith"), decimals, versions, URLs and ellipses are merged back.
import type { Span } from "../model";
import { findSentenceBreaks } from "./sentenceBreaks";
import { isWhitespaceCode } from "./whitespace";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

const ABBREVIATIONS = new Set([
  "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "cf", "al", "fig",
  "figs", "eq", "no", "nos", "vol", "approx", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "ph.d",
  "sec", "min", "ref", "refs", "dept", "univ", "assoc", "est", "gen", "gov", "mt", "ft", "op",
]);

/** Sentence spans of `text` (offsets relative to `text`), trimmed of surrounding whitespace. */
export function splitSentences(text: string): Span[] {
  if (text.length > 20000) return splitLongLine(text);
  // Headings, captions and table rows have no sentence end: one sentence, no segmenter set-up.
  if (!/[.!?…。]/.test(text)) return [trimSpan(text, { start: 0, end: text.length })].filter((s) => s.end > s.start);
  const pieces = listPieces(text);
  const merged: Span[] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && shouldMerge(text, prev, piece)) prev.end = piece.end;
    else merged.push(piece);
  }
  return trimSpans(text, merged);
}

/** The segmenter's sentences; the Latin-1 breaker gives the same spans without its objects. */
function listPieces(text: string): Span[] {
  const pieces: Span[] = [];
  const breaks = findSentenceBreaks(text);
  if (!breaks) {
    for (const seg of segmenter.segment(text)) pieces.push({ start: seg.index, end: seg.index + seg.segment.length });
    return pieces;
  }
  let start = 0;
  for (const at of breaks) {
    pieces.push({ start, end: at });
    start = at;
  }
  if (start < text.length) pieces.push({ start, end: text.length });
  return pieces;
}

function shouldMerge(text: string, prev: Span, next: Span): boolean {
  // Only the tail of the previous piece and the head of the next matter; bounding them keeps
  // the end-anchored patterns below linear on pieces with long runs of non-space characters.
  const before = text.slice(Math.max(prev.start, prev.end - 200), prev.end).trimEnd();
  const after = text.slice(next.start, Math.min(next.end, next.start + 200));
  // The end-anchored tests below all need a final period; most pieces end otherwise.
  const endsWithPeriod = before.endsWith(".");
  if (endsWithPeriod && ABBREVIATIONS.has(bareLastWord(before))) return true;
  // A single capital initial ("J. Smith") or dotted acronym ("U.S.").
  if (endsWithPeriod && (/(^|\s)[A-Z]\.$/.test(before) || /\b(?:[A-Za-z]\.){2,}$/.test(before))) {
    if (/^[A-Z]\./.test(after) || /^[a-z0-9]/.test(after)) return true;
    return /^[A-Z][a-z]/.test(after) && !/^(The|This|It|We|In|A|An|Our|They|These|He|She|I)\b/.test(after);
  }
  // Ellipsis followed by a lower-case word continues the sentence.
  if ((before.endsWith("...") || before.endsWith("…")) && /^[a-z]/.test(after)) return true;
  // Splits inside a token (decimals, versions, URLs) have no space before the next piece.
  if (!(prev.end > 0 && isWhitespaceCode(text.charCodeAt(prev.end - 1))) && next.start < text.length) return true;
  // A sentence never starts with a lower-case letter or a closing bracket in this kind of text.
  if (/^[a-z)\]]/.test(after) && !/[!?]$/.test(before)) return true;
  return false;
}

/** The last whitespace-delimited word of `before` (which has no trailing space), without
 * opening brackets or quotes and a final period, lower-cased: the abbreviation candidate. */
function bareLastWord(before: string): string {
  let start = before.length;
  while (start > 0 && !isWhitespaceCode(before.charCodeAt(start - 1))) start--;
  return before.slice(start).replace(/^[("“‘[]+/, "").replace(/\.$/, "").toLowerCase();
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Spans trimmed in place, empty ones dropped. */
function trimSpans(text: string, spans: Span[]): Span[] {
  let kept = 0;
  for (const span of spans) {
    while (span.start < span.end && isWhitespaceCode(text.charCodeAt(span.start))) span.start++;
    while (span.end > span.start && isWhitespaceCode(text.charCodeAt(span.end - 1))) span.end--;
    if (span.end > span.start) spans[kept++] = span;
  }
  spans.length = kept;
  return spans;
}

// Lines beyond a practical paragraph size (minified data, dumps without line breaks) are split
// by a linear scan on ". " + capital, which is enough for navigation and bounded in time.
function splitLongLine(text: string): Span[] {
  const out: Span[] = [];
  const re = /[.!?]["”’)]?\s+(?=[A-Z“"])/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index + m[0].trimEnd().length });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}
