// Language server wiring: capabilities, document sync, settings, and one handler per feature.
// Every handler gets the cached Analysis for (uri, version), maps it, and returns.
import {
  CodeActionKind, CodeLensRefreshRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, LSPErrorCodes, type CancellationToken, ResponseError,
  TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult, type Position,
} from "vscode-languageserver";
import { fileURLToPath } from "node:url";
import { relative } from "node:path";
import { AnalysisCache, type DocumentState } from "./analysisCache";
import { BackgroundRun } from "./backgroundRun";
import { buildCodeActions } from "./codeActions";
import { buildCodeLenses, summarizeArticles } from "./codeLens";
import { SERVER_COMMANDS } from "./commandNames";
import { Debouncer } from "./debouncer";
import { findUnreviewedClaim } from "./claimNavigation";
import { EditableDocument } from "./editableDocument";
import type { Claim } from "../core/model";
import { findCopyTags } from "./copyTags";
import { buildCrossFileDiagnostics, placeLabel, type CrossFileLookup } from "./crossFileDiagnostics";
import { buildDiagnostics } from "./diagnostics";
import { ReadingFocus } from "./readingFocus";
import { buildDocumentLinks } from "./documentLinks";
import { buildDocumentSymbols } from "./documentSymbols";
import { runServerCommand } from "./executeCommand";
import { buildFoldingRanges } from "./folding";
import { buildHover } from "./hover";
import { buildInlayHints } from "./inlayHints";
import { figuresRequest, unreviewedClaimRequest, progressNotification, reviewTreeRequest } from "./protocolExtensions";
import { buildFigureRows, buildReviewTree } from "./reviewTree";
import type { ReviewPort } from "./reviewPort";
import { EMPTY_REVIEW, type ReviewView } from "./reviewView";
import { requirePosition, requireRange } from "./positions";
import { buildSelectionRanges } from "./selectionRanges";
import { buildSemanticTokens, TOKEN_LEGEND } from "./semanticTokens";
import { defaultSettings, parseSettings, type Settings } from "./settings";
import { matchesScope, WorkspaceIndex, type IndexScope } from "./workspaceIndex";
import { buildWorkspaceSymbols } from "./workspaceSymbols";

export interface ServerDependencies {
  /** Creates the review store once the workspace roots are known. */
  createReviewPort: (roots: string[], settings: () => Settings, log: (message: string) => void, trusted: boolean) => ReviewPort;
}

/** Diagnostics wait this long after the last edit; a document whose last analysis was quick
 * waits less (twice that time, at least MIN), so a burst of keystrokes results in one analysis. */
const DIAGNOSTICS_DELAY_MS = 200;
const MIN_DIAGNOSTICS_DELAY_MS = 50;
/** An edit is analysed at once (no run pending) when the last analysis was this short: a small
 * file, or an incremental one in a large file (its cost follows the edit). An incremental one
 * shorter than the debounce delay is never debounced: waiting would cost more than it saves (the
 * first incremental runs, before their code is compiled, take ~100-150 ms; later ones ~10 ms).
 * Edits arriving during an analysis are all handled before the next one starts, so they still
 * coalesce; a slow full analysis is debounced instead. */
const QUICK_ANALYSIS_MS = 50;
const QUICK_INCREMENTAL_MS = DIAGNOSTICS_DELAY_MS;
const REMATCH_DELAY_MS = 600;
/** Capped diagnostics follow the reader after this pause, so scrolling does not republish each step. */
const FOLLOW_READER_DELAY_MS = 150;

export function startServer(connection: Connection, deps: ServerDependencies): void {
  let settings: Settings = defaultSettings;
  let roots: string[] = [];
  let supportsConfiguration = false;
  let editNoteInClient = false;
  let supportsRefresh = false;
  let trusted = true;
  let review: ReviewPort | null = null;
  const index = new WorkspaceIndex();
  const cache = new AnalysisCache(() => ({
    analysis: { includeOptionalFigures: settings.figures.optionalTier, minClaimConfidence: settings.claims.minConfidence, outlineOnly: false },
    maxBytes: settings.maxFileSizeMB * 1e6,
  }));
  // Each change is applied on its own, so its range is read against the text it applies to,
  // and the cache learns where the text changed (the edit path then need not diff the texts).
  const focus = new ReadingFocus();
  const documents = new TextDocuments<EditableDocument>({
    create: EditableDocument.create,
    update: (doc, changes, version) => {
      for (const change of changes) {
        cache.noteChange(doc, change);
        // The edit's own publish follows, so a move of the shown diagnostics needs no extra one.
        if ("range" in change) focus.note(doc.uri, doc.offsetAt(change.range.start));
        doc.update([change], version);
      }
      return doc;
    },
  });
  const log = (message: string) => connection.console.log(message);

  /** The analysis for a request; a request cancelled while it waited is not worked on. */
  const stateOf = (uri: string, token?: CancellationToken): DocumentState => {
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, "Seed Review: request cancelled");
    const doc = documents.get(uri);
    if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `Seed Review: ${uri} is not open`);
    return cache.get(doc);
  };
  const reviewOf = (uri: string): ReviewView => {
    const doc = documents.get(uri);
    if (!review || !doc) return EMPTY_REVIEW;
    try { return review.view(uri, cache.get(doc).model); } catch (e) { return { ...EMPTY_REVIEW, error: String((e as Error).message ?? e) }; }
  };
  const labelOf = (uri: string): string => {
    try {
      const path = fileURLToPath(uri);
      const root = roots.find((r) => path.startsWith(r));
      return root ? relative(root, path) : path;
    } catch { return uri; }
  };

  const publish = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return;
    try {
      const state = cache.get(doc);
      const view = reviewOf(uri);
      if (index.update(uri, labelOf(uri), state.model, state.analysis, true)) rematchLater.schedule("all");
      const claims = buildDiagnostics(uri, state, view, settings, copyTagsOf(uri), focus.offsetOf(uri));
      focus.setShown(uri, claims.shown);
      const diagnostics = [...claims.diagnostics, ...buildCrossFileDiagnostics(state, crossFileLookup(uri))];
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
      const totals = summarizeArticles(state, view);
      void connection.sendNotification(progressNotification, {
        uri,
        claims: totals.reduce((n, t) => n + t.claims, 0),
        reviewed: totals.reduce((n, t) => n + t.reviewed, 0),
        disputed: totals.reduce((n, t) => n + t.disputed, 0),
        orphans: view.orphans.length,
      });
      // The next change's range is read against the document's line offsets, which it builds on
      // first use by scanning the whole text (~30 ms for 5 MB): build them now, not on a keystroke.
      doc.positionAt(0);
    } catch (e) {
      connection.console.error(`Seed Review: diagnostics for ${uri} failed: ${(e as Error).stack ?? e}`);
    }
  };
  const debouncer = new Debouncer(DIAGNOSTICS_DELAY_MS, publish);
  /** A request at a place in the document: when the reader left the shown claims, they follow. */
  const noteReading = (uri: string, position: Position) => {
    const doc = documents.get(uri);
    if (doc && focus.note(uri, doc.offsetAt(position)) && !debouncer.isPending(uri)) debouncer.schedule(uri, FOLLOW_READER_DELAY_MS);
  };
  // The time of the document's last analysis, whichever handler asked for it, predicts the next.
  const scheduleAfterEdit = (uri: string) => {
    const last = cache.peek(uri);
    const lastMs = last?.elapsedMs ?? DIAGNOSTICS_DELAY_MS;
    const quick = lastMs <= QUICK_ANALYSIS_MS || (last?.mode === "incremental" && lastMs <= QUICK_INCREMENTAL_MS);
    if (quick && !debouncer.isPending(uri)) return debouncer.scheduleSoon(uri);
    debouncer.schedule(uri, Math.round(Math.min(DIAGNOSTICS_DELAY_MS, Math.max(MIN_DIAGNOSTICS_DELAY_MS, 2 * lastMs))));
  };
  const crossFileLookup = (uri: string): CrossFileLookup => ({
    duplicatesOf: (i) => index.crossFile.duplicatesOf(uri, i),
    conflictsOf: (i) => index.crossFile.conflictsOf(uri, i),
    labelOf: (other) => index.labelOf(other) ?? labelOf(other),
  });
  // One lookup per document and request: each copy's review is read once, not once per claim.
  const copyTagsOf = (uri: string) => {
    const copies = new Map<string, { text: string; view: ReviewView } | null>();
    const reviewOfCopy = (other: string) => {
      if (!copies.has(other)) {
        const text = documents.get(other)?.getText() ?? index.crossFile.textOf(other);
        copies.set(other, text === undefined || !review ? null : { text, view: review.view(other, text) });
      }
      return copies.get(other)!;
    };
    return (claim: Claim) => findCopyTags(claim, { duplicatesOf: (i) => index.crossFile.duplicatesOf(uri, i), reviewOfCopy });
  };
  // Cross-file matching runs after edits settle, a few steps per event-loop turn; an edit stops
  // it (the edit's diagnostics never wait for it) and it goes on once edits settle again.
  const rematchRun = new BackgroundRun();
  const rematchLater = new Debouncer(REMATCH_DELAY_MS, () => {
    if (!index.crossFile.isStale || rematchRun.isRunning) return;
    const started = performance.now();
    let long = false;
    rematchRun.start(index.crossFile.rematchSteps(), {
      paused: () => { long = true; log("Seed Review: matching articles and figures across files…"); },
      done: () => {
        if (long) log(`Seed Review: matched across files in ${Math.round(performance.now() - started)} ms`);
        for (const doc of documents.all()) debouncer.schedule(doc.uri, 0);
        refreshCodeLenses();
      },
      failed: (e) => connection.console.error(`Seed Review: cross-file matching failed: ${(e as Error).stack ?? e}`),
    });
  });
  const stopRematchForEdit = () => { if (rematchRun.cancel()) rematchLater.schedule("all"); };
  const refreshCodeLenses = () => void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  const refreshViews = () => {
    for (const doc of documents.all()) debouncer.schedule(doc.uri, 0);
    refreshCodeLenses();
    if (supportsRefresh) connection.languages.semanticTokens.refresh();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    supportsConfiguration = !!params.capabilities.workspace?.configuration;
    supportsRefresh = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
    const init = (params.initializationOptions ?? {}) as { editNoteInClient?: boolean; trusted?: boolean };
    editNoteInClient = !!init.editNoteInClient;
    // Clients that know about workspace trust say so; others (Neovim, tests) are trusted.
    trusted = init.trusted !== false;
    roots = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (!roots.length && params.rootUri) roots = [fileURLToPath(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: "Seed Review" },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        semanticTokensProvider: { legend: TOKEN_LEGEND, full: true, range: false },
        inlayHintProvider: true,
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: "seed-review", version: "0.1.0" },
    };
  });

  connection.onInitialized(async () => {
    if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: "seedReview" });
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.review.json" }, { globPattern: "**/*.txt" }] }).catch(() => undefined);
    await loadSettings();
    review = deps.createReviewPort(roots, () => settings, log, trusted);
    refreshViews();
    void rebuildIndex();
  });

  const loadSettings = async () => {
    if (!supportsConfiguration) return;
    const raw = await connection.workspace.getConfiguration("seedReview").catch(() => ({}));
    const { settings: parsed, problems } = parseSettings(raw);
    settings = parsed;
    if (problems.length) void connection.window.showWarningMessage(`Seed Review: invalid settings, defaults used instead — ${problems.join("; ")}`);
    // The cache itself drops analyses made with other analysis options (AnalysisCache.get).
  };

  const indexScope = (): IndexScope => ({
    roots, include: settings.include, exclude: settings.exclude, maxBytes: settings.maxFileSizeMB * 1e6,
    options: { includeOptionalFigures: settings.figures.optionalTier, minClaimConfidence: settings.claims.minConfidence, outlineOnly: false },
  });
  let indexGeneration = 0;
  const rebuildIndex = async () => {
    const generation = ++indexGeneration;
    rematchRun.cancel();
    const progress = await connection.window.createWorkDoneProgress().catch(() => null);
    progress?.begin("Seed Review: indexing corpus files", 0, undefined, true);
    await index.rebuild(indexScope(), (done, total) => progress?.report(Math.round((100 * done) / total), `${done}/${total} files`), () => generation !== indexGeneration || !!progress?.token.isCancellationRequested);
    for (const doc of documents.all()) { const state = cache.get(doc); index.update(doc.uri, labelOf(doc.uri), state.model, state.analysis, true); }
    // Matching waits for a pause in typing like any rematch, and runs in steps.
    rematchLater.schedule("all");
    for (const doc of documents.all()) debouncer.schedule(doc.uri, 0);
    progress?.done();
    log(`Seed Review: indexed ${index.all().length} corpus files`);
  };

  connection.onDidChangeConfiguration(async () => {
    await loadSettings();
    refreshViews();
    void rebuildIndex();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      if (change.uri.endsWith(".review.json")) {
        // Any open document may show this file's tags (its own, or a copy's): refresh them all.
        for (const doc of documents.all()) { review?.invalidate(doc.uri); debouncer.schedule(doc.uri, 0); }
      } else if (change.type === FileChangeType.Deleted) {
        index.remove(change.uri);
        rematchLater.schedule("all");
      } else if (!documents.get(change.uri)) {
        const path = safePath(change.uri);
        const relativePath = labelOf(change.uri);
        if (path && matchesScope(relativePath, indexScope())) void index.indexFile(path, relativePath, indexScope()).then(() => rematchLater.schedule("all"));
      }
    }
    refreshCodeLenses();
  });

  // TextDocuments reports an open as a content change too: that one must not delay the first analysis.
  const opening = new Set<string>();
  documents.onDidOpen(({ document }) => { opening.add(document.uri); debouncer.scheduleSoon(document.uri); });
  documents.onDidChangeContent(({ document }) => {
    if (opening.delete(document.uri)) return;
    stopRematchForEdit();
    scheduleAfterEdit(document.uri);
  });
  documents.onDidClose(({ document }) => {
    debouncer.cancel(document.uri);
    cache.delete(document.uri);
    focus.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(({ textDocument }, token) => buildDocumentSymbols(stateOf(textDocument.uri, token).analysis));
  connection.onFoldingRanges(({ textDocument }, token) => { const s = stateOf(textDocument.uri, token); return buildFoldingRanges(s.model, s.analysis); });
  connection.onSelectionRanges(({ textDocument, positions }, token) => { const s = stateOf(textDocument.uri, token); return buildSelectionRanges(s.model, s.analysis, positions.map(requirePosition)); });
  connection.onDocumentLinks(({ textDocument }, token) => buildDocumentLinks(stateOf(textDocument.uri, token).model));
  connection.onWorkspaceSymbol(({ query }) => buildWorkspaceSymbols(index.all(), query));
  connection.onHover(({ textDocument, position }, token) => {
    noteReading(textDocument.uri, requirePosition(position));
    return buildHover({
      state: stateOf(textDocument.uri, token),
      review: reviewOf(textDocument.uri),
      sameQuantity: (f) => index.sameQuantity(textDocument.uri, f),
      conflictsOf: (i) => index.crossFile.conflictsOf(textDocument.uri, i).map((p) => ({ uri: p.file, label: placeLabel(crossFileLookup(textDocument.uri), p), line: p.range.start.line })),
      copyTagsOf: copyTagsOf(textDocument.uri),
    }, requirePosition(position));
  });
  connection.onCodeAction((params, token) => {
    noteReading(params.textDocument.uri, requireRange(params.range).start);
    return buildCodeActions({ ...params, range: requireRange(params.range) }, stateOf(params.textDocument.uri, token), reviewOf(params.textDocument.uri), editNoteInClient, copyTagsOf(params.textDocument.uri));
  });
  connection.onCodeLens(({ textDocument }, token) => buildCodeLenses(textDocument.uri, stateOf(textDocument.uri, token), reviewOf(textDocument.uri), crossFileLookup(textDocument.uri)));
  connection.languages.semanticTokens.on(({ textDocument }, token) => settings.figures.semanticTokens ? buildSemanticTokens(stateOf(textDocument.uri, token)) : { data: [] });
  // Editors ask for inlay hints of the visible lines: also when the hints are off, it says where the reader is.
  connection.languages.inlayHint.on(({ textDocument, range }, token) => {
    const visible = requireRange(range);
    noteReading(textDocument.uri, { line: (visible.start.line + visible.end.line) >> 1, character: 0 });
    return settings.figures.inlayHints ? buildInlayHints(stateOf(textDocument.uri, token), visible) : [];
  });
  connection.onRequest(reviewTreeRequest, ({ uri }, token) => buildReviewTree(stateOf(uri, token), reviewOf(uri)));
  connection.onRequest(figuresRequest, ({ filter }) => buildFigureRows(index.all(), filter));
  connection.onRequest(unreviewedClaimRequest, ({ uri, position, direction, inclusive }, token) =>
    findUnreviewedClaim(stateOf(uri, token), reviewOf(uri), { position: requirePosition(position), direction: direction === -1 ? -1 : 1, inclusive }));
  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (!review) throw new ResponseError(ErrorCodes.ServerNotInitialized, "Seed Review: the review store is not ready yet");
    const result = await runServerCommand(command, args ?? [], { documents, stateOf, review, settings });
    // Copies of the tagged article in other open documents show the new tag too.
    if (result.touched.length) for (const doc of documents.all()) debouncer.schedule(doc.uri, 0);
    refreshCodeLenses();
    return result.value;
  });

  connection.onShutdown(() => { debouncer.dispose(); rematchLater.dispose(); rematchRun.cancel(); });
  documents.listen(connection);
  connection.listen();
}

function safePath(uri: string): string | null {
  try { return fileURLToPath(uri); } catch { return null; }
}
