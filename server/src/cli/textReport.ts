// The readable outline printed by `analyze --format text`.
import type { CrossReferences } from "../core/corpus";
import type { Analysis } from "../core/model";
import { formatTextCell, quoteCsvField } from "../review/export/spreadsheetSafety";

export function formatTextReport(file: string, analysis: Analysis, refs?: CrossReferences): string {
  const lines = [`${file}: ${analysis.articles.length} articles, ${analysis.figures.length} figures, ${analysis.claims.length} claims`];
  const figuresPer = countFiguresPerArticle(analysis);
  const claimsPer = new Array<number>(analysis.articles.length).fill(0);
  for (const c of analysis.claims) if (c.article >= 0 && c.article < claimsPer.length) claimsPer[c.article]++;
  analysis.articles.forEach((a, i) => {
    const from = a.range.start.line + 1, to = a.range.end.line + 1;
    const figures = figuresPer[i], claims = claimsPer[i];
    lines.push(`  ${String(i + 1).padStart(2)}. ${a.title}${a.titleIsDerived ? " (untitled)" : ""}  [lines ${from}-${to}; ${figures} figures, ${claims} claims]`);
    for (const s of a.sections) lines.push(`        § ${s.title}  [line ${s.range.start.line + 1}]`);
    for (const copy of refs?.duplicatesOf(file, i) ?? []) lines.push(`        also in ${copy.file}:${copy.range.start.line + 1}`);
  });
  analysis.figures.forEach((f, i) => {
    const others = refs?.conflictsOf(file, i) ?? [];
    if (others.length) lines.push(`  ! line ${f.range.start.line + 1}: ${f.text} disagrees with ${others.map((o) => `${o.file}:${o.range.start.line + 1}`).join(", ")}`);
  });
  return lines.join("\n");
}

export function formatFiguresCsv(rows: { file: string; analysis: Analysis }[]): string {
  const out = ["file,line,character,text,value,valueHigh,unit,dimension,qualifier,article"];
  for (const { file, analysis } of rows) {
    const articleAt = createArticleCursor(analysis);
    for (const f of analysis.figures) {
      const index = articleAt(f.span.start);
      const article = index >= 0 ? analysis.articles[index].title : "";
      // A figure's own text is our grammar's match (digits, signs, units): "-5%" stays as it is.
      const cells = [file, f.range.start.line + 1, f.range.start.character + 1].map(formatTextCell);
      cells.push(quoteCsvField(f.text), ...[f.value, f.valueHigh, f.unit, f.dimension, f.qualifier, article].map(formatTextCell));
      out.push(cells.join(","));
    }
  }
  return out.join("\n");
}

function countFiguresPerArticle(analysis: Analysis): number[] {
  const counts = new Array<number>(analysis.articles.length).fill(0);
  const articleAt = createArticleCursor(analysis);
  for (const f of analysis.figures) {
    const index = articleAt(f.span.start);
    if (index >= 0) counts[index]++;
  }
  return counts;
}

/** Index of the article holding each offset (-1: none), for offsets asked in increasing order (figures are sorted): one walk, not a search per figure. */
function createArticleCursor(analysis: Analysis): (offset: number) => number {
  let i = 0;
  return (offset) => {
    const articles = analysis.articles;
    while (i < articles.length && articles[i].span.end <= offset) i++;
    return i < articles.length && articles[i].span.start <= offset ? i : -1;
  };
}
