// Cross-file results for the workspace: duplicate articles and disagreeing figures, from the
// signatures of every indexed file. Nothing cross-file runs on the typing path: an update
// only records the new text; signing (of changed articles only) and matching run in rematch(),
// which the server calls once edits settle.
import {
  findFigureConflicts, listCrossReferences, matchDuplicates, signArticle,
  type ArticleSignature, type CorpusFile, type CrossReferences, type Place,
} from "../core/corpus";
import type { Analysis } from "../core/model";

const NO_REFS: CrossReferences = { duplicatesOf: () => [], conflictsOf: () => [] };

export class CrossFileIndex {
  private readonly files = new Map<string, { file: CorpusFile; signatures: ArticleSignature[] | null }>();
  /** Signatures by article text, per file, from the last signing: unchanged articles reuse them. */
  private readonly signedArticles = new Map<string, Map<string, ArticleSignature>>();
  private refs: CrossReferences = NO_REFS;
  private stale = false;

  /** Returns false when the file's text and analysis are the ones already indexed. */
  update(uri: string, text: string, analysis: Analysis): boolean {
    const known = this.files.get(uri);
    if (known && known.file.text === text && known.file.analysis === analysis) return false;
    this.files.set(uri, { file: { file: uri, text, analysis }, signatures: null });
    this.stale = true;
    return true;
  }

  remove(uri: string): void {
    this.signedArticles.delete(uri);
    if (this.files.delete(uri)) this.stale = true;
  }

  clear(): void {
    this.files.clear();
    this.signedArticles.clear();
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
    for (const entry of entries) entry.signatures ??= this.sign(entry.file);
    const groups = matchDuplicates(entries.flatMap((e) => e.signatures ?? []));
    const conflicts = findFigureConflicts(entries.map((e) => e.file));
    this.refs = listCrossReferences(groups, conflicts);
    this.stale = false;
  }

  /** Signs a file's articles, reusing the signature of every article whose text is unchanged. */
  private sign({ file, text, analysis }: CorpusFile): ArticleSignature[] {
    const previous = this.signedArticles.get(file) ?? new Map<string, ArticleSignature>();
    const next = new Map<string, ArticleSignature>();
    const signatures = analysis.articles.map((article, articleIndex) => {
      const articleText = text.slice(article.span.start, article.span.end);
      const known = previous.get(articleText);
      const placed = known ? { ...known, articleIndex, span: article.span, range: article.range } : signArticle(file, articleIndex, article, articleText);
      next.set(articleText, placed);
      return placed;
    });
    this.signedArticles.set(file, next);
    return signatures;
  }

  duplicatesOf(uri: string, articleIndex: number): Place[] {
    return this.refs.duplicatesOf(uri, articleIndex);
  }

  conflictsOf(uri: string, figureIndex: number): Place[] {
    return this.refs.conflictsOf(uri, figureIndex);
  }
}
