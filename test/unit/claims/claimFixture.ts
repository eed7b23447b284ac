// Fixture helper for claim tests: figure spans are marked inline as [[…]] and become Figure
// objects, as the figure extractor would give them; the markers are removed from the text.
import { createTextModel, listSentences } from "../../../server/src/core/document";
import { detectClaims } from "../../../server/src/core/claims";
import type { Article, Claim, Figure, Table } from "../../../server/src/core/model";
import { defaultAnalysisOptions, type AnalysisOptions } from "../../../server/src/core/options";

export interface FixtureExtras {
  options?: Partial<AnalysisOptions>;
  /** Line ranges [first, last] (0-based) to make articles of. */
  articleLines?: [number, number][];
  /** The first line of each article is its title line (the article finder found a title). */
  titled?: boolean;
  /** Where the title starts in its line (front matter: 'title: "…"'); 0 when not given. */
  titleOffset?: number;
  /** Line ranges [first, last] (0-based) that a table covers. */
  tableLines?: [number, number][];
}

export function detectIn(fixture: string, extras: FixtureExtras = {}): Claim[] {
  const figureSpans: { start: number; end: number }[] = [];
  let text = "";
  for (const part of fixture.split(/(\[\[[^\]]*\]\])/)) {
    if (part.startsWith("[[") && part.endsWith("]]")) {
      figureSpans.push({ start: text.length, end: text.length + part.length - 4 });
      text += part.slice(2, -2);
    } else text += part;
  }
  const doc = createTextModel(text);
  const figures: Figure[] = figureSpans.map((span) => ({
    text: text.slice(span.start, span.end), span, range: doc.rangeOf(span), value: 1, unit: null,
    dimension: "count", qualifier: null, tier: /^(?:19|20)\d\d$/.test(text.slice(span.start, span.end)) ? "optional" : "required",
  }));
  const spanOfLines = ([a, b]: [number, number]) => ({ start: doc.lineStart(a), end: doc.lineEnd(b) });
  const articles: Article[] = (extras.articleLines ?? []).map((lines, i) => {
    const span = spanOfLines(lines);
    const line = spanOfLines([lines[0], lines[0]]);
    const titleSpan = extras.titled ? { start: line.start + (extras.titleOffset ?? 0), end: line.end } : null;
    return {
      title: `a${i}`, titleIsDerived: !extras.titled, span, range: doc.rangeOf(span),
      titleSpan, titleRange: titleSpan && doc.rangeOf(titleSpan), sections: [], evidence: "", layout: "test",
    };
  });
  const tables: Table[] = (extras.tableLines ?? []).map((lines) => {
    const span = spanOfLines(lines);
    return { span, range: doc.rangeOf(span), layout: "aligned", columnHeaders: [], rows: [] };
  });
  return detectClaims({
    doc, sentences: listSentences(doc), articles, figures, tables,
    options: { ...defaultAnalysisOptions, ...extras.options },
  });
}
