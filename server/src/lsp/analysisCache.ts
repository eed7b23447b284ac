// One Analysis per open document version, computed on demand and reused by every handler.
// Binary text and files above the size limit are recognised here, before the core runs.
import type { TextDocument } from "vscode-languageserver-textdocument";
import { analyzeModel } from "../core/analysis";
import { createTextModel, type TextDocumentModel } from "../core/document";
import type { Analysis } from "../core/model";
import type { AnalysisOptions } from "../core/options";

export interface FileNotice { code: "file.binary" | "file.tooLarge"; message: string }

export interface DocumentState {
  uri: string;
  version: number;
  model: TextDocumentModel;
  analysis: Analysis;
  notice: FileNotice | null;
}

export interface CacheOptions { analysis: AnalysisOptions; maxBytes: number }

const EMPTY: Analysis = { articles: [], tables: [], figures: [], claims: [], problems: [] };

export class AnalysisCache {
  private readonly states = new Map<string, DocumentState>();

  constructor(private readonly options: () => CacheOptions) {}

  get(doc: TextDocument): DocumentState {
    const cached = this.states.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const state = analyzeDocument(doc.uri, doc.version, doc.getText(), this.options());
    this.states.set(doc.uri, state);
    return state;
  }

  peek(uri: string): DocumentState | undefined {
    return this.states.get(uri);
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }

  /** Settings changed: every document is analysed again on its next request. */
  clear(): void {
    this.states.clear();
  }
}

export function analyzeDocument(uri: string, version: number, text: string, options: CacheOptions): DocumentState {
  const model = createTextModel(text);
  if (looksBinary(text)) {
    return { uri, version, model, analysis: EMPTY, notice: { code: "file.binary", message: "This file holds binary data (NUL bytes), not text: Seed Review skipped it." } };
  }
  const tooLarge = text.length > options.maxBytes;
  const analysis = analyzeModel(model, { ...options.analysis, outlineOnly: tooLarge || options.analysis.outlineOnly });
  const notice: FileNotice | null = tooLarge
    ? { code: "file.tooLarge", message: `This file is ${(text.length / 1e6).toFixed(1)} MB, above seedReview.maxFileSizeMB (${(options.maxBytes / 1e6).toFixed(1)} MB): only the outline is shown. Raise the setting to see figures and claims.` }
    : null;
  return { uri, version, model, analysis, notice };
}

function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes("\u0000");
}
