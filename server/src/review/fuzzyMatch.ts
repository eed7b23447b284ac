// Approximate substring search (Sellers' semi-global edit distance): where in `haystack` does
// `needle` occur with the fewest edits? Cost is |needle| × |haystack| cells, so callers bound both.
import type { Span } from "../core/model";

export interface ApproximateMatch {
  span: Span;
  /** 1 - edits / |needle|: 1 is an exact match. */
  similarity: number;
}

/**
 * Best approximate occurrence of `needle` in `haystack`, or null when the search would cost more
 * than `maxCells`. Ties go to the match whose start is nearest `preferredStart`.
 */
export function findApproximateMatch(needle: string, haystack: string, preferredStart: number, maxCells: number): ApproximateMatch | null {
  const m = needle.length, n = haystack.length;
  if (m === 0 || n === 0 || m * n > maxCells) return null;
  // prev[i] / cur[i]: edits to match needle[0..i) ending at the current haystack column;
  // starts[i] carries where that alignment began in the haystack, so no traceback is needed.
  let prev = new Int32Array(m + 1), cur = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1), curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) { prev[i] = i; prevStart[i] = 0; }
  let best = { cost: m, start: 0, end: 0 };
  for (let j = 1; j <= n; j++) {
    cur[0] = 0; curStart[0] = j; // a match may begin at any column for free
    const c = haystack.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const diagonal = prev[i - 1] + (needle.charCodeAt(i - 1) === c ? 0 : 1);
      const up = cur[i - 1] + 1;   // needle character missing from the haystack
      const left = prev[i] + 1;    // extra haystack character
      if (diagonal <= up && diagonal <= left) { cur[i] = diagonal; curStart[i] = prevStart[i - 1]; }
      else if (left <= up) { cur[i] = left; curStart[i] = prevStart[i]; }
      else { cur[i] = up; curStart[i] = curStart[i - 1]; }
    }
    const cost = cur[m], start = curStart[m];
    if (cost < best.cost || (cost === best.cost && Math.abs(start - preferredStart) < Math.abs(best.start - preferredStart))) {
      best = { cost, start, end: j };
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  if (best.end === 0) return null;
  return { span: { start: best.start, end: best.end }, similarity: 1 - best.cost / m };
}
