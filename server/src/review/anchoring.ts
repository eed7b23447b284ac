// Re-anchoring: finds where each stored tag's quote is in the current text (its old position, else
// the exact quote, else a close approximate quote nearby, else one far away that still shares an
// exact piece with it); a tag found nowhere is an orphan, kept.
import type { Span } from "../core/model";
import type { Annotation } from "./reviewSchema";
import { findApproximateMatch } from "./fuzzyMatch";

export type AnchorMethod = "position" | "quote" | "fuzzy";
export interface AnchoredAnnotation { annotation: Annotation; span: Span; how: AnchorMethod }
export interface AnchorResult { anchored: AnchoredAnnotation[]; orphans: Annotation[] }

/** Characters of context stored before and after the quote: enough to tell repeated sentences apart. */
export const CONTEXT_LENGTH = 32;
/** Fuzzy matches below this similarity (1 - edits / quote length) are not the same sentence. */
export const MIN_SIMILARITY = 0.8;
/** How far (UTF-16 units) either side of the old position a fuzzy search looks. */
const FUZZY_WINDOW = 4000;
/** Cost cap of one fuzzy search (needle × window cells, ~10 ms); a longer quote shrinks the window. */
const FUZZY_MAX_CELLS = 4_000_000;
/** More exact occurrences than this are not all scored (a quote that common is not a sentence). */
const MAX_OCCURRENCES = 1000;
/** A moved-and-edited sentence is looked for by this many exact pieces of its quote … */
const PIECES = 6;
/** … each at least this long (shorter pieces hit everywhere) … */
const MIN_PIECE_LENGTH = 8;
/** … and a piece found more often than this is not distinctive enough to place the sentence. */
const MAX_PIECE_OCCURRENCES = 20;

export function buildQuoteSelector(text: string, span: Span) {
  return {
    type: "TextQuoteSelector" as const,
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
  };
}

export function anchorAnnotations(text: string, annotations: readonly Annotation[]): AnchorResult {
  const result: AnchorResult = { anchored: [], orphans: [] };
  for (const annotation of annotations) {
    const found = anchorAnnotation(text, annotation);
    if (found) result.anchored.push({ annotation, ...found });
    else result.orphans.push(annotation);
  }
  result.anchored.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return result;
}

export function anchorAnnotation(text: string, annotation: Annotation): { span: Span; how: AnchorMethod } | null {
  const [quote, position] = annotation.target.selector;
  if (text.slice(position.start, position.end) === quote.exact) return { span: { start: position.start, end: position.end }, how: "position" };
  const exact = findNearestQuote(text, quote, position.start);
  if (exact) return { span: exact, how: "quote" };
  const fuzzy = findFuzzyQuote(text, quote.exact, position.start) ?? findDistantFuzzyQuote(text, quote.exact, position.start);
  return fuzzy ? { span: fuzzy, how: "fuzzy" } : null;
}

interface Quote { exact: string; prefix: string; suffix: string }

/** Exact occurrences ranked by how much of the stored prefix/suffix still surrounds them, then by distance. */
function findNearestQuote(text: string, quote: Quote, oldStart: number): Span | null {
  let best: { start: number; context: number; distance: number } | null = null;
  let at = text.indexOf(quote.exact);
  for (let n = 0; at >= 0 && n < MAX_OCCURRENCES; n++) {
    const context = countCommonSuffix(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix)
      + countCommonPrefix(text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length), quote.suffix);
    const distance = Math.abs(at - oldStart);
    if (!best || context > best.context || (context === best.context && distance < best.distance)) best = { start: at, context, distance };
    at = text.indexOf(quote.exact, at + 1);
  }
  return best ? { start: best.start, end: best.start + quote.exact.length } : null;
}

function findFuzzyQuote(text: string, exact: string, oldStart: number): Span | null {
  const reach = Math.min(FUZZY_WINDOW, Math.floor(FUZZY_MAX_CELLS / exact.length / 2) - exact.length);
  if (reach <= 0) return null;
  const from = Math.max(0, oldStart - reach);
  const to = Math.min(text.length, oldStart + exact.length + reach);
  const match = findApproximateMatch(exact, text.slice(from, to), oldStart - from, FUZZY_MAX_CELLS);
  if (!match || match.similarity < MIN_SIMILARITY) return null;
  return trimWhitespace(text, { start: match.span.start + from, end: match.span.end + from });
}

/**
 * A sentence moved far away and edited: with at most 20% of it changed, one of its pieces usually
 * survives verbatim. Each distinctive surviving piece proposes where the sentence starts; only
 * those few windows get the edit-distance search.
 */
function findDistantFuzzyQuote(text: string, exact: string, oldStart: number): Span | null {
  const slack = Math.ceil(exact.length * (1 - MIN_SIMILARITY));
  let best: { span: Span; similarity: number } | null = null;
  for (const start of listCandidateStarts(text, exact)) {
    const from = Math.max(0, start - slack), to = Math.min(text.length, start + exact.length + slack);
    const match = findApproximateMatch(exact, text.slice(from, to), start - from, FUZZY_MAX_CELLS);
    if (!match || match.similarity < MIN_SIMILARITY) continue;
    const span = { start: match.span.start + from, end: match.span.end + from };
    if (!best || match.similarity > best.similarity || (match.similarity === best.similarity && Math.abs(span.start - oldStart) < Math.abs(best.span.start - oldStart))) best = { span, similarity: match.similarity };
  }
  return best ? trimWhitespace(text, best.span) : null;
}

/** Where the quote would start, for each exact occurrence of one of its distinctive pieces (at most PIECES × MAX_PIECE_OCCURRENCES, deduplicated). */
export function listCandidateStarts(text: string, exact: string): number[] {
  const pieceLength = Math.max(MIN_PIECE_LENGTH, Math.floor(exact.length / PIECES));
  const starts = new Set<number>();
  for (let offset = 0; offset + pieceLength <= exact.length; offset += pieceLength) {
    const piece = exact.slice(offset, offset + pieceLength);
    if (!piece.trim()) continue;
    const hits: number[] = [];
    for (let at = text.indexOf(piece); at >= 0 && hits.length <= MAX_PIECE_OCCURRENCES; at = text.indexOf(piece, at + 1)) hits.push(at - offset);
    if (hits.length <= MAX_PIECE_OCCURRENCES) for (const h of hits) starts.add(Math.max(0, h));
  }
  return [...starts];
}

/** An approximate match may swallow a neighbouring space; a tag covers the sentence only. */
function trimWhitespace(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function countCommonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function countCommonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}
