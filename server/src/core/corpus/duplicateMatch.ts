// Groups duplicate and near-duplicate articles (across and within files) from their signatures.
// Candidates come from an inverted index of winnowed fingerprints with capped postings, so the
// work grows linearly with total text; each candidate pair is then verified on exact shingle sets.
import type { Range, Span } from "../model";
import { signFiles, type ArticleSignature, type CorpusFile } from "./articleSignature";
import { countShared } from "./shingles";

/** Jaccard of the shingle sets at or above which two articles are copies of one post (a caption
 * line, a footer or a changed sentence in a 300-word post costs ~0.1). */
export const DUPLICATE_JACCARD = 0.5;
/** Share of the smaller article's shingles found in the larger at which it is an excerpt
 * (an abstract-only feed item, a truncated fragment). */
export const EXCERPT_CONTAINMENT = 0.8;
/** Under ~40 words a chance overlap is likelier, so a short excerpt must be almost whole. */
export const SHORT_SHINGLES = 36;
export const SHORT_EXCERPT_CONTAINMENT = 0.9;
/** Articles with fewer shingles (~12 words) carry too little evidence to be paired at all. */
export const MIN_SHINGLES = 8;
/** Postings kept per fingerprint. Later copies of a post still meet the first ones, and a
 * fingerprint shared by hundreds of articles (boilerplate) costs a constant per query. */
export const MAX_POSTINGS = 16;
/** Share of a query's fingerprints another article must hold to be verified (slack below the
 * 0.5 that DUPLICATE_JACCARD implies for the smaller article, for winnowing variance). */
export const CANDIDATE_SHARE = 0.4;

export type DuplicateRelation = "primary" | "duplicate" | "excerpt";

export interface DuplicateMember {
  file: string;
  articleIndex: number;
  span: Span;
  range: Range;
  /** "primary" for the longest copy; others relative to it. */
  relation: DuplicateRelation;
  /** Jaccard with the primary for a duplicate, containment in it for an excerpt, 1 for the primary. */
  similarity: number;
}

export interface DuplicateGroup { members: DuplicateMember[] }

export function findDuplicateArticles(files: readonly CorpusFile[]): DuplicateGroup[] {
  return matchDuplicates(signFiles(files));
}

function findRoot(parent: Int32Array, i: number): number {
  while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; }
  return i;
}

function isCopy(a: ArticleSignature, b: ArticleSignature): boolean {
  const shared = countShared(a.shingles, b.shingles);
  const small = Math.min(a.shingles.length, b.shingles.length);
  if (shared / (a.shingles.length + b.shingles.length - shared) >= DUPLICATE_JACCARD) return true;
  const needed = small < SHORT_SHINGLES ? SHORT_EXCERPT_CONTAINMENT : EXCERPT_CONTAINMENT;
  return shared / small >= needed;
}

/** Pairs each signature with the earlier-indexed articles that share enough fingerprints. */
function linkCopies(signatures: readonly ArticleSignature[]): Int32Array {
  const parent = Int32Array.from(signatures, (_, i) => i);
  const postings = new Map<number, number[]>();
  // Shared-fingerprint counts per earlier article, reset through `touched` after each query.
  const counts = new Int32Array(signatures.length);
  const touched: number[] = [];
  signatures.forEach((sig, id) => {
    if (sig.shingles.length < MIN_SHINGLES) return;
    touched.length = 0;
    for (const fp of sig.fingerprints) {
      const list = postings.get(fp);
      if (!list) { postings.set(fp, [id]); continue; }
      for (const other of list) if (counts[other]++ === 0) touched.push(other);
      if (list.length < MAX_POSTINGS) list.push(id);
    }
    // Either side may be the excerpt, so the threshold is on the smaller fingerprint set.
    for (const other of touched) {
      const shared = counts[other];
      counts[other] = 0;
      const smaller = Math.min(sig.fingerprints.length, signatures[other].fingerprints.length);
      if (shared < Math.max(1, CANDIDATE_SHARE * smaller)) continue;
      const ra = findRoot(parent, id), rb = findRoot(parent, other);
      if (ra !== rb && isCopy(sig, signatures[other])) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  });
  return parent;
}

function describeMember(sig: ArticleSignature, primary: ArticleSignature): DuplicateMember {
  const base = { file: sig.file, articleIndex: sig.articleIndex, span: sig.span, range: sig.range };
  if (sig === primary) return { ...base, relation: "primary", similarity: 1 };
  const shared = countShared(sig.shingles, primary.shingles);
  const jaccard = shared / (sig.shingles.length + primary.shingles.length - shared);
  if (jaccard >= DUPLICATE_JACCARD) return { ...base, relation: "duplicate", similarity: round(jaccard) };
  return { ...base, relation: "excerpt", similarity: round(shared / Math.max(1, sig.shingles.length)) };
}

function round(x: number): number { return Math.round(x * 1000) / 1000; }

/** Groups of two or more copies, in input order; the longest copy of each is its primary. */
export function matchDuplicates(signatures: readonly ArticleSignature[]): DuplicateGroup[] {
  const parent = linkCopies(signatures);
  const byRoot = new Map<number, ArticleSignature[]>();
  signatures.forEach((sig, id) => {
    const root = findRoot(parent, id);
    const list = byRoot.get(root);
    if (list) list.push(sig); else byRoot.set(root, [sig]);
  });
  const groups: DuplicateGroup[] = [];
  for (const members of byRoot.values()) {
    if (members.length < 2) continue;
    const primary = members.reduce((a, b) => (b.shingles.length > a.shingles.length ? b : a));
    groups.push({ members: members.map((m) => describeMember(m, primary)) });
  }
  return groups;
}
