// Incremental re-analysis: after an edit, tables, figures and claims are found again only in a
// slice of articles around it (with the new text's articles, not segmenting the slice again)
// and spliced into the previous Analysis; the result equals analyze() of the new text. Article
// segmentation uses file-wide evidence (term statistics, whether the file has feed footers at
// all), so it runs on the whole new text, but from the
// previous version's segmentation state: only the edited lines are read again and only the
// statistics they change are computed again. Where the slice disagrees with the old analysis
// in its margins, the whole text is analysed again.
import { analyzeWithArticles } from "../analysis";
import { segmentDocument, type SegmentationState } from "../articles";
import { createTextModel, type TextDocumentModel, type TextSource } from "../document";
import type { Analysis } from "../model";
import type { AnalysisOptions } from "../options";
import { createEditedModel } from "./editedModel";
import { listArticlesWithin, pickEditWindow } from "./editWindow";
import { moveClaim, moveFigure, moveProblem, moveTable } from "./movedItems";
import { assignArticles, spliceItems } from "./spliceAnalysis";
import { copyShifted } from "./shiftedCopy";
import { alignToLines, findChangedRegion, toLineEdit, type TextChange } from "./textDiff";

export interface AnalyzedText {
  model: TextDocumentModel;
  analysis: Analysis;
  /** What segmenting this version left for the next one (absent after a full analysis). */
  segmentation?: SegmentationState;
}

/** How the new analysis was made: reused, items spliced (articles segmented again), or from scratch. */
export type ReanalysisMode = "unchanged" | "incremental" | "full";
export interface Reanalysis extends AnalyzedText { mode: ReanalysisMode; reason: string }

// A slice above this share of the text costs about as much as the whole text.
const MAX_SLICE_SHARE = 0.5;
const CLAIM_INDEX = new Set(["article"]);

/**
 * `known`, when given, is where the texts differ (from the editor's change ranges): no diff is
 * run, and a PieceText `text` is read only around the change (the whole text is not joined).
 */
export function reanalyzeText(previous: AnalyzedText, text: TextSource, options: AnalysisOptions, known?: TextChange): Reanalysis {
  if (known ? isNoChange(known, previous.model, text) : previous.model.text === text.toString()) return { ...previous, mode: "unchanged", reason: "same text" };
  const change = alignToLines(known ?? findChangedRegion(previous.model.text, text.toString()), previous.model);
  const model = createEditedModel(previous.model, text, change) ?? createTextModel(text.toString());
  // Articles first: the slice below is analysed with them instead of segmenting it again.
  const edit = previous.segmentation ? toLineEdit(change, previous.model, model) : undefined;
  const { articles, state } = segmentDocument(model, edit && previous.segmentation, edit);
  const full = (reason: string): Reanalysis => ({ model, analysis: analyzeWithArticles(model, articles, options), segmentation: state, mode: "full", reason });
  if (options.outlineOnly) return full("an outline is the segmentation alone");
  const w = pickEditWindow(articles, change, previous.model, model);
  if (!w) return full("the edit leaves no article untouched on either side");
  if (w.sliceEnd - w.sliceStart > text.length * MAX_SLICE_SHARE) return full("the edit covers most of the text");
  const sliceModel = createTextModel(model.slice(w.sliceStart, w.sliceEnd));
  const sliceLines = model.lineAt(w.sliceStart);
  const sliceArticles = copyShifted(listArticlesWithin(articles, w.sliceStart, w.sliceEnd), { offset: -w.sliceStart, lines: -sliceLines });
  const slice = copyShifted(analyzeWithArticles(sliceModel, sliceArticles, options), { offset: w.sliceStart, lines: sliceLines });
  const old = previous.analysis;
  const tables = spliceItems(old.tables, slice.tables, w, moveTable);
  const figures = spliceItems(old.figures, slice.figures, w, moveFigure);
  const claims = spliceItems(old.claims, slice.claims, w, moveClaim, CLAIM_INDEX);
  const problems = spliceItems(old.problems, slice.problems, w, moveProblem);
  if (!tables || !figures || !claims || !problems) return full("the slice disagrees with the old analysis in its margins");
  // Claims fall back to bare numbers when a text has no figures at all: the slice must agree.
  if ((slice.figures.length === 0) !== (figures.length === 0)) return full("figures appeared or vanished");
  return { model, analysis: { articles, tables, figures, claims: assignArticles(claims, articles), problems }, mode: "incremental", reason: "items spliced", segmentation: state };
}

/** An empty change between texts of the same length: the editor changed nothing. */
function isNoChange(change: TextChange, old: TextDocumentModel, text: TextSource): boolean {
  return change.start === change.oldEnd && change.start === change.newEnd && old.length === text.length;
}
