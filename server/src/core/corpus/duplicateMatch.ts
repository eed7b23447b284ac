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

export function findRoot(parent: Int32Array, i: number): number {
  while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; }
  return i;
}

/** Containment of one article in another, as verified on the exact shingle sets. */
export interface ExcerptLink { excerpt: number; container: number; containment: number }

/** "duplicate" (similar as wholes), "excerpt" (the smaller is mostly inside the larger) or null. */
export function compareArticles(a: ArticleSignature, b: ArticleSignature): { relation: "duplicate" | "excerpt"; similarity: number } | null {
  const shared = countShared(a.shingles, b.shingles);
  const jaccard = shared / (a.shingles.length + b.shingles.length - shared);
  if (jaccard >= DUPLICATE_JACCARD) return { relation: "duplicate", similarity: jaccard };
  const small = Math.min(a.shingles.length, b.shingles.length);
  const needed = small < SHORT_SHINGLES ? SHORT_EXCERPT_CONTAINMENT : EXCERPT_CONTAINMENT;
  return shared / small >= needed ? { relation: "excerpt", similarity: shared / small } : null;
}

/** Unions near-duplicates (a transitive relation in practice) and lists excerpt links apart:
 * two different posts can both be excerpts of one merged or roundup article without being
 * copies of each other. Each article is matched against the earlier ones it shares enough
 * fingerprints with. */
function linkCopies(signatures: readonly ArticleSignature[]): { parent: Int32Array; excerpts: ExcerptLink[] } {
  const parent = Int32Array.from(signatures, (_, i) => i);
  const excerpts: ExcerptLink[] = [];
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
      if (ra === rb) continue;
      const match = compareArticles(sig, signatures[other]);
      if (match?.relation === "duplicate") parent[Math.max(ra, rb)] = Math.min(ra, rb);
      else if (match) {
        const [excerpt, container] = sig.shingles.length <= signatures[other].shingles.length ? [id, other] : [other, id];
        excerpts.push({ excerpt, container, containment: match.similarity });
      }
    }
  });
  return { parent, excerpts };
}

function round(x: number): number { return Math.round(x * 1000) / 1000; }

function toMember(sig: ArticleSignature, relation: DuplicateRelation, similarity: number): DuplicateMember {
  return { file: sig.file, articleIndex: sig.articleIndex, span: sig.span, range: sig.range, relation, similarity: round(similarity) };
}

/** One group per set of near-duplicates that has a second member or an excerpt, in input
 * order: the longest copy is the primary, then its duplicates, then excerpts of any of them
 * (an excerpt of two different posts appears in both groups). */
export function matchDuplicates(signatures: readonly ArticleSignature[]): DuplicateGroup[] {
  const { parent, excerpts } = linkCopies(signatures);
  return groupLinks(signatures, parent, excerpts);
}

/** Jaccard of a duplicate with its group's primary. */
export function measureDuplicate(sig: ArticleSignature, primary: ArticleSignature): number {
  const shared = countShared(sig.shingles, primary.shingles);
  return shared / (sig.shingles.length + primary.shingles.length - shared);
}

/** Groups from the union-find forest (each root the smallest id of its set) and excerpt links;
 * `similarity` may serve the duplicates' Jaccard from a cache. */
export function groupLinks(
  signatures: readonly ArticleSignature[], parent: Int32Array, excerpts: readonly ExcerptLink[],
  similarity: (id: number, primary: number) => number = (id, primary) => measureDuplicate(signatures[id], signatures[primary]),
): DuplicateGroup[] {
  const clusters = new Map<number, number[]>();
  signatures.forEach((_, id) => {
    const root = findRoot(parent, id);
    const list = clusters.get(root);
    if (list) list.push(id); else clusters.set(root, [id]);
  });
  const excerptsOf = new Map<number, Map<number, number>>(); // root → excerpt id → containment
  for (const { excerpt, container, containment } of excerpts) {
    const root = findRoot(parent, container);
    if (root === findRoot(parent, excerpt)) continue;
    const byId = excerptsOf.get(root) ?? new Map<number, number>();
    byId.set(excerpt, Math.max(byId.get(excerpt) ?? 0, containment));
    excerptsOf.set(root, byId);
  }
  const groups: DuplicateGroup[] = [];
  for (const [root, ids] of clusters) {
    const attached = excerptsOf.get(root);
    if (ids.length < 2 && !attached) continue;
    const primary = ids.reduce((a, b) => (signatures[b].shingles.length > signatures[a].shingles.length ? b : a));
    const members = ids.map((id) => (id === primary ? toMember(signatures[id], "primary", 1) : toMember(signatures[id], "duplicate", similarity(id, primary))));
    for (const [id, containment] of [...(attached ?? [])].sort((a, b) => a[0] - b[0])) members.push(toMember(signatures[id], "excerpt", containment));
    groups.push({ members });
  }
  return groups;
}
