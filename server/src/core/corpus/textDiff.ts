// The one region where two versions of a text differ, as the per-file indexes use it: keep what
// lies wholly before (prefix) or after (suffix) an edit and redo only the middle.
import { findTextChange } from "../document";

export interface ChangedRegion {
  /** Length of the common prefix. */
  prefix: number;
  /** Length of the common suffix (not overlapping the prefix in either text). */
  suffix: number;
}

export function findChangedRegion(before: string, after: string): ChangedRegion {
  const change = findTextChange(before, after);
  return { prefix: change.start, suffix: before.length - change.oldEnd };
}
