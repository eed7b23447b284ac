// Duplicate articles and conflicting figures across the indexed files, off the typing path: an
// update only records the new text; rematchSteps(), which the server runs once edits settle, a
// few steps per event-loop turn, brings the incremental indexes up to date for the changed files
// only (work ~ the edit, not the workspace), a long new file in steps of its own (crossFileSteps).
import {
  CorpusIndex,
  type CrossReferences, type DuplicateGroup, type FigureConflict, type Place,
} from "../core/corpus";
import type { Analysis } from "../core/model";
import { listIndexSteps, type IndexedText } from "./crossFileSteps";
import { readDocumentText, type DocumentText } from "./documentText";

/** A file as updated: its text is read when matching runs (after typing settles), not before. */
interface UpdatedFile { file: string; source: DocumentText; analysis: Analysis }


const NO_REFS: CrossReferences = { duplicatesOf: () => [], conflictsOf: () => [] };

export class CrossFileIndex {
  private readonly files = new Map<string, UpdatedFile>();
  /** Files updated since the last rematch. */
  private readonly pending = new Set<string>();
  /** What the corpus index holds per file: a prefix while a stepped update is unfinished. */
  private readonly indexed = new Map<string, IndexedText>();
  private corpus = new CorpusIndex();
  private refs: CrossReferences = NO_REFS;
  private stale = false;

  /** Returns false when the file's text and analysis are the ones already indexed. */
  update(uri: string, text: DocumentText, analysis: Analysis): boolean {
    const known = this.files.get(uri);
    if (known && known.analysis === analysis && known.source === text) return false;
    this.files.set(uri, { file: uri, source: text, analysis });
    this.pending.add(uri);
    this.stale = true;
    return true;
  }

  remove(uri: string): void {
    if (!this.files.delete(uri)) return;
    // Removed now, so a file added again later takes its new place at the end of the input order.
    this.pending.delete(uri);
    this.indexed.delete(uri);
    this.corpus.remove(uri);
    this.stale = true;
  }

  clear(): void {
    this.files.clear();
    this.pending.clear();
    this.indexed.clear();
    this.corpus = new CorpusIndex();
    this.refs = NO_REFS;
    this.stale = false;
  }

  textOf(uri: string): string | undefined {
    const entry = this.files.get(uri);
    return entry && readDocumentText(entry.source);
  }

  get isStale(): boolean {
    return this.stale;
  }

  /** Brings the indexes up to date with the changed files at once (tests, the CLI-like paths). */
  rematch(): void {
    for (const _ of this.rematchSteps()) { /* every step */ }
  }

  /**
   * The same in steps of a few milliseconds: the caller may stop between any two and start a
   * new run later, which goes on from what the index holds. Handlers answer from the previous
   * match until the last step. A file updated meanwhile is taken again in its new version.
   */
  *rematchSteps(): Generator<void, void, void> {
    while (this.pending.size > 0) {
      // Input order is the order of first updates (the files map's order), as in one rematch.
      for (const [uri, entry] of [...this.files]) {
        if (!this.pending.has(uri)) continue;
        const text = readDocumentText(entry.source);
        for (const step of listIndexSteps(this.indexed.get(uri), text, entry.analysis)) {
          if (this.files.get(uri) !== entry) break;
          this.corpus.update(uri, step.text, step.analysis);
          this.indexed.set(uri, { text, cut: step.text.length });
          if (step.text === text) this.pending.delete(uri);
          yield;
        }
      }
    }
    this.refs = this.corpus.crossReferences();
    this.stale = false;
  }

  /** The current groups and conflicts (as of the last rematch). */
  results(): { groups: DuplicateGroup[]; conflicts: FigureConflict[] } {
    return { groups: this.corpus.duplicateGroups(), conflicts: this.corpus.conflicts() };
  }

  duplicatesOf(uri: string, articleIndex: number): Place[] {
    return this.refs.duplicatesOf(uri, articleIndex);
  }

  conflictsOf(uri: string, figureIndex: number): Place[] {
    return this.refs.conflictsOf(uri, figureIndex);
  }
}
