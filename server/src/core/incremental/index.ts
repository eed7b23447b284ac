// Incremental re-analysis: after an edit, analyse only a slice of articles around it and
// splice the result into the previous Analysis. The result equals analyze() of the new text;
// wherever that cannot be shown cheaply (the slice disagrees with the old analysis in its
// margins, cohesion-segmented files, edits near the end), it falls back to a wider analysis.
import { analyzeModel } from "../analysis";
import { segmentArticles } from "../articles";
import { findFeedFooters } from "../articles/feedExport";
import { createTextModel, type TextDocumentModel } from "../document";
import type { Analysis } from "../model";
import type { AnalysisOptions } from "../options";
import { pickEditWindow } from "./editWindow";
import { assignArticles, spliceArticles, spliceItems } from "./spliceAnalysis";
import { copyShifted } from "./shiftedCopy";
import { alignToLines, findChangedRegion, type TextChange } from "./textDiff";

export interface AnalyzedText { model: TextDocumentModel; analysis: Analysis }

/** How the new analysis was made: spliced, spliced with the whole file's articles segmented again, or from scratch. */
export type ReanalysisMode = "unchanged" | "incremental" | "segmented" | "full";
export interface Reanalysis extends AnalyzedText { mode: ReanalysisMode; reason: string }

// A slice above this share of the text costs about as much as the whole text.
const MAX_SLICE_SHARE = 0.5;
const CLAIM_INDEX = new Set(["article"]);

export function reanalyzeText(previous: AnalyzedText, text: string, options: AnalysisOptions): Reanalysis {
  if (previous.model.text === text) return { ...previous, mode: "unchanged", reason: "same text" };
  const model = createTextModel(text);
  const full = (reason: string): Reanalysis => ({ model, analysis: analyzeModel(model, options), mode: "full", reason });
  const change = alignToLines(findChangedRegion(previous.model.text, text), previous.model);
  const w = pickEditWindow(previous.analysis.articles, change, previous.model, model);
  if (!w) return full("the edit leaves no article untouched on either side");
  if (w.sliceEnd - w.sliceStart > text.length * MAX_SLICE_SHARE) return full("the edit covers most of the text");
  const raw = analyzeModel(createTextModel(text.slice(w.sliceStart, w.sliceEnd)), options);
  const slice = copyShifted(raw, { offset: w.sliceStart, lines: model.lineAt(w.sliceStart) });
  const old = previous.analysis;
  let mode: ReanalysisMode = "incremental";
  let reason = "articles and items spliced";
  let articles = footersChanged(previous.model, model, change) ? null : spliceArticles(old.articles, slice.articles, w);
  if (!articles) {
    articles = segmentArticles(model);
    mode = "segmented";
    reason = "article boundaries depend on text outside the slice";
  }
  if (options.outlineOnly) return { model, analysis: { ...old, articles }, mode, reason };
  const tables = spliceItems(old.tables, slice.tables, w);
  const figures = spliceItems(old.figures, slice.figures, w);
  const claims = spliceItems(old.claims, slice.claims, w, CLAIM_INDEX);
  const problems = spliceItems(old.problems, slice.problems, w);
  if (!tables || !figures || !claims || !problems) return full("the slice disagrees with the old analysis in its margins");
  // Claims fall back to bare numbers when a text has no figures at all: the slice must agree.
  if ((slice.figures.length === 0) !== (figures.length === 0)) return full("figures appeared or vanished");
  return { model, analysis: { articles, tables, figures, claims: assignArticles(claims, articles), problems }, mode, reason };
}

// Whether the file has feed footers at all decides if its last post is a truncated fragment;
// an edit that adds or removes a footer line may change that, so articles are segmented again.
function footersChanged(before: TextDocumentModel, after: TextDocumentModel, change: TextChange): boolean {
  return countFooters(before, change.start, change.oldEnd) !== countFooters(after, change.start, change.newEnd);
}

function countFooters(doc: TextDocumentModel, start: number, end: number): number {
  const lines = [];
  for (let line = doc.lineAt(start); line < doc.lineCount && doc.lineStart(line) < end; line++) {
    const text = doc.lineText(line).trim();
    if (text) lines.push({ line, text });
  }
  return findFeedFooters(lines).length;
}
