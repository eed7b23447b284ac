// All sentences of a document, in order, with absolute spans and their paragraph line.
import type { Span } from "../model";
import { listParagraphs } from "./paragraphs";
import { splitSentences } from "./sentences";
import type { TextDocumentModel } from "./textModel";

export interface Sentence { line: number; span: Span; text: string }

export function listSentences(doc: TextDocumentModel): Sentence[] {
  const out: Sentence[] = [];
  for (const p of listParagraphs(doc)) {
    for (const s of splitSentences(p.text)) {
      out.push({ line: p.line, span: { start: p.span.start + s.start, end: p.span.start + s.end }, text: p.text.slice(s.start, s.end) });
    }
  }
  return out;
}
