// Fixture helper for cross-file tests: a file is a list of article texts (joined by a blank
// line) and figures are marked inline as [[…]], parsed the way the figure extractor would.
import { createTextModel } from "../../../server/src/core/document";
import type { Analysis, Article, Dimension, Figure, Qualifier } from "../../../server/src/core/model";
import type { CorpusFile } from "../../../server/src/core/corpus";

const MAGNITUDE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, million: 1e6, billion: 1e9 };
const QUALIFIER = /^(more than|less than|up to|at least|about)\s+/;

function parseFigure(text: string): Pick<Figure, "value" | "unit" | "dimension" | "qualifier" | "tier"> {
  const q = QUALIFIER.exec(text);
  const rest = q ? text.slice(q[0].length) : text;
  const m = /^([\d,]+(?:\.\d+)?)\s*(k|m|b|million|billion)?\b\s*(.*)$/i.exec(rest);
  if (!m) throw new Error(`bad figure marker ${text}`);
  const value = Number(m[1].replace(/,/g, "")) * (m[2] ? MAGNITUDE[m[2].toLowerCase()] : 1);
  const unit = m[3] === "percent" ? "%" : m[3] || null;
  const dimension: Dimension = unit === "%" ? "percent" : unit === "GB" ? "size" : !unit && value >= 1900 && value <= 2100 ? "date" : "count";
  return { value, unit, dimension, qualifier: (q?.[1] as Qualifier) ?? null, tier: dimension === "date" ? "optional" : "required" };
}

export function buildFile(file: string, articles: string[]): CorpusFile {
  let text = "";
  const figures: Figure[] = [];
  const spans: { start: number; end: number }[] = [];
  articles.forEach((article, i) => {
    if (i > 0) text += "\n\n";
    const start = text.length;
    for (const part of article.split(/(\[\[[^\]]*\]\])/)) {
      if (!(part.startsWith("[[") && part.endsWith("]]"))) { text += part; continue; }
      const inner = part.slice(2, -2);
      figures.push({ text: inner, span: { start: text.length, end: text.length + inner.length }, range: null!, ...parseFigure(inner) });
      text += inner;
    }
    spans.push({ start, end: text.length });
  });
  const doc = createTextModel(text);
  for (const f of figures) f.range = doc.rangeOf(f.span);
  const list: Article[] = spans.map((span, i) => ({
    title: `${file}#${i}`, titleIsDerived: false, span, range: doc.rangeOf(span), titleSpan: null, titleRange: null,
    sections: [], evidence: "", layout: "test",
  }));
  const analysis: Analysis = { articles: list, tables: [], figures, claims: [], problems: [] };
  return { file, text, analysis };
}

/** Re-wraps text at `width` columns, as a markdown export or a mail client would. */
export function reflow(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}
