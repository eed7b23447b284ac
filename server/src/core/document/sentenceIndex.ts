// All sentences of a document, in order, with absolute spans and their paragraph lines. A
// sentence left open at the end of a hard-wrapped line goes on to the next (wrappedLines.ts).
import type { Span } from "../model";
import { SentenceBreakScanner } from "./sentenceBreaks";
import { appendSentenceSpans } from "./sentences";
import type { TextDocumentModel } from "./textModel";
import { isWhitespaceCode } from "./whitespace";
import { continuesOnNextLine, mayBeWrapped } from "./wrappedLines";

/** `line` is where the sentence starts, `endLine` where it ends (later only in a wrapped
 * paragraph); `text` is the document's text of `span`, line breaks included. */
export interface Sentence { line: number; endLine: number; span: Span; text: string }

// A sentence joined across wrapped lines stops growing at this length: real sentences stay well
// under it (claims skip those over 1,500), and it bounds what each joined line re-slices.
const MAX_JOINED_SENTENCE = 2000;

/** Every non-blank line is a paragraph (scrapers write one per line) unless it continues a
 * wrapped one; its trimmed range is split in place, so no line or paragraph string is made,
 * only one slice per sentence (and one more per line a sentence is joined across). */
export function listSentences(doc: TextDocumentModel): Sentence[] {
  const text = doc.text;
  const out: Sentence[] = [];
  const bounds: number[] = [];
  const scanner = new SentenceBreakScanner(text);
  // The previous non-blank line and its trimmed range.
  let prevLine = -2, prevStart = 0, prevEnd = 0;
  for (let line = 0; line < doc.lineCount; line++) {
    let start = doc.lineStart(line), end = doc.lineEnd(line);
    while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
    while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    // Appended after the earlier lines' spans, never cleared: `length = 0` would drop the
    // backing store and each line would allocate a new one.
    let k = bounds.length;
    appendSentenceSpans(scanner, start, end, bounds);
    // Most lines follow a blank line or a paragraph-length line: only the others are looked at.
    if (prevLine === line - 1 && mayBeWrapped(prevEnd - prevStart) && k < bounds.length
      && joinAcrossWrap(text, out[out.length - 1], bounds[k + 1], line, prevStart, prevEnd, start, end)) k += 2;
    for (; k < bounds.length; k += 2) {
      out.push({ line, endLine: line, span: { start: bounds[k], end: bounds[k + 1] }, text: text.slice(bounds[k], bounds[k + 1]) });
    }
    prevLine = line;
    prevStart = start;
    prevEnd = end;
  }
  return out;
}

/** Extends `last` (the previous line's last sentence) to `firstEnd`, the end of line `line`'s
 * first sentence, when the previous line wraps onto this one; whether it did. Kept out of
 * listSentences' loop, which runs for every line and rarely gets here. */
function joinAcrossWrap(
  text: string, last: Sentence | undefined, firstEnd: number, line: number,
  prevStart: number, prevEnd: number, start: number, end: number,
): boolean {
  if (last === undefined || last.span.end !== prevEnd || firstEnd - last.span.start > MAX_JOINED_SENTENCE) return false;
  if (!continuesOnNextLine(text, prevStart, prevEnd, start, end)) return false;
  last.span.end = firstEnd;
  last.endLine = line;
  last.text = text.slice(last.span.start, firstEnd);
  return true;
}
