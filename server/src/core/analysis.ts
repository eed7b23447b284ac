// analyze(text) -> Analysis: the one entry point of the pure core. Never throws on input;
// whatever cannot be analysed becomes a Problem.
import { createTextModel, listSentences, type TextDocumentModel } from "./document";
import { segmentDocument, type SegmentationState } from "./articles";
import { findTables } from "./tables";
import { extractFigures } from "./figures";
import { detectClaims } from "./claims";
import type { Analysis, Article } from "./model";
import { defaultAnalysisOptions, type AnalysisOptions } from "./options";
import { keepShape } from "./document/keptShapes";

// `{ ...defaults, ...options }` has the shape of a copy of the defaults; one such copy stays
// alive so the stages' optimised code that reads options survives between documents.
keepShape({ ...defaultAnalysisOptions });

export function analyze(text: string, options: Partial<AnalysisOptions> = {}): Analysis {
  return analyzeModel(createTextModel(text), { ...defaultAnalysisOptions, ...options });
}

export function analyzeModel(doc: TextDocumentModel, options: AnalysisOptions): Analysis {
  return analyzeWithSegmentation(doc, options).analysis;
}

/** The analysis plus the segmentation state an editor keeps, so the next edit re-segments locally. */
export function analyzeWithSegmentation(doc: TextDocumentModel, options: AnalysisOptions): { analysis: Analysis; segmentation: SegmentationState } {
  const { articles, state } = segmentDocument(doc);
  return { analysis: analyzeWithArticles(doc, articles, options), segmentation: state };
}

/**
 * The analysis of `doc` when its articles are already known: an editor's slice re-analysis
 * passes the slice's part of the whole document's segmentation instead of segmenting the
 * slice again (which would also see less file-wide evidence than the whole text gives).
 */
export function analyzeWithArticles(doc: TextDocumentModel, articles: Article[], options: AnalysisOptions): Analysis {
  if (options.outlineOnly) return { articles, tables: [], figures: [], claims: [], problems: [] };
  const tables = findTables(doc);
  const figures = extractFigures(doc, tables, options);
  const sentences = listSentences(doc);
  const claims = detectClaims({ doc, sentences, articles, figures, tables, options });
  return { articles, tables, figures, claims, problems: [] };
}
