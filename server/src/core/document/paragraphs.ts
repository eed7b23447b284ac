// Paragraphs of a scraped dump: each non-blank line is one paragraph (scrapers write one
// paragraph per line, with or without blank lines between them).
import type { Span } from "../model";
import type { TextDocumentModel } from "./textModel";

export interface Paragraph {
  line: number;
  /** Span of the line's content with surrounding whitespace trimmed. */
  span: Span;
  text: string;
}

export function listParagraphs(doc: TextDocumentModel): Paragraph[] {
  const out: Paragraph[] = [];
  for (let line = 0; line < doc.lineCount; line++) {
    const raw = doc.lineText(line);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) continue;
    const start = doc.lineStart(line) + lead;
    out.push({ line, span: { start, end: start + text.length }, text });
  }
  return out;
}
