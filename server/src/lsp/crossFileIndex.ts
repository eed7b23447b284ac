// Cross-file results for the workspace: duplicate articles and disagreeing figures, from the
// signatures of every indexed file. Matching is cheap next to signing, so a file change
// re-signs that file only; the match over all files is redone lazily, after edits settle.
import {
  findFigureConflicts, listCrossReferences, matchDuplicates, signArticles,
  type ArticleSignature, type CorpusFile, type CrossReferences, type Place,
} from "../core/corpus";
import type { Analysis } from "../core/model";

const NO_REFS: CrossReferences = { duplicatesOf: () => [], conflictsOf: () => [] };

export class CrossFileIndex {
  private readonly files = new Map<string, { file: CorpusFile; signatures: ArticleSignature[] }>();
  private refs: CrossReferences = NO_REFS;
  private stale = false;

  /** Returns false when the file's text and analysis are the ones already indexed. */
  update(uri: string, text: string, analysis: Analysis): boolean {
    const known = this.files.get(uri);
    if (known && known.file.text === text && known.file.analysis === analysis) return false;
    this.files.set(uri, { file: { file: uri, text, analysis }, signatures: signArticles(uri, text, analysis) });
    this.stale = true;
    return true;
  }

  remove(uri: string): void {
    if (this.files.delete(uri)) this.stale = true;
  }

  clear(): void {
    this.files.clear();
    this.refs = NO_REFS;
    this.stale = false;
  }

  textOf(uri: string): string | undefined {
    return this.files.get(uri)?.file.text;
  }

  get isStale(): boolean {
    return this.stale;
  }

  /** Re-matches every file; the handlers keep answering from the previous match meanwhile. */
  rematch(): void {
    const entries = [...this.files.values()];
    const groups = matchDuplicates(entries.flatMap((e) => e.signatures));
    const conflicts = findFigureConflicts(entries.map((e) => e.file));
    this.refs = listCrossReferences(groups, conflicts);
    this.stale = false;
  }

  duplicatesOf(uri: string, articleIndex: number): Place[] {
    return this.refs.duplicatesOf(uri, articleIndex);
  }

  conflictsOf(uri: string, figureIndex: number): Place[] {
    return this.refs.conflictsOf(uri, figureIndex);
  }
}
