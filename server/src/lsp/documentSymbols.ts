// Outline: article > section > table, so the Outline view, breadcrumbs, sticky scroll and
// Go to Symbol show the articles of a multi-article dump.
import { DocumentSymbol, SymbolKind } from "vscode-languageserver";
import type { Analysis, Article, Range, Table } from "../core/model";
import { contains } from "./spans";

export function buildDocumentSymbols(analysis: Analysis): DocumentSymbol[] {
  const claimCounts = new Array<number>(analysis.articles.length).fill(0);
  for (const claim of analysis.claims) if (claim.article >= 0) claimCounts[claim.article]++;
  let nextTable = 0;
  return analysis.articles.map((article, index) => {
    // Tables and articles are both in document order: hand each article its own run of tables.
    const tables: Table[] = [];
    while (nextTable < analysis.tables.length && analysis.tables[nextTable].span.start < article.span.end) {
      if (contains(article.span, analysis.tables[nextTable].span.start)) tables.push(analysis.tables[nextTable]);
      nextTable++;
    }
    return articleSymbol(article, index, claimCounts[index], tables);
  });
}

function articleSymbol(article: Article, index: number, claims: number, tables: Table[]): DocumentSymbol {
  const children: DocumentSymbol[] = article.sections.map((section) => ({
    name: section.title || "(section)",
    kind: SymbolKind.String,
    range: section.range,
    selectionRange: firstLineOf(section.range),
    children: tables.filter((t) => contains(section.span, t.span.start)).map(tableSymbol),
  }));
  const tablesOutsideSections = tables.filter((t) => !article.sections.some((s) => contains(s.span, t.span.start)));
  children.push(...tablesOutsideSections.map(tableSymbol));
  children.sort((a, b) => a.range.start.line - b.range.start.line);
  return {
    name: article.title || `Article ${index + 1}`,
    detail: `${article.titleIsDerived ? "untitled · " : ""}${claims} claims`,
    kind: SymbolKind.Module,
    range: article.range,
    selectionRange: article.titleRange ?? firstLineOf(article.range),
    children,
  };
}

function tableSymbol(table: Table): DocumentSymbol {
  const headers = table.columnHeaders.filter(Boolean).slice(0, 4).join(" | ");
  return {
    name: `Table: ${headers || `${table.rows.length} rows`}`,
    detail: `${table.rows.length} rows × ${table.columnHeaders.length} columns`,
    kind: SymbolKind.Struct,
    range: table.range,
    selectionRange: firstLineOf(table.range),
  };
}

/** The selection range must lie inside the full range: use the start of its first line. */
function firstLineOf(range: Range): Range {
  const end = range.end.line === range.start.line ? range.end : { line: range.start.line, character: range.start.character };
  return { start: range.start, end };
}
