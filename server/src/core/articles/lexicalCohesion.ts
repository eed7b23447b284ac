// Lexical cohesion between neighbouring windows of paragraphs (TextTiling, Hearst 1997): where
// the vocabulary of the paragraphs before a gap and after it stops overlapping, the topic has
// changed. Each gap gets a similarity and a depth (how far it sits below the peaks around it).
import type { ContentLine } from "./contentLines";
import { FormCache, NAME_WEIGHT, TermPool, writeTerms } from "./termLists";
import { keepShape } from "../document/keptShapes";
import { isWhitespaceCode, type TextDocumentModel } from "../document";

export interface GapScore {
  /** Index of the first paragraph after the gap. */
  at: number;
  similarity: number;
  /** Similarity averaged with its neighbours (Hearst's smoothing). */
  smoothed: number;
  /** Depth of the smoothed curve at this gap. */
  depth: number;
  /** Share of the names after the gap already used before it (NaN when none follow). */
  names: number;
}

/** The scores of all gaps, one array entry per gap; gap k lies before paragraph k + 1. */
export interface CohesionCurve {
  similarity: Float64Array; smoothed: Float64Array; depth: Float64Array;
  /** Share of the names after the gap already used before it (NaN when none follow). */
  names: Float64Array;
}

export function readGap(curve: CohesionCurve, k: number): GapScore {
  return { at: k + 1, similarity: curve.similarity[k], smoothed: curve.smoothed[k], depth: curve.depth[k], names: curve.names[k] };
}

// Window: paragraphs are added on each side until they hold WINDOW_TOKENS content words
// (Hearst's blocks are ~120 tokens with stop words; ours exclude them, so this is one long
// paragraph or a few short ones) but never more than WINDOW_MAX paragraphs, so a run of
// headings or table cells does not let a window reach across a whole post. A window wider
// than a post straddles the next change and hides it: on invented files of 4–6 paragraph
// posts, 5 paragraphs/100 words found 40% of the changes, 4/60 found 71%; on invented
// 30-paragraph posts 4/60 splits a post more often (precision 0.80 against 0.92), but on
// the sample's real long posts it splits less (4 against 6 in 12 posts). Sample boundaries
// are the same for both.
const WINDOW_TOKENS = 60;
export const WINDOW_MAX = 4;
// Depth climbs at most DEPTH_REACH gaps to each side: keeps the score linear and local.
const DEPTH_REACH = 12;

/**
 * Term ids shared by every version of a document, so a line's term list outlives an edit,
 * and the pool holding those lists. One per document: nothing is shared across documents.
 */
export interface Vocabulary { ids: Map<string, number>; forms: FormCache; pool: TermPool }

export function createVocabulary(): Vocabulary {
  return { ids: new Map(), forms: new FormCache(), pool: new TermPool() };
}

/** Term lists and weights of a text's paragraphs, shared by every window comparison on it. */
export interface TermIndex {
  /** Paragraph p's terms are entries [from[p], from[p] + count[p]) of vocabulary.pool. */
  from: Int32Array;
  count: Int32Array;
  idf: Float64Array;
  /**
   * The weight a pool entry adds to a window, indexed by the entry itself (term id << 1 | name
   * bit): idf, or NAME_WEIGHT × idf for names. Windows sum it for every entry of every gap.
   */
  entryWeights: Float64Array;
  /** Paragraphs each term occurs in: counts, so an edit updates them by its own lines. */
  df: Float64Array;
  vocabulary: Vocabulary;
  left: Window;
  right: Window;
}

export function indexTerms(paragraphs: string[]): TermIndex {
  const vocabulary = createVocabulary();
  const n = paragraphs.length, from = new Int32Array(n), count = new Int32Array(n);
  for (let p = 0; p < n; p++) writeParagraph(paragraphs[p], 0, paragraphs[p].length, vocabulary, from, count, p);
  return buildIndex(from, count, vocabulary);
}

/**
 * indexTerms over content lines. With `doc` (the document the lines were listed from) each
 * line is read in place in the document text, which scans faster than the line's own slice.
 */
export function indexLines(lines: ContentLine[], vocabulary = createVocabulary(), doc?: TextDocumentModel): TermIndex {
  const n = lines.length, from = new Int32Array(n), count = new Int32Array(n);
  const text = doc?.text;
  for (let p = 0; p < n; p++) {
    const line = lines[p];
    if (text === undefined) { writeParagraph(line.text, 0, line.text.length, vocabulary, from, count, p); continue; }
    let start = doc!.lineStart(line.line), end = doc!.lineEnd(line.line);
    // The line's trimmed text (isWhitespaceCode is what trim() strips); any mismatch reads the slice.
    while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
    while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
    if (end - start === line.text.length) writeParagraph(text, start, end, vocabulary, from, count, p);
    else writeParagraph(line.text, 0, line.text.length, vocabulary, from, count, p);
  }
  return buildIndex(from, count, vocabulary);
}

function writeParagraph(text: string, start: number, end: number, vocabulary: Vocabulary, from: Int32Array, count: Int32Array, p: number): void {
  from[p] = vocabulary.pool.used;
  count[p] = writeTerms(text, start, end, vocabulary.ids, vocabulary.forms, vocabulary.pool);
}

// Free room kept in the pool for the lines of later edits, so typing does not copy it.
const POOL_SLACK = 1 << 12;

function buildIndex(from: Int32Array, count: Int32Array, vocabulary: Vocabulary, df?: Float64Array): TermIndex {
  vocabulary.pool.trim(POOL_SLACK);
  df ??= countParagraphs(from, count, vocabulary.pool.entries, vocabulary.ids.size);
  const size = vocabulary.ids.size, idf = weighTerms(df, from.length);
  return { from, count, idf, entryWeights: weighEntries(idf), df, vocabulary, left: new Window(size), right: new Window(size) };
}

/** Number of paragraphs an index covers. */
export function countIndexed(index: TermIndex): number {
  return index.from.length;
}

/**
 * The index after content lines [at, at + removed) of `old` were replaced, giving `lines`:
 * the other lines keep their runs in the pool, the new ones are appended to it, and document
 * frequencies lose the old lines' terms and gain the new ones'.
 */
export function updateIndex(old: TermIndex, lines: ContentLine[], at: number, removed: number, added: number): TermIndex {
  const vocabulary = old.vocabulary;
  const n = lines.length, from = new Int32Array(n), count = new Int32Array(n);
  from.set(old.from.subarray(0, at));
  count.set(old.count.subarray(0, at));
  from.set(old.from.subarray(at + removed), at + added);
  count.set(old.count.subarray(at + removed), at + added);
  for (let p = at; p < at + added; p++) writeParagraph(lines[p].text, 0, lines[p].text.length, vocabulary, from, count, p);
  const entries = vocabulary.pool.entries;
  const df = new Float64Array(vocabulary.ids.size);
  df.set(old.df);
  const seen = new Int32Array(vocabulary.ids.size).fill(-1);
  const tally = (start: number, length: number, p: number, by: number) => {
    for (let t = start; t < start + length; t++) {
      const id = entries[t] >> 1;
      if (seen[id] !== p) { seen[id] = p; df[id] += by; }
    }
  };
  for (let p = at; p < at + removed; p++) tally(old.from[p], old.count[p], p, -1);
  // Distinct marks for the new lines: their positions overlap the old ones'.
  for (let p = at; p < at + added; p++) tally(from[p], count[p], -2 - p, 1);
  return buildIndex(from, count, vocabulary, df);
}

/**
 * Similarity of the window that ends at paragraph `lastBefore` (reaching back no further than
 * `floor`) and the window that starts at `firstAfter` (reaching no further than `ceiling - 1`).
 * Rules that know where a post cannot extend pass those limits so windows stay inside it.
 */
export function compareAround(index: TermIndex, lastBefore: number, firstAfter: number, floor = 0, ceiling = index.from.length): number {
  index.left.fill(index, lastBefore, -1, floor);
  index.right.fill(index, firstAfter, 1, ceiling - 1);
  return index.left.cosine(index.right);
}

// A post keeps using its names (DeepSpeed, Opacus) from section to section; the next post
// brings its own. Names are looked for NAME_AHEAD paragraphs after a gap and NAME_LOOKBACK
// paragraphs before it (a long post's name may rest for a few sections).
export const NAME_AHEAD = 3;
export const NAME_LOOKBACK = 20;

/**
 * For each gap (gap k lies before paragraph k + 1): the idf-weighted share of the names just
 * after it that the paragraphs before it already used; NaN when the text after names nothing.
 * One sweep with the last paragraph each term was seen in, so it stays linear.
 */
export function scoreNameContinuity(index: TermIndex): Float64Array {
  const out = new Float64Array(Math.max(0, index.from.length - 1));
  scoreNamesBetween(index, 0, out.length, out, createNameScratch(index));
  return out;
}

export interface NameScratch { lastSeen: Int32Array; counted: Int32Array }

export function createNameScratch(index: TermIndex): NameScratch {
  return { lastSeen: new Int32Array(index.idf.length).fill(-1 - NAME_LOOKBACK), counted: new Int32Array(index.idf.length).fill(-1) };
}

// Gaps [from, to). Only the last NAME_LOOKBACK paragraphs before `from` can count as "seen",
// so the sweep starts there: the scores equal those of a sweep from the first paragraph.
export function scoreNamesBetween(index: TermIndex, from: number, to: number, out: Float64Array, { lastSeen, counted }: NameScratch): void {
  const { idf } = index, starts = index.from, counts = index.count, entries = index.vocabulary.pool.entries, n = starts.length;
  for (let j = Math.max(0, from - NAME_LOOKBACK); j < from; j++) {
    for (let t = starts[j], end = t + counts[j]; t < end; t++) lastSeen[entries[t] >> 1] = j;
  }
  for (let k = from; k < to; k++) {
    for (let t = starts[k], end = t + counts[k]; t < end; t++) lastSeen[entries[t] >> 1] = k;
    let all = 0, seen = 0;
    for (let p = k + 1; p < Math.min(n, k + 1 + NAME_AHEAD); p++) {
      for (let t = starts[p], end = t + counts[p]; t < end; t++) {
        const e = entries[t];
        // Only names count: entries of other words have the low bit clear.
        if ((e & 1) === 0) continue;
        const id = e >> 1;
        if (!idf[id] || counted[id] === k) continue;
        counted[id] = k;
        all += idf[id];
        if (k - lastSeen[id] < NAME_LOOKBACK) seen += idf[id];
      }
    }
    out[k] = all ? seen / all : NaN;
  }
}

/** Similarity and depth at every gap between consecutive paragraphs. Linear in the text. */
export function scoreCohesionGaps(paragraphs: string[], index = indexTerms(paragraphs), sims = compareGaps(index), names = scoreNameContinuity(index)): CohesionCurve {
  const n = Math.max(0, paragraphs.length - 1);
  // Hearst smooths the similarity curve before measuring depth, so one odd paragraph (a
  // caption, a quote) does not cut a valley in two.
  const smoothed = new Float64Array(n);
  for (let k = 0; k < n; k++) smoothed[k] = (sims[k - 1] ?? sims[k]) * 0.25 + sims[k] * 0.5 + (sims[k + 1] ?? sims[k]) * 0.25;
  const depth = new Float64Array(n);
  for (let k = 0; k < n; k++) depth[k] = measureDepth(smoothed, k);
  return { similarity: sims, smoothed, depth, names };
}

function countParagraphs(from: Int32Array, count: Int32Array, entries: Int32Array, size: number): Float64Array {
  const df = new Float64Array(size);
  const lastSeen = new Int32Array(size).fill(-1);
  for (let p = 0; p < from.length; p++) {
    for (let t = from[p], end = t + count[p]; t < end; t++) {
      const id = entries[t] >> 1;
      if (lastSeen[id] !== p) { lastSeen[id] = p; df[id]++; }
    }
  }
  return df;
}

/** The similarity at every gap (gap k lies before paragraph k + 1). */
export function compareGaps(index: TermIndex): Float64Array {
  const sims = new Float64Array(Math.max(0, index.from.length - 1));
  for (let k = 0; k < sims.length; k++) sims[k] = compareAround(index, k, k + 1);
  return sims;
}

// Inverse document frequency over the paragraphs of this text: words that appear everywhere
// in it ("model", the company name) link every pair of windows and so mark no boundary.
// A word found in one paragraph only cannot link two windows and gets weight 0.
function weighTerms(df: Float64Array, paragraphs: number): Float64Array {
  const idf = new Float64Array(df.length);
  for (let id = 0; id < df.length; id++) idf[id] = df[id] > 1 ? Math.log(paragraphs / df[id]) : 0;
  return idf;
}

function weighEntries(idf: Float64Array): Float64Array {
  const out = new Float64Array(idf.length * 2);
  // The same products Window.fill once formed per entry, so sums stay bit-identical.
  for (let id = 0; id < idf.length; id++) { out[id << 1] = idf[id]; out[(id << 1) | 1] = NAME_WEIGHT * idf[id]; }
  return out;
}

// A window's term weights, summed into an array indexed by term id; `touched` remembers which
// entries are set, in the order they were first set, so comparing costs only the window's own
// terms. An entry counts only when stamped with the current fill, so nothing is ever cleared.
export class Window {
  readonly weights: Float64Array;
  readonly touched: Int32Array;
  readonly stamps: Int32Array;
  size = 0;
  private stamp = 0;
  constructor(vocabulary: number) {
    this.weights = new Float64Array(vocabulary);
    this.touched = new Int32Array(vocabulary);
    this.stamps = new Int32Array(vocabulary);
  }

  /** Sums paragraphs from `first` in direction `step`, never past paragraph `limit`. */
  fill(index: TermIndex, first: number, step: number, limit: number): void {
    if (this.stamp === 0x7fffffff) { this.stamps.fill(0); this.stamp = 0; }
    const stamp = ++this.stamp, stamps = this.stamps, sums = this.weights, touched = this.touched;
    const weightOf = index.entryWeights, starts = index.from, counts = index.count, entries = index.vocabulary.pool.entries;
    let size = 0, tokens = 0;
    const lo = step < 0 ? Math.max(0, limit) : 0, hi = step < 0 ? starts.length - 1 : Math.min(starts.length - 1, limit);
    for (let i = first, taken = 0; i >= lo && i <= hi && taken < WINDOW_MAX && tokens < WINDOW_TOKENS; i += step, taken++) {
      const start = starts[i], end = start + counts[i];
      for (let k = start; k < end; k++) {
        const e = entries[k];
        // Names weigh NAME_WEIGHT (the entry's low bit), other words 1; words found in one
        // paragraph only weigh 0 and link nothing.
        const x = weightOf[e];
        if (!x) continue;
        const id = e >> 1;
        // A fresh entry starts from its first term's weight: 0 + x is x, as a cleared array would give.
        if (stamps[id] !== stamp) { stamps[id] = stamp; touched[size++] = id; sums[id] = x; }
        else sums[id] += x;
      }
      tokens += counts[i];
    }
    this.size = size;
  }

  cosine(other: Window): number {
    let dot = 0, na = 0, nb = 0;
    const mine = this.weights, theirs = other.weights, theirStamps = other.stamps, theirStamp = other.stamp;
    for (let t = 0; t < this.size; t++) {
      const id = this.touched[t];
      na += mine[id] * mine[id];
      // Terms the other window lacks add 0 (weights are finite and positive): skipped, same sum.
      if (theirStamps[id] === theirStamp) dot += mine[id] * theirs[id];
    }
    for (let t = 0; t < other.size; t++) nb += theirs[other.touched[t]] * theirs[other.touched[t]];
    return na && nb ? dot / Math.sqrt(na * nb) : 0;
  }
}

// Hearst's depth score: climb from the gap to the highest similarity on each side while the
// values keep rising, and add the two rises.
function measureDepth(sims: Float64Array, k: number): number {
  let left = sims[k], right = sims[k];
  for (let i = k - 1; i >= Math.max(0, k - DEPTH_REACH) && sims[i] >= left; i--) left = sims[i];
  for (let i = k + 1; i <= Math.min(sims.length - 1, k + DEPTH_REACH) && sims[i] >= right; i++) right = sims[i];
  return left - sims[k] + (right - sims[k]);
}

/**
 * A small index kept for the module's lifetime. V8 drops an object shape once the last object
 * of that shape is collected, and with it every optimised function that checks for it: between
 * two documents (nothing of the first left alive) the term scan and window loops were compiled
 * again from the interpreter up, at about the cost of the work itself (5 MB bench: term lists
 * 16 → 8 ms/MB). This index holds one object of each shape (TermIndex, Vocabulary, FormCache,
 * TermPool, Window), so the optimised code outlives each document. Held by keepShape: a bundle
 * drops a top-level constant that no function reads.
 */
keepShape(indexTerms(["kept shapes", "kept shapes"]));
