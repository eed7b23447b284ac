// Article segmentation: layout evidence -> article boundaries, titles and sections.
import type { Article } from "../model";
import type { TextDocumentModel } from "../document";

export function segmentArticles(doc: TextDocumentModel): Article[] {
  // Placeholder until the layout rules land: the whole file is one article.
  const span = { start: 0, end: doc.text.length };
  return [{ title: doc.lineText(0).trim().slice(0, 60) || "(empty)", titleIsDerived: true, span, range: doc.rangeOf(span), titleSpan: null, titleRange: null, sections: [], evidence: "start of file", layout: "file-start" }];
}
