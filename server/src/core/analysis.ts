// analyze(text) -> Analysis: the one entry point of the pure core. Never throws on input;
// whatever cannot be analysed becomes a Problem.
import { createTextModel, listSentences, type TextDocumentModel } from "./document";
import { segmentArticles } from "./articles";
import { findTables } from "./tables";
import { extractFigures } from "./figures";
import { detectClaims } from "./claims";
import type { Analysis } from "./model";
import { defaultAnalysisOptions, type AnalysisOptions } from "./options";

export function analyze(text: string, options: Partial<AnalysisOptions> = {}): Analysis {
  return analyzeModel(createTextModel(text), { ...defaultAnalysisOptions, ...options });
}

export function analyzeModel(doc: TextDocumentModel, options: AnalysisOptions): Analysis {
  const articles = segmentArticles(doc);
  if (options.outlineOnly) return { articles, tables: [], figures: [], claims: [], problems: [] };
  const tables = findTables(doc);
  const figures = extractFigures(doc, tables, options);
  const sentences = listSentences(doc);
  const claims = detectClaims({ doc, sentences, articles, figures, tables, options });
  return { articles, tables, figures, claims, problems: [] };
}
