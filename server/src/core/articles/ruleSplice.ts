// Results of a local rule carried across an edit. A local rule decides each candidate line from
// a bounded window of content lines around it (its reach) and nothing file-wide: after an edit,
// the previous version's results whose window the edit left alone are kept (moved with the
// lines after the edit), and the rule runs again only on the candidates whose window it touched.
import type { ContentEdit } from "./segmentationState";

/** Candidate line i reads content lines [i - before, i + after] (and whether they exist). */
export interface RuleReach { before: number; after: number }

/**
 * The rule's results for the new lines, from `previous` (the results for the lines before
 * `change`, in candidate order). `candidateOf` gives the line a result was found on; `rescan`
 * runs the rule on candidates [from, to) of the new lines, in order; `move` copies a result
 * with its line indices moved by `by`. Equal, item for item, to running the rule on all lines.
 */
export function spliceRuleResults<T>(previous: readonly T[], change: ContentEdit, reach: RuleReach, lineCount: number,
  candidateOf: (item: T) => number, rescan: (from: number, to: number) => T[], move: (item: T, by: number) => T): T[] {
  const { at, removed, added } = change;
  // New candidates whose window holds an edited line or straddles the join of the edit.
  const from = Math.max(0, at - reach.after), to = Math.min(lineCount, at + added + reach.before);
  const shift = added - removed;
  const out: T[] = [];
  let k = 0;
  for (; k < previous.length && candidateOf(previous[k]) < from; k++) out.push(previous[k]);
  for (const item of rescan(from, to)) out.push(item);
  // Old candidates at or past at + removed + before read only lines after the edit.
  const keepFrom = at + removed + reach.before;
  while (k < previous.length && candidateOf(previous[k]) < keepFrom) k++;
  for (; k < previous.length; k++) out.push(shift ? move(previous[k], shift) : previous[k]);
  return out;
}

/** A boundary-like result with its content-line indices moved by `by`. */
export function moveIndices<T extends { at: number; titleAt?: number; bodyAt?: number }>(item: T, by: number): T {
  const out = { ...item, at: item.at + by };
  if (item.titleAt !== undefined) out.titleAt = item.titleAt + by;
  if (item.bodyAt !== undefined) out.bodyAt = item.bodyAt + by;
  return out;
}
