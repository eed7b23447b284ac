// analyze(text) -> Analysis: the one entry point of the pure core. Never throws on input;
// whatever cannot be analysed becomes a Problem.
import { createTextModel, listSentences, type TextDocumentModel } from "./document";
import { segmentDocument, type SegmentationState } from "./articles";
import { findTables } from "./tables";
import { extractFigures } from "./figures";
import { detectClaims } from "./claims";
import type { Analysis } from "./model";
import { defaultAnalysisOptions, type AnalysisOptions } from "./options";

export function analyze(text: string, options: Partial<AnalysisOptions> = {}): Analysis {
  return analyzeModel(createTextModel(text), { ...defaultAnalysisOptions, ...options });
}

export function analyzeModel(doc: TextDocumentModel, options: AnalysisOptions): Analysis {
  return analyzeWithSegmentation(doc, options).analysis;
}

/** The analysis plus the segmentation state an editor keeps, so the next edit re-segments locally. */
export function analyzeWithSegmentation(doc: TextDocumentModel, options: AnalysisOptions): { analysis: Analysis; segmentation: SegmentationState } {
  const { articles, state } = segmentDocument(doc);
  if (options.outlineOnly) return { analysis: { articles, tables: [], figures: [], claims: [], problems: [] }, segmentation: state };
  const tables = findTables(doc);
  const figures = extractFigures(doc, tables, options);
  const sentences = listSentences(doc);
  const claims = detectClaims({ doc, sentences, articles, figures, tables, options });
  return { analysis: { articles, tables, figures, claims, problems: [] }, segmentation: state };
}
