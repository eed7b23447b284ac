// The cross-file results (duplicate articles, conflicting figures) kept up to date file by file:
// each update costs about the changed part of one file plus what shares a key with it, and the
// results equal a fresh findDuplicateArticles + findFigureConflicts over the files in update order.
import type { Analysis } from "../model";
import { listCrossReferences, type CrossReferences } from "./crossReferences";
import type { DuplicateGroup } from "./duplicateMatch";
import { DuplicateIndex } from "./duplicateIndex";
import type { FigureConflict } from "./figureConflicts";
import { FigureConflictIndex } from "./figureConflictIndex";
import { findChangedRegion } from "./textDiff";

export class CorpusIndex {
  /** Text last indexed per file; the order of first updates is the input order. */
  private readonly texts = new Map<string, string>();
  private readonly duplicates = new DuplicateIndex();
  private readonly figureConflicts: FigureConflictIndex;

  /** `blockChars`: size of the blocks figure statements are redone by (tests make it small). */
  constructor(blockChars?: number) {
    this.figureConflicts = new FigureConflictIndex(blockChars);
  }

  update(file: string, text: string, analysis: Analysis): void {
    const previous = this.texts.get(file);
    const region = previous === undefined ? undefined : findChangedRegion(previous, text);
    this.texts.set(file, text);
    this.duplicates.update(file, text, analysis, region);
    this.figureConflicts.update(file, text, analysis, region);
  }

  /** A file updated again after removal comes last in the input order. */
  remove(file: string): void {
    if (!this.texts.delete(file)) return;
    this.duplicates.remove(file);
    this.figureConflicts.remove(file);
  }

  duplicateGroups(): DuplicateGroup[] {
    return this.duplicates.groups();
  }

  conflicts(): FigureConflict[] {
    return this.figureConflicts.conflicts();
  }

  crossReferences(): CrossReferences {
    return listCrossReferences(this.duplicateGroups(), this.conflicts());
  }
}
