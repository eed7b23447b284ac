// Per-file signatures of articles: computed once per file version, so a workspace index can
// re-sign only the file that changed and re-run the (cheap) matching over all signatures.
import type { Analysis, Range, Span } from "../model";
import { hashArticleWords } from "./articleWords";
import { hashShingles, selectFingerprints, toSortedSet } from "./shingles";

export interface ArticleSignature {
  file: string;
  /** Index into Analysis.articles of that file. */
  articleIndex: number;
  span: Span;
  range: Range;
  wordCount: number;
  /** Sorted distinct shingle hashes: the set compared for similarity. */
  shingles: Uint32Array;
  /** Sorted distinct winnowed fingerprints: the keys of the candidate index. */
  fingerprints: Uint32Array;
}

/** One input file of the cross-file analysis. */
export interface CorpusFile { file: string; text: string; analysis: Analysis }

export function signArticles(file: string, text: string, analysis: Analysis): ArticleSignature[] {
  return analysis.articles.map((article, articleIndex) => signArticle(file, articleIndex, article, text.slice(article.span.start, article.span.end)));
}

/** The signature of one article from its own text (so an unchanged article can be re-used). */
export function signArticle(file: string, articleIndex: number, article: { span: Span; range: Range }, articleText: string): ArticleSignature {
  const words = hashArticleWords(articleText);
  const hashes = hashShingles(words);
  return {
    file, articleIndex, span: article.span, range: article.range, wordCount: words.length,
    shingles: toSortedSet(hashes), fingerprints: selectFingerprints(hashes),
  };
}

export function signFiles(files: readonly CorpusFile[]): ArticleSignature[] {
  return files.flatMap((f) => signArticles(f.file, f.text, f.analysis));
}
