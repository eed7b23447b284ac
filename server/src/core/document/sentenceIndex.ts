// All sentences of a document, in order, with absolute spans and their paragraph line.
import type { Span } from "../model";
import { SentenceBreakScanner } from "./sentenceBreaks";
import { appendSentenceSpans } from "./sentences";
import type { TextDocumentModel } from "./textModel";
import { isWhitespaceCode } from "./whitespace";

export interface Sentence { line: number; span: Span; text: string }

/** Every non-blank line is a paragraph (scrapers write one per line); its trimmed range is split in place,
 * so no line or paragraph string is made, only one slice per sentence. */
export function listSentences(doc: TextDocumentModel): Sentence[] {
  const text = doc.text;
  const out: Sentence[] = [];
  const bounds: number[] = [];
  const scanner = new SentenceBreakScanner(text);
  for (let line = 0; line < doc.lineCount; line++) {
    let start = doc.lineStart(line), end = doc.lineEnd(line);
    while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
    while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    // Appended after the earlier lines' spans, never cleared: `length = 0` would drop the
    // backing store and each line would allocate a new one.
    const first = bounds.length;
    appendSentenceSpans(scanner, start, end, bounds);
    for (let k = first; k < bounds.length; k += 2) {
      out.push({ line, span: { start: bounds[k], end: bounds[k + 1] }, text: text.slice(bounds[k], bounds[k + 1]) });
    }
  }
  return out;
}
