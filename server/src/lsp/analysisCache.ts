// One Analysis per open document version, computed on demand and reused by every handler.
// A new version is analysed incrementally from the previous one (core/incremental): only the
// articles around the edit are analysed again. Binary text and files above the size limit are
// recognised here, before the core runs.
import type { TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { analyzeWithSegmentation } from "../core/analysis";
import { createTextModel, type TextDocumentModel, type TextSource } from "../core/document";
import type { EditableDocument } from "./editableDocument";
import { reanalyzeText, type ReanalysisMode } from "../core/incremental";
import { addEdit, startRegion, toTextChange, type EditedRegion } from "../core/incremental/editedRegion";
import type { TextChange } from "../core/incremental/textDiff";
import type { SegmentationState } from "../core/articles";
import type { Analysis } from "../core/model";
import type { AnalysisOptions } from "../core/options";

export interface FileNotice { code: "file.binary" | "file.tooLarge"; message: string }

export interface DocumentState {
  uri: string;
  version: number;
  model: TextDocumentModel;
  analysis: Analysis;
  notice: FileNotice | null;
  /** How this version was analysed (for logs and the benchmark). */
  mode?: ReanalysisMode;
  /** Segmentation state the next version is re-segmented from (core/incremental). */
  segmentation?: SegmentationState;
  /** How long analysing this version took: the server waits for the next edits accordingly. */
  elapsedMs?: number;
}

export interface CacheOptions { analysis: AnalysisOptions; maxBytes: number }

const EMPTY: Analysis = { articles: [], tables: [], figures: [], claims: [], problems: [] };

export class AnalysisCache {
  private readonly states = new Map<string, DocumentState>();
  /** The options each state was made with (JSON): a state made with other options is neither
   * served nor a base for the next version, so a settings reload that changes nothing the
   * analysis reads keeps every open document's analysis (a 5 MB file's costs half a second). */
  private readonly optionsOf = new WeakMap<DocumentState, string>();

  /** Where each document changed since its stored state's text, from the editor's change
   * ranges (null after a whole-text change: the next analysis diffs the texts instead). */
  private readonly regions = new Map<string, EditedRegion | null>();

  constructor(private readonly options: () => CacheOptions) {}

  /** Called with each content change before `doc` applies it (positions are in its current text). */
  noteChange(doc: EditableDocument, change: TextDocumentContentChangeEvent): void {
    const region = this.regions.get(doc.uri);
    if (!region) return;
    if (!("range" in change)) return void this.regions.set(doc.uri, null);
    const a = doc.offsetAt(change.range.start), b = doc.offsetAt(change.range.end);
    this.regions.set(doc.uri, addEdit(region, Math.min(a, b), Math.abs(b - a), change.text.length));
  }

  get(doc: EditableDocument): DocumentState {
    const options = this.options();
    const key = JSON.stringify(options);
    const stored = this.states.get(doc.uri);
    const cached = stored && this.optionsOf.get(stored) === key ? stored : undefined;
    if (cached && cached.version === doc.version) return cached;
    const started = performance.now();
    // Read in parts around the edit; the whole text is joined only by what needs all of it.
    const text = doc.source;
    const known = cached ? toTextChange(this.regions.get(doc.uri) ?? undefined, cached.model.length, text.length) : undefined;
    const state = analyzeDocument(doc.uri, doc.version, text, options, cached, known);
    state.elapsedMs = performance.now() - started;
    this.states.set(doc.uri, state);
    this.regions.set(doc.uri, startRegion(text.length));
    this.optionsOf.set(state, key);
    return state;
  }

  peek(uri: string): DocumentState | undefined {
    return this.states.get(uri);
  }

  delete(uri: string): void {
    this.states.delete(uri);
    this.regions.delete(uri);
  }

  /** Every document is analysed again (from scratch) on its next request. */
  clear(): void {
    this.states.clear();
    this.regions.clear();
  }
}

/** Analyses one version; with `previous` (an older version of the same document, same settings)
 * only what the edit touched; `known` is where the texts differ, when the editor's changes told. */
export function analyzeDocument(uri: string, version: number, text: TextSource, options: CacheOptions, previous?: DocumentState, known?: TextChange): DocumentState {
  if (looksBinary(text)) {
    return { uri, version, model: createTextModel(text.toString()), analysis: EMPTY, notice: { code: "file.binary", message: "This file holds binary data (NUL bytes), not text: Seed Review skipped it." } };
  }
  const tooLarge = text.length > options.maxBytes;
  const analysisOptions = { ...options.analysis, outlineOnly: tooLarge || options.analysis.outlineOnly };
  const notice: FileNotice | null = tooLarge
    ? { code: "file.tooLarge", message: `This file is ${(text.length / 1e6).toFixed(1)} MB, above seedReview.maxFileSizeMB (${(options.maxBytes / 1e6).toFixed(1)} MB): only the outline is shown. Raise the setting to see figures and claims.` }
    : null;
  // The previous analysis is only a base when it was made with the same options.
  if (previous && (previous.notice?.code ?? null) === (notice?.code ?? null)) {
    const next = reanalyzeText(previous, text, analysisOptions, known);
    return { uri, version, model: next.model, analysis: next.analysis, notice, mode: next.mode, segmentation: next.segmentation };
  }
  const model = createTextModel(text.toString());
  return { uri, version, model, ...analyzeWithSegmentation(model, analysisOptions), notice, mode: "full" };
}

function looksBinary(text: TextSource): boolean {
  return text.slice(0, 8192).includes("\u0000");
}
