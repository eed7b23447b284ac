// Cohesion statistics after an edit: the gaps whose similarity or name continuity can differ
// from the previous version's are found from the paragraphs the edit touched and the terms
// whose weight it changed, and only those are computed again. The rest is copied.
import { compareAround, compareGaps, createNameScratch, NAME_AHEAD, NAME_LOOKBACK, scoreNameContinuity, scoreNamesBetween, WINDOW_MAX, type TermIndex } from "./lexicalCohesion";

/**
 * After an edit replaced paragraphs [at, at + removed) by `added` new ones: which paragraphs
 * are new or hold a term whose weight changed. Null when the paragraph count changed: every
 * weight changes then (idf divides by it), so every gap must be scored again.
 */
export function markChangedParagraphs(old: TermIndex, index: TermIndex, at: number, removed: number, added: number): Uint8Array | null {
  if (removed !== added) return null;
  const changed = new Uint8Array(index.idf.length);
  let any = false;
  for (let id = 0; id < index.idf.length; id++) if ((old.idf[id] ?? 0) !== index.idf[id]) { changed[id] = 1; any = true; }
  const n = index.from.length, entries = index.vocabulary.pool.entries;
  const marked = new Uint8Array(n);
  for (let p = at; p < at + added; p++) marked[p] = 1;
  if (any) {
    for (let p = 0; p < n; p++) {
      for (let t = index.from[p], end = t + index.count[p]; t < end; t++) if (changed[entries[t] >> 1]) { marked[p] = 1; break; }
    }
  }
  return marked;
}

/** Calls `score(k)` for each gap k whose paragraphs [k - back, k + ahead] include a marked one. */
function visitMarkedGaps(marked: Uint8Array, gaps: number, back: number, ahead: number, score: (k: number) => void): void {
  let lastMarked = -Infinity;
  for (let p = 0; p < Math.min(marked.length, ahead); p++) if (marked[p]) lastMarked = p;
  for (let k = 0; k < gaps; k++) {
    if (k + ahead < marked.length && marked[k + ahead]) lastMarked = k + ahead;
    if (lastMarked >= k - back) score(k);
  }
}

/** Gap similarities after an edit, computed again only where its marks can change them. */
export function updateGaps(index: TermIndex, oldSims: Float64Array, marked: Uint8Array | null): Float64Array {
  if (!marked) return compareGaps(index);
  const sims = Float64Array.from(oldSims);
  // Gap k reads paragraphs k - WINDOW_MAX + 1 … k + WINDOW_MAX.
  visitMarkedGaps(marked, sims.length, WINDOW_MAX - 1, WINDOW_MAX, (k) => { sims[k] = compareAround(index, k, k + 1); });
  return sims;
}

/** Name continuity after an edit, computed again in the runs of gaps its marks can change. */
export function updateNameContinuity(index: TermIndex, oldNames: Float64Array, marked: Uint8Array | null): Float64Array {
  if (!marked) return scoreNameContinuity(index);
  const names = Float64Array.from(oldNames);
  const scratch = createNameScratch(index);
  // Gap k reads names in paragraphs k + 1 … k + NAME_AHEAD and recency back to k - NAME_LOOKBACK + 1.
  let runStart = -1, runEnd = -1;
  const flush = () => { if (runStart >= 0) scoreNamesBetween(index, runStart, runEnd, names, scratch); };
  visitMarkedGaps(marked, names.length, NAME_LOOKBACK - 1, NAME_AHEAD, (k) => {
    if (k !== runEnd) { flush(); runStart = k; }
    runEnd = k + 1;
  });
  flush();
  return names;
}
