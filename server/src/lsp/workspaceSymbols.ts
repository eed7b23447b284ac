// Go to Symbol in Workspace: articles and sections of every indexed corpus file, matched by
// a case-insensitive subsequence of the query (as VS Code's own fuzzy filter does).
import { SymbolKind, type SymbolInformation } from "vscode-languageserver";
import type { IndexEntry } from "./workspaceIndex";

export function buildWorkspaceSymbols(entries: IndexEntry[], query: string, limit = 500): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const entry of entries) {
    for (const article of entry.articles) {
      if (matchesQuery(article.title, query)) out.push({ name: article.title, kind: SymbolKind.Module, location: { uri: entry.uri, range: article.range }, containerName: entry.label });
      for (const section of article.sections) {
        if (matchesQuery(section.title, query)) out.push({ name: section.title, kind: SymbolKind.String, location: { uri: entry.uri, range: section.range }, containerName: article.title });
      }
      if (out.length >= limit) return out;
    }
  }
  return out;
}

export function matchesQuery(name: string, query: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, "");
  if (!q) return true;
  const n = name.toLowerCase();
  let i = 0;
  for (const ch of n) if (ch === q[i] && ++i === q.length) return true;
  return false;
}
