// Data for the client's tree views: a file's articles with their claims and review state,
// and the workspace's figures (optionally filtered by unit, dimension or text).
import type { DocumentState } from "./analysisCache";
import type { FigureRow, ReviewTreeArticle } from "./protocolExtensions";
import { tagOfClaim, type ReviewView } from "./reviewView";
import type { IndexEntry } from "./workspaceIndex";

export function buildReviewTree(state: DocumentState, review: ReviewView): ReviewTreeArticle[] {
  const tree: ReviewTreeArticle[] = state.analysis.articles.map((article) => ({ title: article.title, range: article.range, claims: [] }));
  for (const c of state.analysis.claims) {
    const tag = tagOfClaim(review, c.span);
    tree[c.article]?.claims.push({ text: c.text, range: c.range, kind: c.kind, tag: tag?.tag ?? null, note: tag?.note });
  }
  return tree;
}

export function buildFigureRows(entries: IndexEntry[], filter = ""): FigureRow[] {
  const needle = filter.trim().toLowerCase();
  const rows: FigureRow[] = [];
  for (const entry of entries) {
    for (const f of entry.figures) {
      const article = entry.articles.find((a) => a.range.start.line <= f.range.start.line && f.range.start.line <= a.range.end.line)?.title ?? "";
      const row: FigureRow = { uri: entry.uri, file: entry.label, article, text: f.text, value: f.value, unit: f.unit, dimension: f.dimension, range: f.range };
      if (!needle || [f.unit, f.dimension, f.text, article].some((s) => s.toLowerCase().includes(needle))) rows.push(row);
    }
  }
  return rows;
}
