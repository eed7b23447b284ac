// Duplicate articles and conflicting figures across the indexed files, off the typing path: an
// update only records the new text; rematch(), which the server calls once edits settle, brings
// the incremental indexes up to date for the changed files only (work ~ the edit, not the workspace).
import {
  CorpusIndex,
  type CorpusFile, type CrossReferences, type DuplicateGroup, type FigureConflict, type Place,
} from "../core/corpus";
import type { Analysis } from "../core/model";

const NO_REFS: CrossReferences = { duplicatesOf: () => [], conflictsOf: () => [] };

export class CrossFileIndex {
  private readonly files = new Map<string, CorpusFile>();
  /** Files updated since the last rematch. */
  private readonly pending = new Set<string>();
  private corpus = new CorpusIndex();
  private refs: CrossReferences = NO_REFS;
  private stale = false;

  /** Returns false when the file's text and analysis are the ones already indexed. */
  update(uri: string, text: string, analysis: Analysis): boolean {
    const known = this.files.get(uri);
    if (known && known.text === text && known.analysis === analysis) return false;
    this.files.set(uri, { file: uri, text, analysis });
    this.pending.add(uri);
    this.stale = true;
    return true;
  }

  remove(uri: string): void {
    if (!this.files.delete(uri)) return;
    // Removed now, so a file added again later takes its new place at the end of the input order.
    this.pending.delete(uri);
    this.corpus.remove(uri);
    this.stale = true;
  }

  clear(): void {
    this.files.clear();
    this.pending.clear();
    this.corpus = new CorpusIndex();
    this.refs = NO_REFS;
    this.stale = false;
  }

  textOf(uri: string): string | undefined {
    return this.files.get(uri)?.text;
  }

  get isStale(): boolean {
    return this.stale;
  }

  /** Brings the indexes up to date with the changed files; handlers answer from the previous
   * match meanwhile. */
  rematch(): void {
    for (const [uri, { text, analysis }] of this.files) {
      if (!this.pending.has(uri)) continue;
      this.corpus.update(uri, text, analysis);
    }
    this.pending.clear();
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
