// Folding: articles, their sections and tables fold as regions (trailing blank lines stay open).
import { FoldingRange, FoldingRangeKind } from "vscode-languageserver";
import type { TextDocumentModel } from "../core/document";
import type { Analysis, Span } from "../core/model";

export function buildFoldingRanges(doc: TextDocumentModel, analysis: Analysis): FoldingRange[] {
  const spans: Span[] = [
    ...analysis.articles.map((a) => a.span),
    ...analysis.articles.flatMap((a) => a.sections.map((s) => s.span)),
    ...analysis.tables.map((t) => t.span),
  ];
  const out: FoldingRange[] = [];
  for (const span of spans) {
    const startLine = doc.lineAt(span.start);
    let endLine = doc.lineAt(Math.max(span.start, span.end - 1));
    while (endLine > startLine && doc.lineText(endLine).trim() === "") endLine--;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return out;
}
