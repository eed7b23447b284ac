// The region edits changed since a base version, kept from the edits themselves (an editor
// sends each change's range), so re-analysis need not diff two 10 MB texts to find it. The
// region may be wider than the smallest one (two far-apart edits cover what lies between),
// never narrower: text before `start` and after the ends is the same in both versions.
import type { TextChange } from "./textDiff";

export interface EditedRegion extends TextChange { oldLength: number; newLength: number }

/** No change yet: the whole text of `length` characters is common prefix. */
export function startRegion(length: number): EditedRegion {
  return { start: length, oldEnd: length, newEnd: length, oldLength: length, newLength: length };
}

/**
 * The region after one more edit, given in the current text: [at, at + removed) replaced by
 * `inserted` characters. The prefix shrinks to the edit's start; the common suffix is what
 * follows both the region and the edit.
 */
export function addEdit(r: EditedRegion, at: number, removed: number, inserted: number): EditedRegion {
  const from = Math.max(0, Math.min(at, r.newLength));
  const to = Math.max(from, Math.min(from + removed, r.newLength));
  // An empty region is common text on both sides of any point: put it at the edit.
  const empty = r.start === r.oldEnd && r.start === r.newEnd;
  const start = empty ? from : r.start, newEnd = empty ? from : r.newEnd;
  const tail = r.newLength - Math.max(newEnd, to);
  const newLength = r.newLength - (to - from) + inserted;
  return { start: Math.min(start, from), oldEnd: r.oldLength - tail, newEnd: newLength - tail, oldLength: r.oldLength, newLength };
}

/** The region as a change between texts of these lengths; undefined when it does not fit them. */
export function toTextChange(r: EditedRegion | undefined, oldLength: number, newLength: number): TextChange | undefined {
  if (!r || r.oldLength !== oldLength || r.newLength !== newLength) return undefined;
  return { start: r.start, oldEnd: r.oldEnd, newEnd: r.newEnd };
}
