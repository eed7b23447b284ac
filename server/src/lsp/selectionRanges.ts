// Smart select: figure ⊂ sentence ⊂ line ⊂ section ⊂ article ⊂ document.
import type { Position, SelectionRange } from "vscode-languageserver";
import { splitSentences, type TextDocumentModel } from "../core/document";
import type { Analysis, Span } from "../core/model";
import { containsInclusive } from "./spans";

export function buildSelectionRanges(doc: TextDocumentModel, analysis: Analysis, positions: Position[]): SelectionRange[] {
  return positions.map((position) => {
    const offset = doc.offsetAt(position);
    const line = doc.lineAt(offset);
    const lineSpan = { start: doc.lineStart(line), end: doc.lineEnd(line) };
    const sentence = listSentencesOfLine(doc, line).find((s) => containsInclusive(s, offset));
    const article = analysis.articles.find((a) => containsInclusive(a.span, offset));
    const chain: Span[] = [
      analysis.figures.find((f) => containsInclusive(f.span, offset))?.span,
      sentence,
      lineSpan,
      article?.sections.find((s) => containsInclusive(s.span, offset))?.span,
      article?.span,
      { start: 0, end: doc.length },
    ].filter((s): s is Span => !!s);
    // Outer to inner, each parent strictly containing its child.
    let parent: SelectionRange | undefined;
    for (const span of dedupeNested(chain).reverse()) parent = { range: doc.rangeOf(span), parent };
    return parent ?? { range: doc.rangeOf({ start: offset, end: offset }) };
  });
}

function listSentencesOfLine(doc: TextDocumentModel, line: number): Span[] {
  const lineStart = doc.lineStart(line);
  return splitSentences(doc.lineText(line)).map((s) => ({ start: lineStart + s.start, end: lineStart + s.end }));
}

/** Keeps each span only when it grows on the previous (inner) one. */
function dedupeNested(inner: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of inner) {
    const prev = out[out.length - 1];
    if (!prev || (span.start <= prev.start && span.end >= prev.end && (span.start < prev.start || span.end > prev.end))) out.push(span);
  }
  return out;
}
